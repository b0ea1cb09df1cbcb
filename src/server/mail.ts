/**
 * Outgoing mail through MailApp (script.send_mail scope). A message that cannot go now — quota used up, quiet
 * hours, a send error — is kept in the Mail Queue tab and sent by a later run: nothing is lost.
 */
import type { RowOf } from '../../sheets-templates/schema';
import { MAIL_QUEUE } from '../workbook/tabs';
import { appendRecords, writeRecords } from '../workbook/table';
import { readQueue, rememberQueueStart } from './mail-queue';
import type { ActionContext } from './context';

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  kind: string;
  /** Do not send before this instant (quiet hours). */
  notBefore?: number;
}

type QueueRow = RowOf<typeof MAIL_QUEUE>;

function recipients(to: string): number {
  return to.split(',').map((s) => s.trim()).filter(Boolean).length;
}

function trySend(mail: OutgoingMail): boolean {
  if (MailApp.getRemainingDailyQuota() < recipients(mail.to)) return false;
  try {
    MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody, name: 'AfterDesk' });
    return true;
  } catch (e) {
    console.warn(`AfterDesk mail "${mail.subject}" to ${mail.to} queued after error: ${String(e)}`);
    return false;
  }
}

export interface MailOutcome {
  sent: number;
  queued: number;
}

/**
 * Sends what the queue holds (oldest first) and then the new messages, queueing whatever cannot go. One read and
 * at most one append and one block write of the queue tab.
 */
export function deliver(ctx: ActionContext, mails: OutgoingMail[]): MailOutcome {
  const table = readQueue(ctx);
  const stillQueued: number[] = [];
  const outcome: MailOutcome = { sent: 0, queued: 0 };
  const changes: { row: number; record: Partial<QueueRow> }[] = [];
  for (const r of table.rows) {
    if (r.record.status !== 'queued') continue;
    if (r.record.notBefore !== null && r.record.notBefore > ctx.now) {
      outcome.queued++;
      stillQueued.push(r.row);
      continue;
    }
    const mail = { to: r.record.to, subject: r.record.subject, body: r.record.body, htmlBody: r.record.htmlBody || undefined, kind: r.record.kind };
    if (trySend(mail)) {
      outcome.sent++;
      changes.push({ row: r.row, record: { status: 'sent', sentAt: ctx.now } });
    } else {
      outcome.queued++;
      stillQueued.push(r.row);
    }
  }
  const fresh: Partial<QueueRow>[] = [];
  mails.forEach((m, i) => {
    const held = m.notBefore !== undefined && m.notBefore > ctx.now;
    if (!held && trySend(m)) {
      outcome.sent++;
      return;
    }
    outcome.queued++;
    fresh.push({
      mailId: `M-${ctx.now}-${i}`,
      queuedAt: ctx.now,
      notBefore: m.notBefore ?? null,
      to: m.to,
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody ?? '',
      status: 'queued',
      sentAt: null,
      kind: m.kind,
    });
  });
  writeRecords(table, changes, ctx.makeDate);
  const at = appendRecords(table, fresh, ctx.makeDate);
  if (fresh.length) stillQueued.push(at);
  rememberQueueStart(table, stillQueued);
  return outcome;
}

/** HTML-escapes text for e-mails: customer words are data, never markup. */
export function escapeHtml(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
