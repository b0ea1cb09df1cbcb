/** Cell ↔ field values: how each column type reads from and writes to a spreadsheet cell. */
import type { ColumnDef } from '../../sheets-templates/schema';
import { enumKey } from '../../sheets-templates/enums';
import { zonedTimeToUtc } from '../core/time';

export type Cell = string | number | boolean | Date;

export interface DecodeResult {
  value: unknown;
  /** Why the cell could not be read as its column's type (the value is then null). */
  problem?: string;
}

/** Realm-independent Date check: the bundle's and the emulator's Date constructors may differ. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !isNaN((v as Date).getTime());
}

const LOCAL_DATETIME = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Parses an ISO-like local date-time written as text ('2026-11-20 09:30'), in `timeZone`. */
export function parseLocalDateTime(text: string, timeZone: string): number | null {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(trimmed)) {
    const ms = Date.parse(trimmed);
    return isNaN(ms) ? null : ms;
  }
  const m = LOCAL_DATETIME.exec(trimmed);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > 31 || h! > 23 || mi! > 59 || s! > 59) return null;
  // 2026-02-30 is no day (Date.UTC would roll it into March).
  if (new Date(Date.UTC(y!, mo! - 1, d!)).getUTCDate() !== d) return null;
  return zonedTimeToUtc(timeZone, y!, mo!, d!, h!, mi!, s!);
}

export function decodeCell(col: ColumnDef, cell: unknown, timeZone: string): DecodeResult {
  if (cell === '' || cell === null || cell === undefined) {
    return { value: col.type === 'boolean' ? false : col.type === 'text' || col.type === 'longtext' ? '' : null };
  }
  switch (col.type) {
    case 'datetime':
    case 'date': {
      if (isDate(cell)) return { value: cell.getTime() };
      if (typeof cell === 'string') {
        const ms = parseLocalDateTime(cell, timeZone);
        if (ms !== null) return { value: ms };
      }
      return { value: null, problem: `not a date: "${String(cell).slice(0, 40)}"` };
    }
    case 'integer':
    case 'number': {
      const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.replace(/,/g, '').trim()) : NaN;
      if (!isFinite(n)) return { value: null, problem: `not a number: "${String(cell).slice(0, 40)}"` };
      if (col.type === 'integer' && !Number.isInteger(n)) return { value: null, problem: `not a whole number: ${n}` };
      return { value: n };
    }
    case 'enum': {
      const key = enumKey(col.enum ?? [], cell);
      if (key === null) return { value: null, problem: `unknown ${col.en}: "${String(cell).slice(0, 40)}"` };
      return { value: key };
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return { value: cell };
      const s = String(cell).trim().toLowerCase();
      if (['true', 'yes', 'y', '1', '是', '✓'].includes(s)) return { value: true };
      if (['false', 'no', 'n', '0', '否'].includes(s)) return { value: false };
      return { value: false, problem: `not yes/no: "${String(cell).slice(0, 40)}"` };
    }
    default:
      if (isDate(cell)) return { value: cell.toISOString() };
      return { value: String(cell) };
  }
}

/** The value to write for a field. Dates are created by the caller's realm (`makeDate`). */
export function encodeCell(col: ColumnDef, value: unknown, makeDate: (ms: number) => Date): Cell {
  if (value === null || value === undefined) return '';
  switch (col.type) {
    case 'datetime':
    case 'date':
      return typeof value === 'number' ? makeDate(value) : '';
    case 'enum': {
      const opt = (col.enum ?? []).find((o) => o.key === value);
      return opt ? opt.en : String(value);
    }
    case 'integer':
    case 'number':
      return typeof value === 'number' && isFinite(value) ? value : '';
    case 'boolean':
      return value === true;
    default:
      return String(value);
  }
}

/** The number format a column's cells carry: text columns are '@' so customer text never becomes a formula. */
export function columnFormat(col: ColumnDef): string {
  switch (col.type) {
    case 'datetime':
      return 'yyyy-mm-dd hh:mm';
    case 'date':
      return 'yyyy-mm-dd';
    case 'integer':
      return '0';
    case 'number':
      return '0.00';
    case 'boolean':
      return '';
    default:
      return '@';
  }
}
