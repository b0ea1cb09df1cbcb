/** How a written value becomes a cell, and how a cell reads back — Sheets' rules, including '@' text format. */

export class DateCell {
  constructor(readonly ms: number) {}
}

export type CellValue = string | number | boolean | DateCell;

export function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A Sheets cell holds at most 50,000 characters; a longer write throws Sheets' own message and writes nothing. */
export const CELL_CHARS = 50_000;

export function checkCellSizes(values: unknown[][]): void {
  for (const row of values) {
    for (const v of row) {
      if (typeof v === 'string' && v.length > CELL_CHARS) {
        throw new Error(`Exception: Your input contains more than the maximum of ${CELL_CHARS} characters in a single cell.`);
      }
    }
  }
}

/** Converts a written value into a cell: `{ value, formula }`. */
export function parseWrite(
  v: unknown,
  format: string | undefined,
  toInstant: (y: number, m: number, d: number, h: number, mi: number, s: number) => number,
): { value: CellValue; formula: string } {
  if (v === null || v === undefined) return { value: '', formula: '' };
  if (typeof v === 'number') return { value: isFinite(v) ? v : '#NUM!', formula: '' };
  if (typeof v === 'boolean') return { value: v, formula: '' };
  if (isDateLike(v)) return { value: new DateCell(v.getTime()), formula: '' };
  if (v instanceof DateCell) return { value: v, formula: '' };
  const s = String(v);
  if (format === '@') return { value: s, formula: '' };
  if (s.startsWith("'")) return { value: s.slice(1), formula: '' };
  if (s.startsWith('=') && s.length > 1) return { value: '', formula: s };
  const t = s.trim();
  if (t && NUMBER.test(t)) return { value: Number(t), formula: '' };
  const m = ISO_DATE.exec(t);
  if (m) {
    const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
    const real = new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDate() === d; // Sheets keeps 2026-02-30 as text
    if (mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= 31 && real && h! < 24 && mi! < 60 && sec! < 60) {
      return { value: new DateCell(toInstant(y!, mo!, d!, h!, mi!, sec!)), formula: '' };
    }
  }
  if (t.toUpperCase() === 'TRUE') return { value: true, formula: '' };
  if (t.toUpperCase() === 'FALSE') return { value: false, formula: '' };
  return { value: s, formula: '' };
}
