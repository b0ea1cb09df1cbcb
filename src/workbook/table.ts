/**
 * A tab read in one block: typed records with the problems found in their cells. Writers touch only the cells
 * whose value changes (user columns, formulas, hand edits and protected cells elsewhere are never rewritten), and
 * appends grow the grid with the tab's formats, validation and conditional formatting.
 */
import type { TabDef } from '../../sheets-templates/schema';
import { UserError } from '../core/errors';
import { type Cell, columnFormat, decodeCell, encodeCell } from './codec';
import { columnLetter, type HeaderMap, mapHeaders, runsOf } from './headers';
import { findSheet } from './tabs';
import { growFor } from './grid';
import { CELL_CHARS } from '../core/text';

export interface RowIssue {
  row: number;
  column: string;
  field: string;
  message: string;
}

export interface TableRow<T> {
  /** 1-based sheet row. */
  row: number;
  record: T;
  issues: RowIssue[];
}

export interface Table<T> {
  readonly tab: TabDef;
  readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  readonly map: HeaderMap;
  readonly rows: TableRow<T>[];
  readonly timeZone: string;
  /** The last row with content (0 when empty). */
  readonly lastRow: number;
}

export function tabMissing(tab: TabDef): UserError {
  return new UserError(
    'tab_missing',
    {
      en: `The "${tab.name}" tab is missing. Run AfterDesk → Set up / repair workbook.`,
      zh: `缺少“${tab.zh}”工作表。请运行 AfterDesk → 初始化/修复工作簿。`,
    },
    tab.name,
  );
}

/** Reads a whole tab with one getValues. Required columns missing → a UserError naming tab and column. */
export function readTable<T>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: TabDef,
  timeZone: string,
  required: readonly string[] = [],
): Table<T> {
  const sheet = findSheet(ss, tab);
  if (!sheet) throw tabMissing(tab);
  const values = sheet.getDataRange().getValues() as unknown[][];
  const map = mapHeaders(tab, values[0] ?? []);
  requireColumns(tab, map, required);
  const rows: TableRow<T>[] = [];
  let lastRow = values.length > 1 || (values[0] ?? []).some((v) => v !== '') ? values.length : 0;
  while (lastRow > 1 && (values[lastRow - 1] ?? []).every((v) => v === '')) lastRow--;
  for (let r = 1; r < lastRow; r++) {
    const line = values[r]!;
    if (line.every((v) => v === '')) continue;
    const record: Record<string, unknown> = {};
    const issues: RowIssue[] = [];
    for (const col of tab.columns) {
      const i = map.index[col.field];
      const decoded = decodeCell(col, i === undefined ? '' : line[i], timeZone);
      record[col.field] = decoded.value;
      if (decoded.problem && i !== undefined) {
        issues.push({ row: r + 1, column: columnLetter(i), field: col.field, message: decoded.problem });
      }
    }
    rows.push({ row: r + 1, record: record as T, issues });
  }
  return { tab, sheet, map, rows, timeZone, lastRow };
}

/** A1 reference of a record's cell, for messages: Tickets!F12. */
export function cellRef(table: Table<unknown>, row: number, field: string): string {
  const i = table.map.index[field];
  return `${table.tab.name}!${i === undefined ? '?' : columnLetter(i)}${row}`;
}

function rowWidth(table: Table<unknown>): number {
  return Math.max(table.map.width, ...Object.values(table.map.index).map((i) => i + 1), 1);
}

function encodeRecord(table: Table<unknown>, record: Record<string, unknown>, base: Cell[], makeDate: (ms: number) => Date): Cell[] {
  const out = base.slice();
  for (const col of table.tab.columns) {
    const i = table.map.index[col.field];
    if (i === undefined || !(col.field in record)) continue;
    out[i] = encodeCell(col, record[col.field], makeDate);
  }
  return out;
}

function formatsFor(table: Table<unknown>, base: string[]): string[] {
  const out = base.slice();
  for (const col of table.tab.columns) {
    const i = table.map.index[col.field];
    if (i !== undefined) out[i] = columnFormat(col) || out[i] || '';
  }
  return out;
}

/** Runs of adjacent sheet columns that belong to the tab (user columns between them are left out). */
function ownRuns(table: Table<unknown>): { from: number; to: number }[] {
  return runsOf([...new Set(Object.values(table.map.index))].sort((a, b) => a - b));
}

/**
 * Appends records after the last row, growing the grid when needed: per run of the tab's own columns one
 * setNumberFormats and one setValues, whatever the number of records. User columns are never written.
 */
export function appendRecords<T>(table: Table<T>, records: Partial<T>[], makeDate: (ms: number) => Date): number {
  if (records.length === 0) return table.lastRow;
  checkCellSizes(table, records as Record<string, unknown>[]);
  const width = rowWidth(table);
  const start = Math.max(table.lastRow, 1) + 1;
  const empty: Cell[] = new Array(width).fill('');
  const formats = formatsFor(table, new Array(width).fill(''));
  growFor(table.sheet, table.tab, table.map.index, start + records.length - 1);
  const encoded = records.map((r) => encodeRecord(table, r as Record<string, unknown>, empty, makeDate));
  for (const run of ownRuns(table)) {
    const range = table.sheet.getRange(start, run.from + 1, records.length, run.to - run.from + 1);
    range.setNumberFormats(records.map(() => formats.slice(run.from, run.to + 1)));
    range.setValues(encoded.map((line) => line.slice(run.from, run.to + 1)));
  }
  (table as { lastRow: number }).lastRow = start + records.length - 1;
  return start;
}

