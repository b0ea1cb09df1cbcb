/** A sheet's storage: values, formulas, formats, styles, notes, validation, merges — 0-based, grown on write. */
import { DateCell, type CellValue } from './values';
import { shiftFilter } from './filter';

export interface CellStyle {
  bold?: boolean;
  background?: string;
  fontColor?: string;
  fontSize?: number;
  wrap?: boolean;
  align?: string;
}

export interface ValidationRule {
  kind: 'list' | 'checkbox' | 'other';
  values: string[];
  allowInvalid: boolean;
  helpText: string;
}

export interface ConditionalRule {
  formula: string;
  background: string | null;
  fontColor: string | null;
  ranges: { r: number; c: number; nr: number; nc: number }[];
}

export interface ChartSpec {
  id: string;
  type: string;
  ranges: { r: number; c: number; nr: number; nc: number }[];
  anchor: { row: number; col: number };
  options: Record<string, unknown>;
}

export interface ProtectionSpec {
  id: number;
  description: string;
  warningOnly: boolean;
  range: { r: number; c: number; nr: number; nc: number } | null;
  /** Accounts allowed to edit; absent/null while the protection mirrors the spreadsheet's sharing. */
  editors?: string[] | null;
}

const key = (r: number, c: number) => r * 16384 + c;

export class SheetData {
  values: CellValue[][] = [];
  formulas = new Map<number, string>();
  formats: (string | undefined)[][] = [];
  styles = new Map<number, CellStyle>();
  notes = new Map<number, string>();
  validations: { r: number; c: number; nr: number; nc: number; rule: ValidationRule | null }[] = [];
  merges: { r: number; c: number; nr: number; nc: number }[] = [];
  conditional: ConditionalRule[] = [];
  charts: ChartSpec[] = [];
  protections: ProtectionSpec[] = [];
  colWidths = new Map<number, number>();
  frozenRows = 0;
  frozenCols = 0;
  maxRows = 1000;
  maxCols = 26;
  hidden = false;
  tabColor: string | null = null;
  /** The sheet's filter (Data → Create a filter), 0-based; at most one. */
  filter: { r: number; c: number; nr: number; nc: number } | null = null;
  /** Bumped on every change of a cell's content: formula results computed before it are stale. */
  version = 0;

  constructor(public name: string, readonly id: number) {}

  get(r: number, c: number): CellValue {
    return this.values[r]?.[c] ?? '';
  }

  set(r: number, c: number, v: CellValue, formula: string): void {
    let row = this.values[r];
    if (!row) row = this.values[r] = [];
    row[c] = v;
    this.version++;
    const k = key(r, c);
    if (formula) this.formulas.set(k, formula);
    else if (this.formulas.size) this.formulas.delete(k);
    this.grow(r + 1, c + 1);
  }

  formula(r: number, c: number): string {
    return this.formulas.get(key(r, c)) ?? '';
  }

  format(r: number, c: number): string | undefined {
    return this.formats[r]?.[c];
  }

  setFormat(r: number, c: number, f: string | undefined): void {
    let row = this.formats[r];
    if (!row) row = this.formats[r] = [];
    row[c] = f;
  }

  style(r: number, c: number): CellStyle | undefined {
    return this.styles.get(key(r, c));
  }

  setStyle(r: number, c: number, patch: CellStyle): void {
    const k = key(r, c);
    this.styles.set(k, { ...this.styles.get(k), ...patch });
  }

  note(r: number, c: number): string {
    return this.notes.get(key(r, c)) ?? '';
  }

  setNote(r: number, c: number, note: string): void {
    if (note) this.notes.set(key(r, c), note);
    else this.notes.delete(key(r, c));
  }

