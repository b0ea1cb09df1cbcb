/** Range: a rectangle of a sheet, read and written in blocks exactly as Apps Script does. */
import { a1Of } from './a1';
import { createFilter } from './filter';
import { displayValue } from './format';
import type { SheetApi } from './sheet';
import type { SheetData, CellStyle, ValidationRule } from './sheet-data';
import { DateCell, checkCellSizes, parseWrite, type CellValue } from './values';
import type { Emu } from './emu';
import { TextFinderApi } from './text-finder';

type Matrix<T> = T[][];

export class RangeApi {
  constructor(
    private emu: Emu,
    private sheetApi: SheetApi,
    private data: SheetData,
    readonly r: number,
    readonly c: number,
    readonly nr: number,
    readonly nc: number,
  ) {
    if (emu.strictGrid && (r + nr > data.maxRows || c + nc > data.maxCols)) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    data.grow(r + nr, c + nc);
  }

  /** Protected cells throw for accounts the protection binds (accounts.ts). */
  private guard(): void {
    const hand = this.emu.onNextWrite;
    if (hand) {
      this.emu.onNextWrite = null;
      hand();
    }
    this.emu.accounts?.checkEdit(this.data, this.r, this.c, this.nr, this.nc);
  }

  private each<T>(f: (r: number, c: number) => T): Matrix<T> {
    const out: Matrix<T> = [];
    for (let i = 0; i < this.nr; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.nc; j++) row.push(f(this.r + i, this.c + j));
      out.push(row);
    }
    return out;
  }

  private checkSize(m: unknown[][], what = 'data'): void {
    if (!Array.isArray(m) || m.length !== this.nr) {
      throw new Error(`Exception: The number of rows in the ${what} does not match the number of rows in the range. The data has ${Array.isArray(m) ? m.length : 0} but the range has ${this.nr}.`);
    }
    for (const row of m) {
      if (!Array.isArray(row) || row.length !== this.nc) {
        throw new Error(`Exception: The number of columns in the ${what} does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.nc}.`);
      }
    }
  }

  private read(v: CellValue): unknown {
    return v instanceof DateCell ? this.emu.makeDate(v.ms) : v;
  }

  getValues(): unknown[][] {
    return this.each((r, c) => (this.data.formula(r, c) ? this.emu.evaluate(this.data, r, c) : this.read(this.data.get(r, c))));
  }
  getValue(): unknown {
    return this.getValues()[0]![0];
  }
  getDisplayValues(): string[][] {
    return this.each((r, c) => displayValue(this.data.formula(r, c) ? this.emu.formulaResult(this.data, r, c) : this.data.get(r, c), this.data.format(r, c), this.emu.timeZone));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0]![0]!;
  }
  getFormulas(): string[][] {
    return this.each((r, c) => this.data.formula(r, c));
  }
  getFormula(): string {
    return this.data.formula(this.r, this.c);
  }
  getNumberFormats(): string[][] {
    return this.each((r, c) => this.data.format(r, c) ?? '');
  }
  getNumberFormat(): string {
    return this.data.format(this.r, this.c) ?? '';
  }

  setValues(values: unknown[][]): this {
    this.checkSize(values);
    this.writeMatrix(values);
    return this;
  }
  /** Writes without counting a service call (appendRow and friends). */
  writeMatrix(values: unknown[][]): void {
    this.guard();
    checkCellSizes(values);
    values.forEach((row, i) => row.forEach((v, j) => {
      const r = this.r + i;
      const c = this.c + j;
      const w = parseWrite(v, this.data.format(r, c), this.emu.toInstant);
      this.data.set(r, c, w.value, w.formula);
    }));
  }
  setValue(value: unknown): this {
    return this.setValues(this.each(() => value));
  }
  setFormula(formula: string): this {
    return this.setFormulas(this.each(() => formula));
  }
  setFormulas(formulas: string[][]): this {
    this.guard();
    this.checkSize(formulas, 'formulas');
    formulas.forEach((row, i) => row.forEach((f, j) => this.data.set(this.r + i, this.c + j, '', f.startsWith('=') ? f : `=${f}`)));
    return this;
  }
  setNumberFormat(format: string): this {
    this.guard();
    this.each((r, c) => this.data.setFormat(r, c, format));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    this.guard();
    this.checkSize(formats, 'formats');
    formats.forEach((row, i) => row.forEach((f, j) => this.data.setFormat(this.r + i, this.c + j, f || undefined)));
    return this;
  }
  clear(): this {
    this.guard();
    this.each((r, c) => {
      this.data.set(r, c, '', '');
      this.data.setFormat(r, c, undefined);
      this.data.styles.delete(r * 16384 + c);
    });
    return this;
  }
  clearContent(): this {
    this.guard();
    this.each((r, c) => this.data.set(r, c, '', ''));
    return this;
  }
  clearFormat(): this {
    this.each((r, c) => {
      this.data.setFormat(r, c, undefined);
      this.data.styles.delete(r * 16384 + c);
    });
    return this;
  }

  private style(patch: CellStyle): this {
    this.each((r, c) => this.data.setStyle(r, c, patch));
    return this;
  }
  setBackground(color: string | null): this { return this.style({ background: color ?? undefined }); }
  setBackgrounds(colors: string[][]): this {
    this.checkSize(colors, 'colors');
    colors.forEach((row, i) => row.forEach((b, j) => this.data.setStyle(this.r + i, this.c + j, { background: b })));
    return this;
  }
  setFontWeight(w: string | null): this { return this.style({ bold: w === 'bold' }); }
  setFontWeights(w: string[][]): this {
    w.forEach((row, i) => row.forEach((x, j) => this.data.setStyle(this.r + i, this.c + j, { bold: x === 'bold' })));
    return this;
  }
  setFontColor(color: string | null): this { return this.style({ fontColor: color ?? undefined }); }
  setFontColors(colors: string[][]): this {
    colors.forEach((row, i) => row.forEach((x, j) => this.data.setStyle(this.r + i, this.c + j, { fontColor: x })));
    return this;
  }
  setFontSize(size: number): this { return this.style({ fontSize: size }); }
  setWrap(wrap: boolean): this { return this.style({ wrap }); }
  setHorizontalAlignment(align: string | null): this { return this.style({ align: align ?? undefined }); }
  setVerticalAlignment(): this { return this; }
  setBorder(): this { return this; }
  getBackground(): string { return this.data.style(this.r, this.c)?.background ?? '#ffffff'; }
  getFontWeight(): string { return this.data.style(this.r, this.c)?.bold ? 'bold' : 'normal'; }
  setNote(note: string | null): this {
    this.each((r, c) => this.data.setNote(r, c, note ?? ''));
    return this;
  }
  getNote(): string { return this.data.note(this.r, this.c); }

  setDataValidation(rule: { _rule: ValidationRule } | null): this {
    this.guard();
    this.data.validations.push({ r: this.r, c: this.c, nr: this.nr, nc: this.nc, rule: rule ? rule._rule : null });
    return this;
  }
  setDataValidations(rules: ({ _rule: ValidationRule } | null)[][]): this {
    this.guard();
    this.checkSize(rules, 'rules');
    rules.forEach((row, i) => row.forEach((rule, j) => this.data.validations.push({ r: this.r + i, c: this.c + j, nr: 1, nc: 1, rule: rule ? rule._rule : null })));
    return this;
  }
  clearDataValidations(): this { return this.setDataValidation(null); }
  getDataValidation(): unknown { return this.emu.validationApi(this.data.validation(this.r, this.c)); }
  getDataValidations(): unknown[][] { return this.each((r, c) => this.emu.validationApi(this.data.validation(r, c))); }

  merge(): this {
    // Sheets keeps only the top-left value of a merged range.
    this.each((r, c) => (r === this.r && c === this.c ? undefined : this.data.set(r, c, '', '')));
    this.data.merges.push({ r: this.r, c: this.c, nr: this.nr, nc: this.nc });
    return this;
  }
  breakApart(): this {
    this.data.merges = this.data.merges.filter((m) => !overlap(m, this));
    return this;
  }
  isPartOfMerge(): boolean { return this.data.merges.some((m) => overlap(m, this)); }
  getMergedRanges(): RangeApi[] {
    return this.data.merges.filter((m) => overlap(m, this)).map((m) => this.sheetApi._range(m.r, m.c, m.nr, m.nc));
  }
  protect(): unknown { return this.emu.protect(this.data, { r: this.r, c: this.c, nr: this.nr, nc: this.nc }); }
  createFilter(): unknown {
    createFilter(this.data, { r: this.r, c: this.c, nr: this.nr, nc: this.nc });
    this.data.version++;
    return this.sheetApi.getFilter();
  }

  getRow(): number { return this.r + 1; }
  getColumn(): number { return this.c + 1; }
  getLastRow(): number { return this.r + this.nr; }
  getLastColumn(): number { return this.c + this.nc; }
  getNumRows(): number { return this.nr; }
  getNumColumns(): number { return this.nc; }
  getHeight(): number { return this.nr; }
  getWidth(): number { return this.nc; }
  getA1Notation(): string { return a1Of(this.r, this.c, this.nr, this.nc); }
  getSheet(): SheetApi { return this.sheetApi; }
  offset(rows: number, cols: number, nr?: number, nc?: number): RangeApi {
    return this.sheetApi._range(this.r + rows, this.c + cols, nr ?? this.nr, nc ?? this.nc);
  }
  /** The selection a person would make: SpreadsheetApp's getActiveRange() returns it (menu actions on a selected row). */
  activate(): this {
    this.emu.activeRange = this;
    return this;
  }
  createTextFinder(text: string): TextFinderApi {
    return this.emu.wrap(new TextFinderApi(this.emu, this.sheetApi, this.data, { r: this.r, c: this.c, nr: this.nr, nc: this.nc }, String(text)), 'TextFinder');
  }
  isBlank(): boolean {
    return this.each((r, c) => this.data.isEmpty(r, c)).every((row) => row.every(Boolean));
  }
}

function overlap(a: { r: number; c: number; nr: number; nc: number }, b: { r: number; c: number; nr: number; nc: number }): boolean {
  return a.r < b.r + b.nr && b.r < a.r + a.nr && a.c < b.c + b.nc && b.c < a.c + a.nc;
}
