/** Reads tabs straight from the emulator's storage: no service call, so the checker is never counted or faulted. */
import type { GasEnvironment } from '../../src/local/gas';
import { DateCell } from '../../src/local/emu/values';

export interface TabView {
  header: string[];
  /** Data rows (sheet row 2 onwards), up to the last row with content. */
  rows: unknown[][];
  col(header: string): number;
}

export function readTab(env: GasEnvironment, name: string): TabView | null {
  const data = env.emu.book.sheets.find((s) => s.name === name);
  if (!data) return null;
  const last = data.lastRow();
  const width = Math.max(data.lastColumn(), 1);
  const all: unknown[][] = [];
  for (let r = 0; r < last; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < width; c++) row.push(data.get(r, c));
    all.push(row);
  }
  const header = (all[0] ?? []).map((h) => String(h ?? ''));
  return { header, rows: all.slice(1), col: (h) => header.indexOf(h) };
}

export const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined;
export const isDate = (v: unknown): boolean => v instanceof DateCell;
export const text = (v: unknown): string => (v instanceof DateCell ? `date:${v.ms}` : String(v ?? ''));
