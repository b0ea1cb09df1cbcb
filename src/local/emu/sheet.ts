/** Sheet and Spreadsheet: tabs of the emulated workbook, with Apps Script's names, errors and edge cases. */
import { parseA1 } from './a1';
import type { Emu } from './emu';
import { FilterApi } from './filter';
import { RangeApi } from './range';
import { SheetData, type ConditionalRule } from './sheet-data';
import { TextFinderApi } from './text-finder';

export class SheetApi {
  constructor(private emu: Emu, readonly _data: SheetData) {}

  _range(r: number, c: number, nr: number, nc: number): RangeApi {
    if (r < 0 || c < 0) throw new Error('Exception: Range not found');
    if (nr < 1 || nc < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    return this.emu.wrap(new RangeApi(this.emu, this.emu.sheetProxy(this._data), this._data, r, c, nr, nc), 'Range');
  }

  getName(): string { return this._data.name; }
  setName(name: string): this {
    this.emu.book.renameSheet(this._data, name);
    return this;
  }
  getSheetId(): number { return this._data.id; }
  getIndex(): number { return this.emu.book.sheets.indexOf(this._data) + 1; }
  getParent(): unknown { return this.emu.spreadsheetProxy(); }
  getLastRow(): number { return this._data.lastRow(); }
  getLastColumn(): number { return this._data.lastColumn(); }
  getMaxRows(): number { return this._data.maxRows; }
  getMaxColumns(): number { return this._data.maxCols; }

  getRange(a: number | string, col?: number, nr?: number, nc?: number): RangeApi {
    if (typeof a === 'string') {
      const b = parseA1(a);
      // Open ends ('A:A', '2:5', 'A1:C') run to the sheet's edge.
      const r1 = b.r1 ?? 0;
      const c1 = b.c1 ?? 0;
      const r2 = b.r2 ?? this._data.maxRows - 1;
      const c2 = b.c2 ?? this._data.maxCols - 1;
      return this._range(r1, c1, r2 - r1 + 1, c2 - c1 + 1);
    }
    return this._range(a - 1, (col ?? 1) - 1, nr ?? 1, nc ?? 1);
  }
  getDataRange(): RangeApi {
    return this._range(0, 0, Math.max(this._data.lastRow(), 1), Math.max(this._data.lastColumn(), 1));
  }
  appendRow(row: unknown[]): this {
    const r = this._data.lastRow();
    // appendRow adds a row to the grid when the sheet is full.
    this._data.grow(r + 1, row.length);
    new RangeApi(this.emu, this, this._data, r, 0, 1, row.length).writeMatrix([row]);
    return this;
  }
  createTextFinder(text: string): TextFinderApi {
    const area = { r: 0, c: 0, nr: this._data.maxRows, nc: this._data.maxCols };
    return this.emu.wrap(new TextFinderApi(this.emu, this.emu.sheetProxy(this._data), this._data, area, String(text)), 'TextFinder');
  }
  clear(): this {
    const keepName = this._data.name;
    const fresh = new SheetData(keepName, this._data.id);
    Object.assign(this._data, { values: fresh.values, formulas: fresh.formulas, formats: fresh.formats, styles: fresh.styles, notes: fresh.notes, validations: [], merges: [], conditional: [] });
    this._data.version++;
    return this;
  }
  clearContents(): this {
    this._data.values = [];
    this._data.formulas = new Map();
    this._data.version++;
    return this;
  }
  clearFormats(): this {
    this._data.formats = [];
    this._data.styles = new Map();
    return this;
  }
  insertRowsAfter(after: number, n: number): this { this._data.insertRows(after, n); return this; }
  insertRowsBefore(before: number, n: number): this { this._data.insertRows(before - 1, n); return this; }
  insertRowAfter(after: number): this { return this.insertRowsAfter(after, 1); }
  insertRowBefore(before: number): this { return this.insertRowsBefore(before, 1); }
  insertRows(before: number, n = 1): this { return this.insertRowsBefore(before, n); }
  deleteRow(r: number): this { this._data.deleteRows(r - 1, 1); return this; }
  deleteRows(r: number, n: number): this { this._data.deleteRows(r - 1, n); return this; }
  insertColumnsAfter(after: number, n: number): this { this._data.insertCols(after, n); return this; }
  insertColumnsBefore(before: number, n: number): this { this._data.insertCols(before - 1, n); return this; }
  insertColumnAfter(after: number): this { return this.insertColumnsAfter(after, 1); }
  insertColumnBefore(before: number): this { return this.insertColumnsBefore(before, 1); }
  deleteColumn(c: number): this { this._data.deleteCols(c - 1, 1); return this; }
  deleteColumns(c: number, n: number): this { this._data.deleteCols(c - 1, n); return this; }
  setFrozenRows(n: number): this { this._data.frozenRows = n; return this; }
  getFrozenRows(): number { return this._data.frozenRows; }
  setFrozenColumns(n: number): this { this._data.frozenCols = n; return this; }
  getFrozenColumns(): number { return this._data.frozenCols; }
  setColumnWidth(c: number, w: number): this { this._data.colWidths.set(c - 1, w); return this; }
  setColumnWidths(c: number, n: number, w: number): this {
    for (let i = 0; i < n; i++) this._data.colWidths.set(c - 1 + i, w);
    return this;
  }
  getColumnWidth(c: number): number { return this._data.colWidths.get(c - 1) ?? 100; }
  autoResizeColumns(): this { return this; }
  autoResizeColumn(): this { return this; }
  hideSheet(): this { this._data.hidden = true; return this; }
  showSheet(): this { this._data.hidden = false; return this; }
  isSheetHidden(): boolean { return this._data.hidden; }
  setTabColor(color: string | null): this { this._data.tabColor = color; return this; }
  getTabColor(): string | null { return this._data.tabColor; }
  activate(): this { return this; }
  protect(): unknown { return this.emu.protect(this._data, null); }
  getFilter(): unknown {
    return this._data.filter ? this.emu.wrap(new FilterApi(this._data, (b) => this._range(b.r, b.c, b.nr, b.nc)), 'Filter') : null;
  }
  getProtections(type: string): unknown[] {
    return this._data.protections
      .filter((p) => (type === 'SHEET' ? p.range === null : p.range !== null))
      .map((p) => this.emu.protectionApi(this._data, p));
  }
  setConditionalFormatRules(rules: { _rule: ConditionalRule }[]): this {
    this._data.conditional = rules.map((r) => r._rule);
    return this;
  }
  getConditionalFormatRules(): unknown[] {
    return this._data.conditional.map((r) => this.emu.conditionalApi(r, this._data));
  }
  clearConditionalFormatRules(): this { this._data.conditional = []; return this; }
  newChart(): unknown { return this.emu.chartBuilder(this._data); }
  insertChart(chart: { _spec: unknown }): this {
    this._data.charts.push(chart._spec as SheetData['charts'][number]);
    return this;
  }
  getCharts(): unknown[] { return this._data.charts.map((c) => this.emu.chartApi(c)); }
  removeChart(chart: { _spec: { id: string } }): this {
    this._data.charts = this._data.charts.filter((c) => c.id !== chart._spec.id);
    return this;
  }
}

export class SpreadsheetApi {
  constructor(private emu: Emu) {}
  getId(): string { return this.emu.book.id; }
  getName(): string { return this.emu.book.name; }
  rename(name: string): void { this.emu.book.name = name; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this.emu.book.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this.emu.timeZone; }
  setSpreadsheetTimeZone(tz: string): void { this.emu.timeZone = tz; }
  getSpreadsheetLocale(): string { return this.emu.locale; }
  getSheets(): SheetApi[] { return this.emu.book.sheets.map((s) => this.emu.sheetProxy(s)); }
  getNumSheets(): number { return this.emu.book.sheets.length; }
  getSheetByName(name: string): SheetApi | null {
    const s = this.emu.book.sheets.find((x) => x.name === name);
    return s ? this.emu.sheetProxy(s) : null;
  }
  getSheetById(id: number): SheetApi | null {
    const s = this.emu.book.sheets.find((x) => x.id === id);
    return s ? this.emu.sheetProxy(s) : null;
  }
  insertSheet(a?: string | number, b?: number): SheetApi {
    const name = typeof a === 'string' ? a : undefined;
    const index = typeof a === 'number' ? a : b;
    return this.emu.sheetProxy(this.emu.book.addSheet(name, index));
  }
  deleteSheet(sheet: SheetApi): void { this.emu.book.removeSheet(sheet._data); }
  private active: SheetApi['_data'] | null = null;
  getActiveSheet(): SheetApi {
    const a = this.active && this.emu.book.sheets.includes(this.active) ? this.active : this.emu.book.sheets[0]!;
    return this.emu.sheetProxy(a);
  }
  setActiveSheet(sheet: SheetApi): SheetApi { this.active = sheet._data; return sheet; }
  /** Moves the active sheet to a 1-based position. */
  moveActiveSheet(pos: number): void {
    const s = this.getActiveSheet()._data;
    const list = this.emu.book.sheets.filter((x) => x !== s);
    list.splice(Math.max(0, Math.min(pos - 1, list.length)), 0, s);
    this.emu.book.sheets = list;
  }
  getActiveRange(): RangeApi | null {
    const a = this.emu.activeRange;
    if (!a || !this.emu.book.sheets.includes(a.getSheet()._data)) return null; // its sheet was deleted
    return a.getSheet().getRange(a.r + 1, a.c + 1, a.nr, a.nc);
  }
  getRange(a1: string): RangeApi {
    const b = parseA1(a1);
    const sheet = b.sheet ? this.getSheetByName(b.sheet) : this.getActiveSheet();
    if (!sheet) throw new Error(`Exception: Range not found: ${a1}`);
    return sheet.getRange(a1.slice(a1.lastIndexOf('!') + 1));
  }
  toast(msg: string, title?: string, timeout?: number): void {
    this.emu.toasts.push({ msg: String(msg), title: String(title ?? ''), timeout: timeout ?? 5 });
  }
  getOwner(): unknown { return { getEmail: () => this.emu.accounts?.owner ?? this.emu.userEmail }; }
  getEditors(): unknown[] { return []; }
  getFormUrl(): string | null { return null; }
}
