/**
 * The only file that exposes globals: every function exported here becomes a top-level function of
 * dist/Code.js (menu actions, triggers, sidebar API). Nothing else in the bundle is reachable from outside.
 */
import type { CaseInput, TicketUpdateInput } from '../shared/dto';
import { asApi } from './api';
import { decideApproval } from './approvals';
import { logCase, updateTicket } from './cases';
import { buildMenu } from './menu';
import { importOrders } from './orders';
import { runSetup } from './setup-action';
import { bootstrap, caseContext, getTicket, myQueue } from './views';

// ── Simple triggers and menu actions ────────────────────────────────────────────────────────────────────────
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function onInstall(): void {
  onOpen();
}

function toast(message: string, title = 'AfterDesk', seconds = 8): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title, seconds);
}

export function menuSetup(): void {
  const result = asApi('setup', runSetup);
  if (!result.ok) return toast(`${result.error.en}\n${result.error.zh}`);
  const repairs = result.data.actions.filter((a) => !a.en.startsWith('Created tab'));
  toast(
    result.data.created.length || repairs.length
      ? `Created ${result.data.created.length} tab(s), ${repairs.length} repair(s). ${repairs.map((a) => a.en).join('; ')}`
      : 'Workbook is in order. · 工作簿完好。',
    'AfterDesk set-up · 初始化',
    10,
  );
}

export function menuOpenSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('AfterDesk');
  SpreadsheetApp.getUi().showSidebar(html);
}

// ── Sidebar and CLI API: each returns an ApiResult envelope ─────────────────────────────────────────────────
export function apiSetup() {
  return asApi('setup', runSetup);
}

export function apiBootstrap() {
  return asApi('bootstrap', bootstrap);
}

export function apiMyQueue() {
  return asApi('myQueue', myQueue);
}

export function apiCaseContext(input: Parameters<typeof caseContext>[0]) {
  return asApi('caseContext', () => caseContext(input));
}

export function apiLogCase(input: CaseInput) {
  return asApi('logCase', () => logCase(input));
}

export function apiGetTicket(ticketId: string) {
  return asApi('getTicket', () => getTicket(ticketId), ticketId);
}

export function apiUpdateTicket(ticketId: string, input: TicketUpdateInput) {
  return asApi('updateTicket', () => updateTicket(ticketId, input), ticketId);
}

export function apiDecideApproval(approvalId: string, decision: 'approve' | 'reject', comment: string) {
  return asApi('decideApproval', () => decideApproval(approvalId, decision, String(comment ?? '')));
}

export function apiImportOrders(csvText: string) {
  return asApi('importOrders', () => importOrders(csvText));
}
