/** The Actions tab's conditional format: a row whose Due date has passed while it is not done (or dropped) turns red. */
import { ACTION_STATUSES } from '../../sheets-templates/review';
import { columnLetter } from './headers';



export function overdueFormula(dueCol: number, statusCol: number): string {
  const due = `$${columnLetter(dueCol - 1)}2`;
  const status = `$${columnLetter(statusCol - 1)}2`;
  const closed = ACTION_STATUSES.filter((s) => s.key === 'done' || s.key === 'dropped').flatMap((s) => [s.en, s.zh]);
  return `=AND(${due}<>"",${due}<TODAY(),${closed.map((c) => `${status}<>"${c}"`).join(',')})`;
}

/** Replaces AfterDesk's own overdue rule (found by its formula's shape) and keeps every other rule. */
export function highlightOverdueActions(sheet: GoogleAppsScript.Spreadsheet.Sheet, dueCol: number, statusCol: number, width: number, dataRows: number): void {
  const formula = overdueFormula(dueCol, statusCol);
  const rule = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground('#fce8e6')
    .setFontColor('#a50e0e')
    .setRanges([sheet.getRange(2, 1, dataRows, width)])
    .build();
  const keep = sheet.getConditionalFormatRules().filter((r) => {
    const cond = r.getBooleanCondition();
    const f = cond ? String(cond.getCriteriaValues()[0] ?? '') : '';
    return !(f.includes('<TODAY()') && f.includes('"Done"'));
  });
  sheet.setConditionalFormatRules([...keep, rule]);
}


