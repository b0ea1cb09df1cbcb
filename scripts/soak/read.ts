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
  // The storage's own row arrays, not copies: the checker runs after every step and only reads.
  const last = data.lastRow();
  const header = (data.values[0] ?? []).map((h) => String(h ?? ''));
  const rows: unknown[][] = [];
  for (let r = 1; r < last; r++) rows.push(data.values[r] ?? []);
  return { header, rows, col: (h) => header.indexOf(h) };
}

export const isBlank = (v: unknown): boolean => v === '' || v === null || v === undefined;
export const isDate = (v: unknown): boolean => v instanceof DateCell;
export const text = (v: unknown): string => (v instanceof DateCell ? `date:${v.ms}` : String(v ?? ''));
