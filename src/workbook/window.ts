/**
 * Reading part of a tab: rows from a given row to the last, and the first row of a recent window found by
 * scanning one date column backwards in blocks — so a job's cost follows the rows it needs, not the tab's length.
 */
import type { TabDef } from '../../sheets-templates/schema';
import { decodeCell } from './codec';
import { columnLetter, mapHeaders } from './headers';
import { requireColumns, tabMissing, type Table, type TableRow } from './table';
import { findSheet } from './tabs';

/** Rows of a tab from `fromRow` (≥ 2) to its last row, decoded like readTable; `raw` keeps the cells as read. */
export interface TailTable<T> extends Table<T> {
  readonly fromRow: number;
  readonly raw: unknown[][];
}

export function readHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: TabDef) {
  const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? [];
  return mapHeaders(tab, header);
}

/** Decodes a block of sheet rows (first sheet row `firstRow`) into records with their cell problems. */
export function decodeRows<T>(tab: TabDef, map: ReturnType<typeof mapHeaders>, values: unknown[][], firstRow: number, timeZone: string): TableRow<T>[] {
  const rows: TableRow<T>[] = [];
  values.forEach((line, k) => {
    if (line.every((v) => v === '')) return;
    const record: Record<string, unknown> = {};
    const issues: TableRow<T>['issues'] = [];
    for (const col of tab.columns) {
      const i = map.index[col.field];
      const decoded = decodeCell(col, i === undefined ? '' : line[i], timeZone);
      record[col.field] = decoded.value;
      if (decoded.problem && i !== undefined) issues.push({ row: firstRow + k, column: columnLetter(i), field: col.field, message: decoded.problem });
    }
    rows.push({ row: firstRow + k, record: record as T, issues });
  });
  return rows;
}

export function readTail<T>(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, tab: TabDef, timeZone: string, fromRow: number, required: readonly string[] = []): TailTable<T> {
  const sheet = findSheet(ss, tab);
  if (!sheet) throw tabMissing(tab);
  const map = readHeader(sheet, tab);
  requireColumns(tab, map, required);
  const lastRow = sheet.getLastRow();
  const from = Math.max(2, fromRow);
  const width = Math.max(map.width, 1);
  const raw = lastRow >= from ? (sheet.getRange(from, 1, lastRow - from + 1, width).getValues() as unknown[][]) : [];
  return { tab, sheet, map, rows: decodeRows<T>(tab, map, raw, from, timeZone), timeZone, lastRow, fromRow: from, raw };
}

/**
 * The first row of the window "`field` ≥ cutoff": reads the date column backwards `block` rows at a time from
 * the last row and stops at the first block with no date in the window above one that had some. Rows appended in
 * time order cost about the window's cells of one column plus one block; rows out of order (an export pasted
 * newest first, whose oldest lines are last) are still all found, and the old rows between come along for the
 * caller to filter by date. A tab with no recent date at all is read through (one column).
 */
export function windowStartRow(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: TabDef, field: string, columnIndex: number, lastRow: number, cutoff: number, timeZone: string, block = 2000): number {
  const col = tab.columns.find((c) => c.field === field)!;
  let start = lastRow + 1;
  for (let hi = lastRow; hi >= 2; hi -= block) {
    const lo = Math.max(2, hi - block + 1);
    const cells = sheet.getRange(lo, columnIndex + 1, hi - lo + 1, 1).getValues();
    let recent = false;
    for (let k = 0; k < cells.length; k++) {
      const v = decodeCell(col, cells[k]![0], timeZone).value as number | null;
      if (v !== null && v >= cutoff) {
        recent = true;
        start = Math.min(start, lo + k);
      }
    }
    if (!recent && start <= lastRow) break; // past the recent rows (an old tail below them is read through)
  }
  return start;
}
