/**
 * Growing a tab's grid before an append: Apps Script refuses a range past the last row, and rows inserted after
 * the last one carry neither the column formats, the dropdowns nor the conditional formatting set-up applied.
 * Only the tab's own columns are formatted (a user column may be protected from this account).
 */
import type { TabDef } from '../../sheets-templates/schema';
import { columnFormat } from './codec';

/** Rows added at a time: growing is rare (once per 500 appended rows) and costs about ten calls. */
export const GROW_ROWS = 500;

function runs(cols: number[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  for (const c of [...new Set(cols)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.to === c - 1) last.to = c;
    else out.push({ from: c, to: c });
  }
  return out;
}

/**
 * Makes sure `lastRow` exists, extending formats, validation and conditional formats (the tab's columns exist
 * already: they were read from its header row). One call when the grid is big enough.
 */
export function growFor(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: TabDef, index: Record<string, number>, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow <= max) return;
  const add = Math.max(lastRow - max, GROW_ROWS);
  sheet.insertRowsAfter(max, add);
  const formatOf = new Map<number, string>();
  for (const col of tab.columns) if (index[col.field] !== undefined) formatOf.set(index[col.field]!, columnFormat(col));
  for (const run of runs([...formatOf.keys()])) {
    const n = run.to - run.from + 1;
    const fresh = sheet.getRange(max + 1, run.from + 1, add, n);
    const line = Array.from({ length: n }, (_, k) => formatOf.get(run.from + k) || 'General');
    fresh.setNumberFormats(Array.from({ length: add }, () => line));
    if (max >= 2) {
      // The dropdowns and checkboxes of the first data row, carried down.
      const rules = sheet.getRange(2, run.from + 1, 1, n).getDataValidations()[0] ?? [];
      if (rules.some((r) => r !== null)) fresh.setDataValidations(Array.from({ length: add }, () => rules));
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
