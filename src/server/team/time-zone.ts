/**
 * One time zone: Sheets shows and parses date cells in the spreadsheet's own zone, so the Settings "Time Zone",
 * when filled, is applied to the spreadsheet; when empty, it is filled with the spreadsheet's zone.
 */
import { isValidTimeZone } from '../../core/time';
import { SETTINGS_TAB, findSheet } from '../../workbook/tabs';
import { normaliseHeader } from '../../workbook/headers';

function settingsRow(sheet: GoogleAppsScript.Spreadsheet.Sheet): { row: number; value: string } | null {
  const values = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 1), 2).getValues();
  const i = values.findIndex((r) => ['timezone', '时区'].includes(normaliseHeader(r[0])));
  return i < 1 ? null : { row: i + 1, value: String(values[i]![1] ?? '').trim() };
}

/** Makes the two zones one; returns the repair done (null when they already agree). */
export function alignTimeZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { en: string; zh: string } | null {
  const sheet = findSheet(ss, SETTINGS_TAB);
  if (!sheet) return null;
  const cell = settingsRow(sheet);
  if (!cell) return null;
  const sheetZone = ss.getSpreadsheetTimeZone();
  if (!cell.value) {
    sheet.getRange(cell.row, 2).setNumberFormat('@').setValue(sheetZone);
    return { en: `Settings: Time Zone set to the spreadsheet's zone ${sheetZone}`, zh: `设置：时区已设为表格自身时区 ${sheetZone}` };
  }
  if (cell.value === sheetZone || !isValidTimeZone(cell.value)) return null;
  ss.setSpreadsheetTimeZone(cell.value);
  return {
    en: `Spreadsheet time zone changed from ${sheetZone} to ${cell.value} (Settings → Time Zone), so dates show and parse in one zone`,
    zh: `表格时区已从 ${sheetZone} 改为 ${cell.value}（设置 → 时区），日期的显示与解析使用同一时区`,
  };
}
