/**
 * Growing a tab's grid before an append: Apps Script refuses a range past the last row, and rows inserted after
 * the last one carry neither the column formats, the dropdowns nor the conditional formatting set-up applied.
 */
import type { TabDef } from '../../sheets-templates/schema';
import { columnFormat } from './codec';

/** Rows added at a time: growing is rare, and each growth costs a few calls per column. */
export const GROW_ROWS = 500;

/** Makes sure `lastRow` exists (and `width` columns), extending formats, validation and conditional formats. */
export function growFor(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: TabDef, index: Record<string, number>, lastRow: number, width: number): void {
  const maxCols = sheet.getMaxColumns();
  if (width > maxCols) sheet.insertColumnsAfter(maxCols, width - maxCols);
  const max = sheet.getMaxRows();
  if (lastRow <= max) return;
  const add = Math.max(lastRow - max, GROW_ROWS);
  sheet.insertRowsAfter(max, add);
  for (const col of tab.columns) {
    const i = index[col.field];
    if (i === undefined) continue;
    const fresh = sheet.getRange(max + 1, i + 1, add, 1);
    const fmt = columnFormat(col);
    if (fmt) fresh.setNumberFormat(fmt);
    if ((col.type === 'enum' || col.type === 'boolean') && max >= 2) {
      const rule = sheet.getRange(2, i + 1).getDataValidation();
      if (rule) fresh.setDataValidation(rule);
    }
  }
  const rules = sheet.getConditionalFormatRules();
  let extended = false;
  const next = rules.map((rule) => {
    const ranges = rule.getRanges();
    if (!ranges.some((r) => r.getLastRow() === max)) return rule;
    extended = true;
    return rule.copy()
      .setRanges(ranges.map((r) => (r.getLastRow() === max ? sheet.getRange(r.getRow(), r.getColumn(), r.getNumRows() + add, r.getNumColumns()) : r)))
      .build();
  });
  if (extended) sheet.setConditionalFormatRules(next);
}