  validation(r: number, c: number): ValidationRule | null {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const v = this.validations[i]!;
      if (r >= v.r && r < v.r + v.nr && c >= v.c && c < v.c + v.nc) return v.rule;
    }
    return null;
  }

  grow(rows: number, cols: number): void {
    if (rows > this.maxRows) this.maxRows = rows;
    if (cols > this.maxCols) this.maxCols = cols;
  }

  isEmpty(r: number, c: number): boolean {
    const v = this.values[r]?.[c];
    return (v === undefined || v === '') && !this.formulas.has(key(r, c));
  }

  lastRow(): number {
    for (let r = this.values.length - 1; r >= 0; r--) {
      const row = this.values[r];
      if (row && row.some((v, c) => v !== '' && v !== undefined || this.formulas.has(key(r, c)))) return r + 1;
      if (!row && this.formulasInRow(r)) return r + 1;
    }
    return 0;
  }

  private formulasInRow(r: number): boolean {
    for (const k of this.formulas.keys()) if (Math.floor(k / 16384) === r) return true;
    return false;
  }

  lastColumn(): number {
    let last = 0;
    this.values.forEach((row, r) => {
      if (!row) return;
      for (let c = row.length - 1; c >= last; c--) {
        if (!this.isEmpty(r, c)) {
          last = c + 1;
          break;
        }
      }
    });
    for (const k of this.formulas.keys()) last = Math.max(last, (k % 16384) + 1);
    return last;
  }

  /** Inserts rows before 0-based row `at` (everything keyed by row shifts). */
  insertRows(at: number, n: number): void {
    this.version++;
    shiftFilter(this, 'r', at, n);
    // concat, not splice(...spread): growing a sheet by 100,000 rows must not overflow the call stack.
    if (at < this.values.length) this.values = this.values.slice(0, at).concat(Array.from({ length: n }, () => [] as CellValue[]), this.values.slice(at));
    if (at < this.formats.length) this.formats = this.formats.slice(0, at).concat(Array.from({ length: n }, () => [] as (string | undefined)[]), this.formats.slice(at));
    this.formulas = shiftKeys(this.formulas, (r, c) => (r >= at ? [r + n, c] : [r, c]));
    this.styles = shiftKeys(this.styles, (r, c) => (r >= at ? [r + n, c] : [r, c]));
    this.maxRows += n;
  }

  deleteRows(at: number, n: number): void {
    this.version++;
    shiftFilter(this, 'r', at, -n);
    this.values.splice(at, n);
    this.formats.splice(at, n);
    this.formulas = shiftKeys(this.formulas, (r, c) => (r < at ? [r, c] : r < at + n ? null : [r - n, c]));
    this.styles = shiftKeys(this.styles, (r, c) => (r < at ? [r, c] : r < at + n ? null : [r - n, c]));
    this.maxRows = Math.max(1, this.maxRows - n);
  }

  insertCols(at: number, n: number): void {
    this.version++;
    shiftFilter(this, 'c', at, n);
    for (const row of this.values) if (row && row.length > at) row.splice(at, 0, ...new Array<CellValue>(n).fill(''));
    for (const row of this.formats) if (row && row.length > at) row.splice(at, 0, ...new Array<string | undefined>(n).fill(undefined));
    this.formulas = shiftKeys(this.formulas, (r, c) => (c >= at ? [r, c + n] : [r, c]));
    this.styles = shiftKeys(this.styles, (r, c) => (c >= at ? [r, c + n] : [r, c]));
    this.maxCols += n;
  }

  deleteCols(at: number, n: number): void {
    this.version++;
    shiftFilter(this, 'c', at, -n);
    for (const row of this.values) if (row) row.splice(at, n);
    for (const row of this.formats) if (row) row.splice(at, n);
    this.formulas = shiftKeys(this.formulas, (r, c) => (c < at ? [r, c] : c < at + n ? null : [r, c - n]));
    this.styles = shiftKeys(this.styles, (r, c) => (c < at ? [r, c] : c < at + n ? null : [r, c - n]));
    this.maxCols = Math.max(1, this.maxCols - n);
  }

  dateCells(): number {
    let n = 0;
    for (const row of this.values) if (row) for (const v of row) if (v instanceof DateCell) n++;
    return n;
  }
}

function shiftKeys<V>(m: Map<number, V>, f: (r: number, c: number) => [number, number] | null): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of m) {
    const to = f(Math.floor(k / 16384), k % 16384);
    if (to) out.set(key(to[0], to[1]), v);
  }
  return out;
}
