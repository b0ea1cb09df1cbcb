/** Call-backs for low survey scores: a task for a lead, due one business day later, mailed, and closed with an outcome. */
import type { RowOf } from '../../sheets-templates/schema';
import { addBusinessHours } from '../core/calendar';
import { UserError } from '../core/errors';
import type { Ticket } from '../core/records';
import type { CallbackDto } from '../shared/dto';
import { chooseCallbackOwner } from '../core/survey';
import { toLocalIso } from '../core/time';
import { CALLBACKS } from '../workbook/tabs';
import { appendRecords, readTable, writeRecords } from '../workbook/table';
import { openContext, type ActionContext } from './context';
import { appendEvents, type Desk } from './desk';
import { iso } from './dto-map';
import { withDocumentLock } from './lock';
import { escapeHtml, type OutgoingMail } from './mail';
import { surveySettings } from './survey-settings';
import { forTeam } from '../core/privacy/contacts';
import { teamContactPolicy } from './privacy/settings';
import { textArg } from './args';
import { cutText } from '../core/text';

export type CallbackRow = RowOf<typeof CALLBACKS>;

/** The sidebar's view of a call-back (the same shape My queue shows). */
export function callbackDto(c: CallbackRow): CallbackDto {
  return { callbackId: c.callbackId, ticketId: c.ticketId, dueAt: iso(c.dueAt), csat: c.csat, comment: c.comment, status: c.status };
}

/** Appends the call-back row and returns the mail for its owner (sent by the caller with the response's other mail). */
export function createCallback(desk: Desk, ticket: Ticket, score: number, comment: string): { row: CallbackRow; mail: OutgoingMail | null } {
  const { ctx, policies } = desk;
  const table = readTable<CallbackRow>(ctx.ss, CALLBACKS, ctx.timeZone);
  const seq = table.rows.reduce((m, r) => Math.max(m, Number(/(\d+)$/.exec(r.record.callbackId)?.[1] ?? 0)), 0) + 1;
  const open = new Map<string, number>();
  for (const r of table.rows) {
    if (r.record.status === 'done') continue;
    const who = r.record.owner.trim().toLowerCase();
    open.set(who, (open.get(who) ?? 0) + 1);
  }
  const settings = surveySettings(ctx.settings);
  const row: CallbackRow = {
    callbackId: `C-${String(seq).padStart(5, '0')}`,
    ticketId: ticket.ticketId,
    createdAt: ctx.now,
    dueAt: addBusinessHours(policies.calendar, ctx.now, settings.callbackDueBusinessHours),
    owner: chooseCallbackOwner(desk.agents, ticket, open),
    csat: score,
    comment,
    status: 'open',
    outcome: '',
    doneAt: null,
  };
  appendRecords(table, [row], ctx.makeDate);
  // No lead in the Agents tab: the alert recipients hear of it instead, so the unhappy customer is not forgotten.
  const to = row.owner || settings.alertRecipients.join(', ');
  return { row, mail: to ? callbackMail(ctx, ticket, row, to) : null };
}

function callbackMail(ctx: ActionContext, ticket: Ticket, row: CallbackRow, to: string): OutgoingMail {
  const due = toLocalIso(ctx.timeZone, row.dueAt!).slice(0, 16).replace('T', ' ');
  // A task for the team: the customer's contact data is masked unless Settings shows it (open the ticket for it).
  const contacts = teamContactPolicy(ctx.settings);
  const who = forTeam(ticket.customerName || ticket.customerId || ticket.email || '—', contacts);
  const contact = [forTeam(ticket.email, contacts), ticket.channel ?? '', ticket.orderId ? `order ${ticket.orderId}` : ''].filter(Boolean).join(' · ');
  const comment = forTeam(row.comment, contacts);
  const where = contacts.show ? '' : ' (masked: open the ticket in the sidebar · 已隐去：请在侧边栏打开工单查看)';
  return {
    kind: 'callback',
    to,
    subject: `[AfterDesk] Call back needed · 需回访: ${ticket.ticketId} (CSAT ${row.csat})`,
    body: `${row.callbackId}: ${who} scored ${ticket.ticketId} ${row.csat}/5. Call them back before ${due}.\n`
      + `Comment · 评价: ${comment || '—'}\nContact · 联系方式: ${contact || '—'}${where}\n`
      + `客户 ${who} 对工单 ${ticket.ticketId} 评分 ${row.csat}/5，请在 ${due} 前回访，并在侧边栏记录回访结果。`,
    htmlBody: `<div style="font-family:Arial,sans-serif;max-width:560px"><h2 style="font-size:18px">Call back needed · 需回访</h2>`
      + `<p><b>${escapeHtml(who)}</b> scored ticket <b>${escapeHtml(ticket.ticketId)}</b> <b>${row.csat}/5</b>. Please call back before <b>${escapeHtml(due)}</b>.</p>`
      + `<p>Comment · 评价:<br><i>${escapeHtml(comment || '—')}</i></p>`
      + `<p>Contact · 联系方式: ${escapeHtml(contact || '—')}${escapeHtml(where)}<br>Reason · 原因: ${escapeHtml(ticket.reason ?? '')}<br>Handled by · 处理人: ${escapeHtml(ticket.assignee || '—')}</p>`
      + `<p>Record the outcome in the AfterDesk sidebar → My queue (${escapeHtml(row.callbackId)}). · 请在侧边栏“我的队列”中记录回访结果。</p></div>`,
  };
}

/** Marks a call-back done with what came of it; a call-back is completed once. */
export function completeCallback(rawId: string, outcome: string): CallbackDto {
  const callbackId = textArg(rawId, 'callbackId');
  const text = cutText(textArg(outcome, 'outcome').trim(), 5000);
  if (!text) {
    throw new UserError('callback_outcome_missing', { en: 'Write what came of the call-back before marking it done.', zh: '请先填写回访结果再标记完成。' }, 'outcome');
  }
  return withDocumentLock(() => {
    const ctx = openContext();
    const table = readTable<CallbackRow>(ctx.ss, CALLBACKS, ctx.timeZone);
    const id = String(callbackId ?? '').trim().toUpperCase();
    const hit = table.rows.find((r) => r.record.callbackId.trim().toUpperCase() === id);
    if (!hit) throw new UserError('callback_unknown', { en: `No call-back ${id.slice(0, 20)}.`, zh: `没有回访任务 ${id.slice(0, 20)}。` }, 'callbackId');
    if (hit.record.status === 'done') {
      throw new UserError('callback_done', { en: `${hit.record.callbackId} was already completed.`, zh: `${hit.record.callbackId} 已完成。` });
    }
    const done: CallbackRow = { ...hit.record, status: 'done', outcome: text, doneAt: ctx.now };
    writeRecords(table, [{ row: hit.row, record: { status: done.status, outcome: done.outcome, doneAt: done.doneAt } }], ctx.makeDate);
    appendEvents(ctx, [{ at: ctx.now, ticketId: done.ticketId, actor: ctx.actor, field: 'callback', from: 'open', to: `${done.callbackId} done` }]);
    return callbackDto(done);
  });
}
