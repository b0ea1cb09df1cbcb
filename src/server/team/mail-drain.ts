/**
 * Sends the Mail Queue as the automation owner: outside the document lock (a script lock keeps two drains
 * apart), each message claimed ("sending") before it goes and marked sent right after, so a run cut short never
 * sends one twice (a message left "sending" is marked failed as interrupted, for a person to re-queue); a bad
 * address marked failed at once, other errors retried three times, nothing sent once the day's quota is spent.
 */
import type { RowOf } from '../../../sheets-templates/schema';
import { MAIL_QUEUE } from '../../workbook/tabs';
import { writeRecords } from '../../workbook/table';
import { readQueue, rememberQueueStart } from '../mail-queue';
import { settingOr } from '../../workbook/settings';
import { openContext, type ActionContext } from '../context';
import { withDocumentLock } from '../lock';
import { isUserError } from '../../core/errors';
import { MAIL_PENDING_PROPERTY, type MailOutcome } from '../mail';
import { automationRecord, isAutomationOwner, writeAutomationStatus } from './automation';
import { ownerNotActive, warnHeld } from './owner-active';

type QueueRow = RowOf<typeof MAIL_QUEUE>;

const MAX_ATTEMPTS = 3;
const INTERRUPTED = '[interrupted] The run sending this message was cut short: it may or may not have gone out. Set Status to queued to send it again. · 发送中断：可能已发出也可能未发出；如需重发，请把状态改回 queued。';
const PERMANENT = /invalid email|no recipient|recipients per message|invalid argument/i;

export interface DrainResult extends MailOutcome {
  failed: number;
  /** False when this account may not send for the shop (not the automation owner). */
  sender: boolean;
}

function recipients(to: string): number {
  return to.split(',').map((s) => s.trim()).filter(Boolean).length;
}

function attemptsOf(error: string): number {
  return Number(/^\[(\d+)\]/.exec(error)?.[1] ?? 0);
}

export function shopIdentity(ctx: ActionContext): { name: string; replyTo: string } {
  const name = settingOr(() => ctx.settings.text('Shop Name'), 'AfterDesk') || 'AfterDesk';
  const replyTo = settingOr(() => ctx.settings.list('Shop Reply-To'), [] as string[])[0] ?? '';
  return { name, replyTo };
}

/** Drains the queue when this execution runs as the automation owner; otherwise reports what waits. */
function openDrainContext(): ActionContext | null {
  try {
    return openContext();
  } catch (e) {
    if (!isUserError(e)) throw e;
    console.warn(`AfterDesk mail: stays queued — ${e.text.en}`);
    return null;
  }
}

export function drainMailQueue(opts: { force?: boolean } = {}): DrainResult {
  const props = PropertiesService.getDocumentProperties();
  const none: DrainResult = { sent: 0, queued: 0, failed: 0, sender: isAutomationOwner() };
  if (!none.sender) return none;
  if (!opts.force && !props.getProperty(MAIL_PENDING_PROPERTY)) return none;
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(1000)) return none; // another drain is sending right now
  try {
    // A workbook the drain cannot read (a Settings value typed wrong, a tab deleted) keeps the mail queued: the
    // 5-minute trigger must not fail every run, and the next save or set-up says what to fix.
    const ctx = openDrainContext();
    if (!ctx) return none;
    // Read from the first row that may still be queued, never the whole tab (mail-queue.ts).
    const table = readQueue(ctx);
    // A trigger owner deactivated or removed from Agents sends nothing: the queue holds the mail (owner-active.ts).
    const record = automationRecord();
    const why = record ? ownerNotActive(ctx, record.owner) : null;
    if (record && why) {
      const held = table.rows.filter((r) => r.record.status === 'queued').length;
      warnHeld(ctx, record, why, held);
      return { ...none, queued: held, sender: false };
    }
    if (record && settingOr(() => ctx.settings.text('Automation'), '').startsWith('⚠')) {
      withDocumentLock(() => writeAutomationStatus(ctx.ss, record, ctx.timeZone));
    }
    const stillQueued: number[] = [];
    const { name, replyTo } = shopIdentity(ctx);
    const out: DrainResult = { ...none };
    let quotaLeft = MailApp.getRemainingDailyQuota();
    let waiting = 0;
    const mark = (row: number, patch: Partial<QueueRow>) => withDocumentLock(() => writeRecords(table, [{ row, record: patch }], ctx.makeDate));
    for (const r of table.rows) {
      const m = r.record;
      if (m.status === 'sending') {
        // Claimed by a run that was cut short: it may have gone out. Never sent twice; flagged for a person.
        mark(r.row, { status: 'failed', error: INTERRUPTED });
        out.failed++;
        continue;
      }
      if (m.status !== 'queued') continue;
      if ((m.notBefore !== null && m.notBefore > ctx.now) || quotaLeft < recipients(m.to)) {
        waiting++;
        stillQueued.push(r.row);
        continue;
      }
      // Claimed before it goes: a run cut short between the send and the "sent" mark never sends it again.
      try {
        mark(r.row, { status: 'sending' });
      } catch (e) {
        try {
          // The claim may have landed: put the message back (compared with "sending", so it is written).
          (r.record as QueueRow).status = 'sending';
          mark(r.row, { status: 'queued' });
        } catch {
          // left 'sending': the next drain flags it
        }
        throw e;
      }
      let patch: Partial<QueueRow>;
      try {
        MailApp.sendEmail({ to: m.to, subject: m.subject, body: m.body, ...(m.htmlBody ? { htmlBody: m.htmlBody } : {}), name, ...(replyTo ? { replyTo } : {}) });
        quotaLeft -= recipients(m.to);
        out.sent++;
        patch = { status: 'sent', sentAt: ctx.now, error: '' };
      } catch (e) {
        const message = String(e instanceof Error ? e.message : e).slice(0, 300);
        const attempts = attemptsOf(m.error) + 1;
        const failed = PERMANENT.test(message) || attempts >= MAX_ATTEMPTS;
        if (failed) out.failed++;
        else {
          waiting++;
          stillQueued.push(r.row);
        }
        patch = { status: failed ? 'failed' : 'queued', error: `[${attempts}] ${message}` };
      }
      mark(r.row, patch);
    }
    out.queued = waiting;
    rememberQueueStart(table, stillQueued);
    if (waiting === 0) props.deleteProperty(MAIL_PENDING_PROPERTY);
    return out;
  } finally {
    lock.releaseLock();
  }
}
