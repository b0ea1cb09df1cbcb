/**
 * Reading only some columns of a tab: the header row, then one getValues per wanted column. An action that needs
 * two of the Tickets tab's 38 columns moves 2/38 of the cells readTable would.
 */
import type { TabDef } from '../../sheets-templates/schema';
import { UserError } from '../core/errors';
import { decodeCell } from './codec';
import { mapHeaders } from './headers';
import { findSheet } from './tabs';
import { tabMissing } from './table';

/** The decoded values of `fields`, one array a field, every data row in sheet order (blank rows included). */
export function readColumns<F extends string>(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: TabDef,
  fields: readonly F[],
  timeZone: string,
): { rows: number; values: Record<F, unknown[]> } {
  const sheet = findSheet(ss, tab);
  if (!sheet) throw tabMissing(tab);
  const lastRow = sheet.getLastRow();
  const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] ?? [];
  const map = mapHeaders(tab, header);
  const values = {} as Record<F, unknown[]>;
  for (const field of fields) {
    const col = tab.columns.find((c) => c.field === field);
    const i = map.index[field];
    if (!col || i === undefined) {
      throw new UserError(
        'column_missing',
        {
          en: `The ${tab.name} tab has no "${col?.en ?? field}" column. Run AfterDesk → Set up / repair workbook.`,
          zh: `“${tab.zh}”表缺少“${col?.zh ?? field}”列。请运行 AfterDesk → 初始化/修复工作簿。`,
        },
        field,
      );
    }
    const cells = lastRow > 1 ? (sheet.getRange(2, i + 1, lastRow - 1, 1).getValues() as unknown[][]) : [];
    values[field] = cells.map((r) => decodeCell(col, r[0], timeZone).value);
  }
  return { rows: Math.max(0, lastRow - 1), values };
}
