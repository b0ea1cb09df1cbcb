/** A sheet's filter (one at most, as in Sheets): the range it covers, created from a Range and removed by itself. */
import { a1Of } from './a1';
import type { SheetData } from './sheet-data';

export type Box = { r: number; c: number; nr: number; nc: number };

export class FilterApi {
  constructor(private readonly data: SheetData, private readonly rangeOf: (box: Box) => unknown) {}

  getRange(): unknown {
    return this.rangeOf(this.data.filter!);
  }

  remove(): void {
    this.data.filter = null;
    this.data.version++;
  }
}

export function createFilter(data: SheetData, box: Box): void {
  if (data.filter) throw new Error(`Exception: You can't create a filter in a sheet that already has a filter.`);
  data.filter = { ...box };
}

/** Rows or columns inserted (n > 0) or deleted (n < 0) at 0-based `at` move and stretch the filter, as in Sheets. */
export function shiftFilter(data: SheetData, axis: 'r' | 'c', at: number, n: number): void {
  const f = data.filter;
  if (!f) return;
  const size = axis === 'r' ? 'nr' : 'nc';
  const start = f[axis];
  const end = start + f[size]; // exclusive
  if (n > 0) {
    if (at <= start) f[axis] += n;
    else if (at < end) f[size] += n;
    return;
  }
  const delEnd = at - n;
  const overlap = Math.max(0, Math.min(end, delEnd) - Math.max(start, at));
  f[size] -= overlap;
  if (at < start) f[axis] -= Math.min(start, delEnd) - at;
  if (f[size] <= 0) data.filter = null;
}

export function filterA1(box: Box): string {
  return a1Of(box.r, box.c, box.nr, box.nc);
}
