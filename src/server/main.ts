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
import { analyseText, analyzeMessage, kbSearch, kbUse, promoteToKb } from './knowledge';
import { analyseTexts } from './learning/batch';
import { learnShopWords } from './learning/shop-words';
import { periodKpis, refreshDashboard } from './dashboard';
import { openContext, type ActionContext } from './context';
import { defaultPeriod } from '../core/kpi/compute';
import { refreshSlaStates } from './sla-refresh';
import { withDocumentLock } from './lock';
import { weeklyTrigger } from './triggers';
import { drainMailQueue } from './team/mail-drain';
import { automationRecord, installAutomation, isAutomationOwner } from './team/automation';
import { requireScopes } from './team/scopes';
import { runHourly } from './hourly/run';
import { UserError } from '../core/errors';
import { updateOutreach } from './outreach';
import { textArg } from './args';

export * from './main-surveys';
export * from './main-alerts';
export * from './review/entry';
export * from './staffing/main';
import { staffingTriggers } from './staffing/triggers';
import { importReturns } from './marketplace/returns-import';
export * from './main-scale';
import { rebuildLookupIndex } from './flat/rebuild';

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
export function apiSetup_() {
  return asApi('setup', runSetup);
}

export function apiBootstrap() {
  return asApi('bootstrap', bootstrap);
}

export function apiMyQueue_() {
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
  return asApi('decideApproval', () => decideApproval(approvalId, decision, comment));
}

export function apiImportOrders(csvText: string) {
  return asApi('importOrders', () => importOrders(csvText));
}

export function apiDetectIntent_(text: string) {
  return asApi('detectIntent', () => {
    let ctx: ActionContext | null = null;
    try {
      ctx = openContext();
    } catch {
      ctx = null; // no workbook set up: the built-in keyword table alone
    }
    const r = analyseText(ctx, text);
    return { intent: r.intent, intents: r.intents, language: r.language, negated: r.negated, priority: r.priority, truncated: r.truncated };
  });
}

/** Learns the shop's words from the tickets added since the last run (the hourly job does this too). */
export function apiLearnShopWords_() {
  return asApi('learnShopWords', () => learnShopWords(openContext()));
}

/** Detects many messages in one call (the CLI's `intent --batch`): the matcher and learned words are read once. */
export function apiDetectIntents_(texts: string[]) {
  return asApi('detectIntents', () => {
    let ctx: ActionContext | null = null;
    try {
      ctx = openContext();
    } catch {
      ctx = null;
    }
    return analyseTexts(ctx, Array.isArray(texts) ? texts.map((t) => textArg(t, 'text')) : []).map((r) => ({ intent: r.intent, intents: r.intents, language: r.language, negated: r.negated, priority: r.priority, truncated: r.truncated }));
  });
}

export function apiAnalyzeMessage(text: string, context: Parameters<typeof analyzeMessage>[1]) {
  return asApi('analyzeMessage', () => analyzeMessage(text, context ?? {}));
}

export function apiKbSearch(query: string, opts: Parameters<typeof kbSearch>[1]) {
  return asApi('kbSearch', () => kbSearch(query, opts ?? {}));
}

export function apiKbUse(articleId: string) {
  return asApi('kbUse', () => kbUse(articleId));
}

export function apiPromoteToKb(ticketId: string) {
  return asApi('promoteToKb', () => promoteToKb(ticketId), ticketId);
}

// ── KPIs, Dashboard and the hourly job ──────────────────────────────────────────────────────────────────────
const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

export function apiKpi_(input: { from?: string | null; to?: string | null; asOf?: string | null }) {
  return asApi('kpi', () => {
    const ctx = openContext();
    const period = defaultPeriod(ctx.now, ctx.timeZone, 28);
    const from = textArg(input?.from, 'from') || period.from;
    const to = textArg(input?.to, 'to') || period.to;
    for (const [name, v] of [['from', from], ['to', to]] as const) {
      if (!DAY_KEY.test(v)) throw new UserError('period_invalid', { en: `--${name} must be a date YYYY-MM-DD, got "${v}".`, zh: `${name} 必须是日期 YYYY-MM-DD，收到“${v}”。` }, name);
    }
    if (from > to) throw new UserError('period_invalid', { en: `The period starts (${from}) after it ends (${to}).`, zh: `统计区间的开始（${from}）晚于结束（${to}）。` }, 'from');
    const asOfText = textArg(input?.asOf, 'asOf');
    const asOf = asOfText ? Date.parse(asOfText) : undefined;
    return periodKpis(ctx, from, to, asOf !== undefined && !isNaN(asOf) ? asOf : undefined);
  });
}

