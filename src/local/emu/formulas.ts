/**
 * Formula cells read their values, as in Sheets: computed from the book's cells by fast-formula-parser (MIT), or —
 * for a function the library lacks (ARRAYFORMULA, QUERY, IMPORTRANGE …) — the result the workbook file cached when
 * Sheets last calculated it. Errors read as Sheets shows them ('#DIV/0!', '#REF!' for a cycle, '#NAME?').
 */
import FormulaParser from 'fast-formula-parser';
import { zoneOffsetMinutes, zonedTimeToUtc } from '../../core/time';
import type { Book } from './book';
import type { SheetData } from './sheet-data';
import { DateCell, type CellValue } from './values';

const DAY_MS = 86_400_000;
/** Day 0 of the spreadsheet serial calendar: 1899-12-30 (Sheets and Excel since 1900-03-01 agree). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

type Scalar = number | string | boolean | null | Error;
interface CellRef { sheet: string; row: number; col: number }
interface RangeRef { sheet: string; from: CellRef; to: CellRef }

/** A date cell as the serial number formulas see: wall time in the workbook zone, in days. */
export function toSerial(ms: number, timeZone: string): number {
  return (ms + zoneOffsetMinutes(timeZone, ms) * 60_000 - EPOCH_UTC) / DAY_MS;
}

export function fromSerial(serial: number, timeZone: string): number {
  const wall = new Date(EPOCH_UTC + Math.round(serial * DAY_MS));
  return zonedTimeToUtc(timeZone, wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds());
}

/** The error values Sheets shows in a cell. */
export const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|ERROR!)$/;

const isDateFormat = (f: string | undefined) => !!f && /[yd]/i.test(f.replace(/"[^"]*"/g, ''));

function errorText(e: unknown): string | null {
  const err = e as { _error?: string; details?: { _error?: string } } | null;
  if (!err || typeof err !== 'object' || typeof err._error !== 'string') return null;
  // The library wraps "not implemented" as #ERROR! with a #NAME? inside: Sheets says #NAME?.
  return err.details?._error ?? err._error;
}

export class FormulaEngine {
  /** One parser per nesting depth: a formula that reads another formula cell evaluates it re-entrantly. */
  private readonly parsers: FormulaParser[] = [];
  private depth = 0;
  private stamp = '';
  private readonly memo = new Map<SheetData, Map<number, CellValue>>();
  private readonly busy = new Set<string>();

  constructor(
    private readonly book: () => Book,
    private readonly timeZone: () => string,
    private readonly now: () => number,
  ) {}

  private parser(): FormulaParser {
    let p = this.parsers[this.depth];
    if (!p) {
      p = new FormulaParser({
        // Volatile functions follow the emulator's clock, not the machine's.
        functions: {
          NOW: () => toSerial(this.now(), this.timeZone()),
          TODAY: () => Math.floor(toSerial(this.now(), this.timeZone())),
        },
        onCell: (ref: CellRef) => this.scalar(this.sheetNamed(ref.sheet), ref.row - 1, ref.col - 1),
        onRange: (ref: RangeRef) => {
          const data = this.sheetNamed(ref.sheet);
          // Open-ended references (A:A, 2:2) stop at the stored data, as Sheets stops at the grid.
          const lastRow = Math.min(ref.to.row, data ? data.values.length : 0);
          const lastCol = Math.min(ref.to.col, data ? data.maxCols : 0);
          const out: Scalar[][] = [];
          for (let r = ref.from.row; r <= Math.max(lastRow, ref.from.row); r++) {
            const line: Scalar[] = [];
            for (let c = ref.from.col; c <= Math.max(lastCol, ref.from.col); c++) line.push(this.scalar(data, r - 1, c - 1));
            out.push(line);
          }
          return out;
        },
      });
      this.parsers[this.depth] = p;
    }
    return p;
  }

  /** The value of the formula cell (r, c), 0-based, as getValues returns it (a DateCell for a date format). */
  value(data: SheetData, r: number, c: number): CellValue {
    // Results hold until a cell changes anywhere in the book or the clock moves (NOW, TODAY).
    const stamp = `${this.book().sheets.map((s) => `${s.id}.${s.version}`).join(',')}@${this.now()}`;
    if (stamp !== this.stamp) {
      this.memo.clear();
      this.stamp = stamp;
    }
    let sheetMemo = this.memo.get(data);
    if (!sheetMemo) this.memo.set(data, (sheetMemo = new Map()));
    const key = r * 16384 + c;
    const known = sheetMemo.get(key);
    if (known !== undefined) return known;
    const id = `${data.id}:${key}`;
    if (this.busy.has(id)) return '#REF!'; // a circular dependency, as Sheets reports it
    this.busy.add(id);
    this.depth++;
    let out: CellValue;
    try {
      out = this.compute(data, r, c);
    } finally {
      this.depth--;
      this.busy.delete(id);
    }
    sheetMemo.set(key, out);
    return out;
  }

  private compute(data: SheetData, r: number, c: number): CellValue {
    const formula = data.formula(r, c).replace(/^=/, '');
    let result: unknown;
    try {
      result = this.parser().parse(formula, { sheet: data.name, row: r + 1, col: c + 1 }, false);
    } catch (e) {
      const cached = data.get(r, c);
      if (cached !== '') return cached; // a function the library lacks: the value Sheets computed last
      return errorText(e) ?? '#ERROR!';
    }
    if (Array.isArray(result)) result = (result as unknown[][])[0]?.[0] ?? '';
    const error = errorText(result);
    if (error) return error;
    if (typeof result === 'number') {
      if (!Number.isFinite(result)) return '#NUM!';
      return isDateFormat(data.format(r, c)) ? new DateCell(fromSerial(result, this.timeZone())) : result;
    }
    if (typeof result === 'string' || typeof result === 'boolean') return result;
    return '';
  }

  private sheetNamed(name: string): SheetData | undefined {
    const lower = name.toLowerCase();
    return this.book().sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** A cell as formulas see it: dates as serials, empty as null, errors as errors, other formulas evaluated first. */
  private scalar(data: SheetData | undefined, r: number, c: number): Scalar | Error {
    if (!data) return null;
    const isFormula = !!data.formula(r, c);
    const v = isFormula ? this.value(data, r, c) : data.get(r, c);
    if (v instanceof DateCell) return toSerial(v.ms, this.timeZone());
    if (isFormula && typeof v === 'string' && ERROR_TEXT.test(v)) return new FormulaParser.FormulaError(v);
    return v === '' ? null : v;
  }
}
