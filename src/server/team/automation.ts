/**
 * One set of project triggers for the whole team. Apps Script lists to each account only its own triggers, so
 * the account that installed them is recorded in Document Properties: nobody else installs a second set, a
 * trigger fired for anyone else does nothing, and the Settings "Automation" row shows who runs them.
 */
import { UserError } from '../../core/errors';
import { toLocalIso } from '../../core/time';
import { SETTINGS_TAB, findSheet } from '../../workbook/tabs';
import { normaliseHeader } from '../../workbook/headers';
import { ensureTriggers, type TriggerReport } from '../triggers';

export const AUTOMATION_PROPERTY = 'AFTERDESK_AUTOMATION';
export const HOURLY_HANDLER = 'onHourly';
export const SUBMIT_HANDLER = 'onSurveySubmit';
export const MAIL_HANDLER = 'onMailQueue';
/** The mail queue is drained by the trigger owner this often (a run with nothing queued reads one property). */
export const MAIL_EVERY_MINUTES = 5;

export interface AutomationRecord {
  owner: string;
  since: number;
  handlers: string[];
}

/** The account the code runs as ('' when it cannot be known). */
export function effectiveUser(): string {
  try {
    return Session.getEffectiveUser().getEmail().trim().toLowerCase();
  } catch {
    return '';
  }
}

export function automationRecord(): AutomationRecord | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(AUTOMATION_PROPERTY);
  if (!raw) return null;
  try {
    const r = JSON.parse(raw) as AutomationRecord;
    return r && typeof r.owner === 'string' && r.owner ? r : null;
  } catch {
    return null;
  }
}

/** True when this execution runs as the automation owner (or no owner was recorded yet: older workbooks). */
export function isAutomationOwner(record: AutomationRecord | null = automationRecord()): boolean {
  return record === null || record.owner === effectiveUser();
}

export function triggersOwnedBy(owner: string): UserError {
  return new UserError('triggers_owned', {
    en: `AfterDesk's triggers (hourly job, survey answers, mail) run as ${owner}. Only ${owner} can install or repair them, so the team keeps one set. If ${owner} has left the shop, an owner can take them over: AfterDesk → Take over triggers.`,
    zh: `AfterDesk 的定时任务（每小时任务、问卷回复、邮件）以 ${owner} 的账号运行。只有 ${owner} 可以安装或修复，团队只保留一套。如果 ${owner} 已离开店铺，店主可以接管：AfterDesk → 接管定时任务。`,
  });
}

/** The full set, created for the calling account. */
export function projectTriggerSpecs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): { handler: string; create: () => void }[] {
  return [
    { handler: HOURLY_HANDLER, create: () => ScriptApp.newTrigger(HOURLY_HANDLER).timeBased().everyHours(1).create() },
    { handler: SUBMIT_HANDLER, create: () => ScriptApp.newTrigger(SUBMIT_HANDLER).forSpreadsheet(ss).onFormSubmit().create() },
    { handler: MAIL_HANDLER, create: () => ScriptApp.newTrigger(MAIL_HANDLER).timeBased().everyMinutes(MAIL_EVERY_MINUTES).create() },
  ];
}

export interface AutomationReport extends TriggerReport {
  owner: string;
}

/**
 * Installs the missing project triggers for the caller, who becomes (or stays) their owner. Refused with a
 * message naming the owner when another account holds them, unless `takeOver` (an owner replacing one who left).
 */
export function installAutomation(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: number,
  timeZone: string,
  opts: { takeOver?: boolean; extra?: { handler: string; create: () => void }[] } = {},
): AutomationReport {
  const me = effectiveUser();
  const record = automationRecord();
  if (record && record.owner !== me && !opts.takeOver) throw triggersOwnedBy(record.owner);
  const specs = [...projectTriggerSpecs(ss), ...(opts.extra ?? [])];
  const report = ensureTriggers(specs);
  const next: AutomationRecord = { owner: me, since: record && record.owner === me ? record.since : now, handlers: specs.map((s) => s.handler) };
  PropertiesService.getDocumentProperties().setProperty(AUTOMATION_PROPERTY, JSON.stringify(next));
  writeAutomationStatus(ss, next, timeZone);
  return { ...report, owner: me };
}

/** The Settings "Automation" value: who runs the triggers and since when (the row is added by set-up). */
export function writeAutomationStatus(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: AutomationRecord, timeZone: string): void {
  const sheet = findSheet(ss, SETTINGS_TAB);
  if (!sheet) return;
  const keys = sheet.getRange(1, 1, Math.max(sheet.getLastRow(), 1), 1).getValues();
  const row = keys.findIndex((r) => ['automation', '自动任务'].includes(normaliseHeader(r[0])));
  if (row < 1) return;
  const since = toLocalIso(timeZone, record.since).slice(0, 16).replace('T', ' ');
  const text = `${record.owner} · hourly job, survey answers, mail every ${MAIL_EVERY_MINUTES} min · since ${since} · 定时任务由此账号运行`;
  sheet.getRange(row + 1, 2).setNumberFormat('@').setValue(text);
}