export function apiRefreshDashboard_() {
  return asApi('refreshDashboard', refreshDashboard);
}

export function menuRefreshDashboard(): void {
  toast('Refreshing the dashboard… · 正在刷新看板…', 'AfterDesk', 30);
  const result = asApi('refreshDashboard', refreshDashboard);
  if (!result.ok) return toast(`${result.error.en}\n${result.error.zh}`);
  const r = result.data;
  toast(`Dashboard refreshed: ${r.tickets} tickets in ${(r.ms / 1000).toFixed(1)} s${r.skipped ? `, ${r.skipped} row problem(s) listed` : ''}. · 看板已刷新。`);
}

export function apiRefreshSla_() {
  return asApi('refreshSla', () => withDocumentLock(() => ({ changed: refreshSlaStates(openContext()) })));
}

/**
 * Installable hourly trigger: SLA states, the Dashboard, the alert check, then the mail queue. A trigger left in
 * the account of someone who is no longer the automation owner does nothing (team/automation.ts).
 */
export function onHourly(): void {
  if (!isAutomationOwner()) return console.warn(`AfterDesk hourly: not run — triggers belong to ${automationRecord()?.owner}`);
  // One read of the recent window feeds SLA states, the Dashboard, the alert check and the daily aggregates.
  const r = asApi('hourly', runHourly);
  if (!r.ok) console.warn(`AfterDesk hourly: ${r.error.en}`);
  // The shop's own words, learned from the tickets added since the last run (reads only those rows).
  const learned = asApi('learnShopWordsHourly', () => learnShopWords(openContext()));
  if (!learned.ok) console.warn(`AfterDesk hourly learnShopWords: ${learned.error.en}`);
  drainMailQueue({ force: true });
}

/** Installable every-5-minutes trigger: sends queued mail as the automation owner (a property read when empty). */
export function onMailQueue(): void {
  if (!isAutomationOwner()) return;
  drainMailQueue();
}

function installTriggers(opts: { takeOver?: boolean } = {}) {
  requireScopes(['triggers'], { en: 'Installing the triggers', zh: '安装定时任务' });
  return withDocumentLock(() => {
    const ctx = openContext();
    // Beside the hourly job, survey answers and mail: the Monday review (09:00) and the staffing refreshes.
    const extra = [weeklyTrigger('onWeeklyReview', ScriptApp.WeekDay.MONDAY, 9, ctx.timeZone), ...staffingTriggers()];
    return installAutomation(ctx.ss, ctx.now, ctx.timeZone, { ...opts, extra });
  });
}

/** An owner takes the triggers over from an account that left (its own triggers then stand idle). */
export function apiTakeOverTriggers_() {
  return asApi('takeOverTriggers', () => installTriggers({ takeOver: true }));
}

export function menuTakeOverTriggers(): void {
  const result = asApi('takeOverTriggers', () => installTriggers({ takeOver: true }));
  if (!result.ok) return toast(`${result.error.en}\n${result.error.zh}`);
  toast(`Triggers now run as ${result.data.owner} · 定时任务现由 ${result.data.owner} 运行。`);
}

export function apiInstallTriggers_() {
  return asApi('installTriggers', () => installTriggers());
}

export function menuInstallTriggers(): void {
  const result = asApi('installTriggers', () => installTriggers());
  if (!result.ok) return toast(`${result.error.en}\n${result.error.zh}`);
  toast(`Triggers · 定时任务 (${result.data.owner}): ${result.data.created.length} created, ${result.data.existing.length} already installed.`);
}

export function apiUpdateOutreach(row: number, status: string) {
  return asApi('updateOutreach', () => updateOutreach(row, status));
}

// ── Marketplace return requests (Shopee Return/Refund export) ───────────────────────────────────────────────
export function apiImportReturns(csvText: string) {
  return asApi('importReturns', () => importReturns(csvText));
}

// ── Lookup Index (issue 11): lets saves and views read only the rows they need ─────────────────────────────
export function apiRebuildLookupIndex_() {
  return asApi('rebuildLookupIndex', () => rebuildLookupIndex());
}
