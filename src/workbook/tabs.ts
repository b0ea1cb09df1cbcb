/** Every tab of the workbook, in the order set-up creates them. */
import type { TabDef } from '../../sheets-templates/schema';
import { TICKETS } from '../../sheets-templates/tickets';
import { ORDERS } from '../../sheets-templates/orders';
import { FORECAST, STAFFING } from '../../sheets-templates/staffing';
import {
  AGENTS, ALERTS, APPROVALS, CALLBACKS, DASHBOARD, EVENTS, INTENTS, KNOWLEDGE_BASE, OUTREACH, REPLIES,
  SETTINGS_TAB, SOP, SURVEY_RESPONSES, MAIL_QUEUE,
} from '../../sheets-templates/tabs';
import { ACTIONS, REVIEW } from '../../sheets-templates/review';
import { ARCHIVE, DAILY_STATS } from '../../sheets-templates/scale';

export const ALL_TABS: readonly TabDef[] = [
  DASHBOARD, TICKETS, ORDERS, SETTINGS_TAB, AGENTS, REPLIES, INTENTS, SOP, KNOWLEDGE_BASE, ALERTS, OUTREACH,
  APPROVALS, CALLBACKS, SURVEY_RESPONSES, EVENTS, MAIL_QUEUE, REVIEW, ACTIONS,
  FORECAST, STAFFING,
  ARCHIVE, DAILY_STATS,
];

export {
  TICKETS, ORDERS, SETTINGS_TAB, AGENTS, REPLIES, INTENTS, SOP, KNOWLEDGE_BASE, ALERTS, OUTREACH, APPROVALS,
  CALLBACKS, SURVEY_RESPONSES, EVENTS, DASHBOARD, MAIL_QUEUE, REVIEW, ACTIONS,
};
export { FORECAST, STAFFING };
export { ARCHIVE, DAILY_STATS };

/** Finds a tab by its English or Chinese name (case- and space-insensitive). */
export function findSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  tab: TabDef,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const exact = ss.getSheetByName(tab.name) ?? ss.getSheetByName(tab.zh);
  if (exact) return exact;
  const want = [squash(tab.name), squash(tab.zh)];
  for (const sheet of ss.getSheets()) if (want.includes(squash(sheet.getName()))) return sheet;
  return null;
}

function squash(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
