/**
 * Reading only what an action needs (the read side beside table.ts): a tab's header, its last row found from a
 * hint and checked with one small read, chosen rows by number, small tabs without a size look-up, and
 * TextFinder searches of one column. Every shortcut is verified before use and falls back to the exact way.
 */
import type { TabDef } from '../../sheets-templates/schema';
import { ticketSeq } from '../core/lifecycle-ids';
import { decodeCell } from './codec';
import { columnLetter, mapHeaders, type HeaderMap } from './headers';
import { requireColumns, tabMissing, type RowIssue, type Table, type TableRow } from './table';
import { findSheet } from './tabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Rows read after a believed last row to confirm it (a gap this long ends the data). */
const TRAIL = 8;
/** Rows apart that are still read in one block (cheaper than another call). */
const MERGE_GAP = 4;


/** The header row, read across the sheet's width (grid size is metadata, not a data look-up). */
export function readHeader(sheet: Sheet): unknown[] {
  return (sheet.getRange(1, 1, 1, Math.max(sheet.getMaxColumns(), 1)).getValues()[0] ?? []) as unknown[];
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * The last row with content (within the first `width` columns), from a believed last row: the hint row must
 * hold a value and the rows after it are read forward until TRAIL empty rows end the data. Without a hint, or
 * when the hint row is empty (rows were deleted), asks Sheets (getLastRow, one backend call).
 */
export function lastRowFrom(sheet: Sheet, width: number, hint: number | null | undefined): number {
  const max = sheet.getMaxRows();
  if (hint && hint >= 1 && hint <= max) {
    let from = hint;
    let size = 64;
    for (let round = 0; round < 3; round++) {
      const n = Math.min(size, max - from + 1);
      const filled = (sheet.getRange(from, 1, n, Math.max(width, 1)).getValues() as unknown[][]).map((r) => !r.every(blank));
      if (round === 0 && from > 1 && !filled[0]) break;
      const last = filled.lastIndexOf(true);
      if (last < 0) return from - 1;
      if (filled.length - 1 - last >= TRAIL || from + filled.length - 1 >= max) return from + last;
      from += last;
      size *= 4;
    }
  }
  return sheet.getLastRow();
}

/** A small tab (Settings, Agents) read in blocks of rows as wide as its header, until an empty block. */
export function readSmallValues(sheet: Sheet, block = 60): unknown[][] {
  const head = readHeader(sheet);
  let width = head.length;
  while (width > 1 && blank(head[width - 1])) width--;
  const max = sheet.getMaxRows();
  const out: unknown[][] = [head.slice(0, width)];
  for (let from = 2; from <= max; from += block) {
    const n = Math.min(block, max - from + 1);
    const values = sheet.getRange(from, 1, n, width).getValues() as unknown[][];
    out.push(...values);
    if (values.slice(-TRAIL).every((r) => r.every(blank))) break;
  }
  let end = out.length;
  while (end > 1 && out[end - 1]!.every(blank)) end--;
  return out.slice(0, end);
}

/** A tab opened for reads by row and for writes (table.ts writers): header and verified last row, no data. */
export function openLean<T>(ss: Ss, tab: TabDef, timeZone: string, keyField: string, lastRowHint: number | null | undefined, required: readonly string[] = []): Table<T> {
  const sheet = findSheet(ss, tab);
  if (!sheet) throw tabMissing(tab);
  const map = mapHeaders(tab, readHeader(sheet));
  requireColumns(tab, map, [keyField, ...required]);
  const lastRow = lastRowFrom(sheet, rowWidth(map), lastRowHint);
  return { tab, sheet, map, rows: [], timeZone, lastRow };
}

/** A small tab read whole without a size look-up, decoded like readTable. */
export function readSmallTable<T>(ss: Ss, tab: TabDef, timeZone: string, required: readonly string[] = []): Table<T> {
  const sheet = findSheet(ss, tab);
  if (!sheet) throw tabMissing(tab);
  const values = readSmallValues(sheet);
  const map = mapHeaders(tab, values[0] ?? []);
  requireColumns(tab, map, required);
  const rows: TableRow<T>[] = [];
  for (let r = 1; r < values.length; r++) {
    if (values[r]!.every(blank)) continue;
    rows.push(decodeRow<T>(tab, map, values[r]!, r + 1, timeZone));
  }
  return { tab, sheet, map, rows, timeZone, lastRow: values.length > 1 || (values[0] ?? []).some((v) => !blank(v)) ? values.length : 0 };
}

export function decodeRow<T>(tab: TabDef, map: HeaderMap, line: readonly unknown[], row: number, timeZone: string): TableRow<T> {
  const record: Record<string, unknown> = {};
  const issues: RowIssue[] = [];
  for (const col of tab.columns) {
    const i = map.index[col.field];
    const decoded = decodeCell(col, i === undefined ? '' : line[i], timeZone);
    record[col.field] = decoded.value;
    if (decoded.problem && i !== undefined) issues.push({ row, column: columnLetter(i), field: col.field, message: decoded.problem });
  }
  return { row, record: record as T, issues };
}

function rowWidth(map: HeaderMap): number {
  return Math.max(map.width, ...Object.values(map.index).map((i) => i + 1), 1);
}

/** Reads the given rows (1-based), nearby rows in one block; empty rows are skipped. */
export function readRowsAt<T>(table: Table<T>, rows: readonly number[]): TableRow<T>[] {
  const wanted = [...new Set(rows)].filter((r) => r >= 2 && r <= Math.max(table.lastRow, 1)).sort((a, b) => a - b);
  const width = rowWidth(table.map);
  const out: TableRow<T>[] = [];
  let i = 0;
  while (i < wanted.length) {
    let j = i;
    while (j + 1 < wanted.length && wanted[j + 1]! - wanted[j]! <= MERGE_GAP) j++;
    const first = wanted[i]!;
    const values = table.sheet.getRange(first, 1, wanted[j]! - first + 1, width).getValues() as unknown[][];
    for (let k = i; k <= j; k++) {
      const line = values[wanted[k]! - first]!;
      if (!line.every(blank)) out.push(decodeRow<T>(table.tab, table.map, line, wanted[k]!, table.timeZone));
    }
    i = j + 1;
  }
  return out;
}

/**
 * Rows (1-based) whose cell in `field`'s column equals `text` (whole cell, case-insensitive; or a regular
 * expression), searched with one TextFinder over rows from..to only.
 */
export function findRows(table: Table<unknown>, field: string, text: string, opts: { from?: number; to?: number; regex?: boolean } = {}): number[] {
  const col = table.map.index[field];
  const from = Math.max(opts.from ?? 2, 2);
  const to = Math.min(opts.to ?? table.lastRow, table.lastRow);
  if (col === undefined || !text || to < from) return [];
  const finder = table.sheet.getRange(from, col + 1, to - from + 1, 1).createTextFinder(text).matchEntireCell(true);
  if (opts.regex) finder.useRegularExpression(true);
  return finder.findAll().map((r) => r.getRow());
}

/** The value of one cell of a record row, as text. */
function cellText(table: Table<unknown>, row: number, col: number): string {
  return String(table.sheet.getRange(row, col + 1).getValue() ?? '').trim().toUpperCase();
}

const MAX_ID_CHARS = 100;

/**
 * The row of a ticket by ID without reading the tab: IDs are issued in order and appended, so the row is first
 * guessed (row = sequence number + 1, or counted back from the last row), then searched by halving on the ID
 * column, each probe one cell; a tab sorted otherwise falls back to a TextFinder search. Always verified.
 */
export function findTicketRow(table: Table<unknown>, ticketId: string): number | null {
  const col = table.map.index['ticketId'];
  const id = ticketId.trim().toUpperCase();
  const seq = ticketSeq(id);
  const last = table.lastRow;
  // An ID is a short code (T-000123, or a shop's own): a longer text is no ticket, and is not searched for.
  if (col === undefined || !id || last < 2 || id.length > MAX_ID_CHARS) return null;
  if (seq !== null) {
    const lastSeq = ticketSeq(cellText(table, last, col));
    const guesses = [seq + 1, lastSeq !== null ? last - (lastSeq - seq) : 0].filter((r) => r >= 2 && r <= last);
    for (const g of guesses) if (cellText(table, g, col) === id) return g;
    let lo = 2;
    let hi = last;
    for (let probes = 0; lo <= hi && probes < 24; probes++) {
      const mid = (lo + hi) >> 1;
      const v = cellText(table, mid, col);
      if (v === id) return mid;
      const s = ticketSeq(v);
      if (s === null) break;
      if (s < seq) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  for (const r of findRows(table, 'ticketId', ticketId.trim())) if (cellText(table, r, col) === id) return r;
  return null;
}