/**
 * Sheets refuses a cell over 50,000 characters with an exception after earlier blocks were written: every value is
 * checked before the first write, and an over-long one is a UserError naming the tab and column (nothing written).
 */
function checkCellSizes(table: Table<unknown>, records: Record<string, unknown>[]): void {
  for (const record of records) {
    for (const col of table.tab.columns) {
      const v = record[col.field];
      if (typeof v === 'string' && v.length > CELL_CHARS) {
        throw new UserError('cell_too_long', {
          en: `${col.en} is longer than a spreadsheet cell holds (${v.length.toLocaleString('en-US')} of at most ${CELL_CHARS.toLocaleString('en-US')} characters): nothing was saved.`,
          zh: `${col.zh}超过单元格上限（${v.length} 个字符，最多 ${CELL_CHARS} 个）：未保存任何内容。`,
        }, col.field);
      }
    }
  }
}

/** Text Sheets would parse: a formula prefix, a number, a date or a time. */
const PARSED_AS_DATA = /^\s*([=+\-@]|[\d.,]+\s*%?\s*$|\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?|\d{1,2}:\d{2}|(true|false)\s*$)/i;

const sameCell = (a: Cell, b: Cell): boolean =>
  a instanceof Date || b instanceof Date
    ? Object.prototype.toString.call(a) === '[object Date]' && Object.prototype.toString.call(b) === '[object Date]' && (a as Date).getTime() === (b as Date).getTime()
    : a === b;

/**
 * Writes back only the cells whose value differs from what was read: per changed row, one setNumberFormats and
 * one setValues for each run of adjacent changed columns. A cell not changed here — a user column, a formula, a
 * hand edit made since the read, a protected column — is never written. Returns the number of cells written.
 */
export function writeRecords<T>(
  table: Table<T>,
  changes: { row: number; record: Partial<T> }[],
  makeDate: (ms: number) => Date,
): number {
  checkCellSizes(table, changes.map((c) => c.record as Record<string, unknown>));
  const known = new Map(table.rows.map((r) => [r.row, r]));
  let cells = 0;
  for (const change of changes) {
    const read = known.get(change.row);
    const changed: { c: number; value: Cell; format: string }[] = [];
    for (const col of table.tab.columns) {
      const i = table.map.index[col.field];
      if (i === undefined || !(col.field in (change.record as object))) continue;
      const value = encodeCell(col, (change.record as Record<string, unknown>)[col.field], makeDate);
      if (read && sameCell(value, encodeCell(col, (read.record as Record<string, unknown>)[col.field], makeDate))) continue;
      changed.push({ c: i, value, format: columnFormat(col) });
    }
    changed.sort((a, b) => a.c - b.c);
    for (let k = 0; k < changed.length;) {
      let end = k + 1;
      while (end < changed.length && changed[end]!.c === changed[end - 1]!.c + 1) end++;
      const run = changed.slice(k, end);
      const range = table.sheet.getRange(change.row, run[0]!.c + 1, 1, run.length);
      // Column formats come from set-up and grid growth; a text cell is re-marked '@' only when its new value
      // is one Sheets would otherwise turn into a formula, a number or a date.
      if (run.some((x) => x.format === '@' && typeof x.value === 'string' && PARSED_AS_DATA.test(x.value))) {
        range.setNumberFormats([run.map((x) => x.format || 'General')]);
      }
      range.setValues([run.map((x) => x.value)]);
      cells += run.length;
      k = end;
    }
    // Later writes in this execution compare with what is now in the cells.
    if (read) Object.assign(read.record as object, change.record);
  }
  return cells;
}

/** Opens a tab for appending only: reads the header row and the last row, not the data (append-only logs). */
export function openForAppend<T>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: TabDef, timeZone: string): Table<T> {
  const sheet = findSheet(ss, tab);
  if (!sheet) throw tabMissing(tab);
  const lastRow = sheet.getLastRow();
  const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? [];
  return { tab, sheet, map: mapHeaders(tab, header), rows: [], timeZone, lastRow };
}

/** Fails before any write when a tab an action may need later is missing: nothing is ever half-written. */
export function requireTabs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tabs: readonly TabDef[]): void {
  for (const tab of tabs) if (!findSheet(ss, tab)) throw tabMissing(tab);
}

/** Throws a bilingual "column missing" error naming the first required field the tab's headers lack. */
export function requireColumns(tab: TabDef, map: HeaderMap, required: readonly string[]): void {
  for (const field of required) {
    if (map.index[field] !== undefined) continue;
    const col = tab.columns.find((c) => c.field === field)!;
    throw new UserError(
      'column_missing',
      {
        en: `The ${tab.name} tab has no "${col.en}" column. Run AfterDesk → Set up / repair workbook.`,
        zh: `“${tab.zh}”表缺少“${col.zh}”列。请运行 AfterDesk → 初始化/修复工作簿。`,
      },
      col.field,
    );
  }
}
