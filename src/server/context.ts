/** What every action starts from: the bound workbook, its settings and zone, the acting user and the clock. */
import type { IndexRead } from '../workbook/lookup-index';
import { parseSettings, type SettingsValues } from '../workbook/settings';
import { readSmallValues } from '../workbook/lookup';
import { tabMissing } from '../workbook/table';
import { SETTINGS_TAB, findSheet } from '../workbook/tabs';

export interface ActionContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  settings: SettingsValues;
  timeZone: string;
  now: number;
  actor: string;
  /** Creates a Date in this runtime's realm (cells need real Dates). */
  makeDate: (ms: number) => Date;
  /** The Lookup Index's state cell as the save journal's check read it, for the index to open without a re-read. */
  lookupRead?: IndexRead | null;
}

export function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || 'unknown';
  } catch {
    return 'unknown';
  }
}

export function openContext(): ActionContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const now = Date.now();
  // Settings is small: read in blocks of rows, without a size look-up (a backend call).
  const sheet = findSheet(ss, SETTINGS_TAB);
  if (!sheet) throw tabMissing(SETTINGS_TAB);
  const settings = parseSettings(readSmallValues(sheet), {
    year: new Date(now).getUTCFullYear(),
    spreadsheetTimeZone: ss.getSpreadsheetTimeZone(),
  });
  // One zone: Sheets shows and parses dates in the spreadsheet's zone, so a Settings zone edited since set-up is
  // applied to the spreadsheet before anything is read in it or written (DATA.md).
  if (settings.timeZone !== ss.getSpreadsheetTimeZone()) ss.setSpreadsheetTimeZone(settings.timeZone);
  return { ss, settings, timeZone: settings.timeZone, now, actor: currentUser(), makeDate: (ms) => new Date(ms) };
}
