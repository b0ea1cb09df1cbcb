/**
 * Outgoing mail goes through the Mail Queue tab: an action (under its lock) only appends the message, and the
 * automation owner's account sends it — from one identity (display name = Shop Name, Reply-To = Shop Reply-To),
 * outside anyone's document lock, each message marked sent right after it goes (src/server/team/mail-drain.ts).
 */
import type { RowOf } from '../../sheets-templates/schema';
import { MAIL_QUEUE } from '../workbook/tabs';
import { appendRecords, openForAppend } from '../workbook/table';
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

export interface MailOutcome {
  sent: number;
  queued: number;
}

/** Document Property set when the queue holds mail: the frequent drain trigger reads it and nothing else. */
export const MAIL_PENDING_PROPERTY = 'AFTERDESK_MAIL_PENDING';

/** A cell holds 50,000 characters: longer text is cut with a note, an over-long HTML body is left to the text. */
export const CELL_LIMIT = 50_000;
const ROOM = CELL_LIMIT - 200;

export function fitCell(text: string, note: string): string {
  return text.length <= ROOM ? text : `${text.slice(0, ROOM)}\n… ${note}`;
}

let queuedHere = false;

/** True once after an action queued mail (then false): a save that queued none skips the drain's reads. */
export function takeQueuedFlag(): boolean {
  const q = queuedHere;
  queuedHere = false;
  return q;
}

/** Queues the messages (one append, never a send): they go out with the next drain. */
export function deliver(ctx: ActionContext, mails: OutgoingMail[]): MailOutcome {
  if (mails.length === 0) return { sent: 0, queued: 0 };
  queuedHere = true;
  const table = openForAppend<QueueRow>(ctx.ss, MAIL_QUEUE, ctx.timeZone);
  appendRecords(table, mails.map((m, i) => ({
    mailId: `M-${ctx.now}-${table.lastRow + i + 1}`,
    queuedAt: ctx.now,
    notBefore: m.notBefore ?? null,
    to: m.to,
    subject: m.subject.slice(0, 250),
    body: fitCell(m.body, '(cut to fit one cell: see the workbook · 内容过长已截断，请查看工作簿)'),
    htmlBody: (m.htmlBody ?? '').length <= ROOM ? m.htmlBody ?? '' : '',
    status: 'queued',
    sentAt: null,
    kind: m.kind,
    error: '',
  })), ctx.makeDate);
  PropertiesService.getDocumentProperties().setProperty(MAIL_PENDING_PROPERTY, String(ctx.now));
  return { sent: 0, queued: mails.length };
}

export { escapeHtml } from '../core/text';
