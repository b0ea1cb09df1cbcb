/** Compensation above an agent's authority: a pending approval, the approver mailed, and the decision applied. */
import type { RowOf } from '../../sheets-templates/schema';
import { chooseApprover, compensationLimit } from '../core/compensation';
import { UserError } from '../core/errors';
import { applyUpdate } from '../core/lifecycle';
import type { Ticket } from '../core/records';
import type { ApprovalDto } from '../shared/dto';
import { APPROVALS } from '../workbook/tabs';
import { appendRecords, readTable, writeRecords } from '../workbook/table';
import { appendEvents, findTicket, loadDesk, openEventLog, type Desk } from './desk';
import { iso } from './dto-map';
import { withDocumentLock } from './lock';
import { deliver, escapeHtml } from './mail';
import { forTeam } from '../core/privacy/contacts';
import { teamContactPolicy } from './privacy/settings';
import { textArg } from './args';
import { cutText } from '../core/text';

export type ApprovalRow = RowOf<typeof APPROVALS>;

export function approvalDto(a: ApprovalRow): ApprovalDto {
  return {
    approvalId: a.approvalId,
    ticketId: a.ticketId,
    requestedAt: iso(a.requestedAt),
    requestedBy: a.requestedBy,
    amount: a.amount,
    limit: a.limit,
    status: a.status,
  };
}

export function requestApproval(
  desk: Desk,
  ticket: Ticket,
  amount: number,
  limit: number,
  resolution: Ticket['resolution'],
): { approvalId: string; approver: string; limit: number; dto: ApprovalDto } {
  const { ctx } = desk;
  const table = readTable<ApprovalRow>(ctx.ss, APPROVALS, ctx.timeZone);
  // The same request again (Save clicked twice, or retried after an error that came once the request was
  // written): the pending approval it made stands; no second row, no second mail to the approver.
  const same = table.rows.find((r) => r.record.status === 'pending' && r.record.ticketId === ticket.ticketId && r.record.amount === amount);
  if (same) return { approvalId: same.record.approvalId, approver: same.record.approver, limit: same.record.limit ?? limit, dto: approvalDto(same.record) };
  const seq = table.rows.reduce((m, r) => Math.max(m, Number(/(\d+)$/.exec(r.record.approvalId)?.[1] ?? 0)), 0) + 1;
  const approver = chooseApprover(desk.agents, amount, desk.policies.compensation, { exclude: ctx.actor })?.email ?? '';
  const row: ApprovalRow = {
    approvalId: `A-${String(seq).padStart(5, '0')}`,
    ticketId: ticket.ticketId,
    requestedAt: ctx.now,
    requestedBy: ctx.actor,
    amount,
    resolution: resolution ?? '',
    limit,
    approver,
    status: 'pending',
    decidedAt: null,
    decidedBy: '',
    comment: '',
  };
  appendRecords(table, [row], ctx.makeDate);
  if (approver) {
    const cur = desk.policies.currency;
    const contacts = teamContactPolicy(ctx.settings);
    deliver(ctx, [{
      kind: 'approval',
      to: approver,
      subject: `[AfterDesk] Approval needed · 待审批: ${ticket.ticketId} ${cur} ${amount}`,
      body: `${ctx.actor} asks to grant ${cur} ${amount} on ${ticket.ticketId} (limit ${limit}). Open the AfterDesk sidebar → My queue to approve or reject.\n${ctx.actor} 申请在工单 ${ticket.ticketId} 上补偿 ${cur} ${amount}（权限 ${limit}）。请在 AfterDesk 侧边栏 → 我的队列中审批。`,
      htmlBody: `<div style="font-family:Arial,sans-serif;max-width:560px"><h2 style="font-size:18px">Approval needed · 待审批</h2>`
        + `<p><b>${escapeHtml(ctx.actor)}</b> asks to grant <b>${escapeHtml(cur)} ${amount}</b> on ticket <b>${escapeHtml(ticket.ticketId)}</b> (their limit: ${limit}).</p>`
        + `<p>Customer · 客户: ${escapeHtml(forTeam(ticket.customerName || ticket.customerId, contacts))}<br>Order · 订单: ${escapeHtml(ticket.orderId)}<br>Description · 描述: ${escapeHtml(forTeam(ticket.description.slice(0, 500), contacts))}</p>`
        + `<p>Open the AfterDesk sidebar → My queue to approve or reject. · 请在侧边栏“我的队列”中审批。</p></div>`,
    }]);
  }
  return { approvalId: row.approvalId, approver, limit, dto: approvalDto(row) };
}

export function decideApproval(rawId: string, decision: 'approve' | 'reject', rawComment: unknown): ApprovalDto {
  if (decision !== 'approve' && decision !== 'reject') {
    throw new UserError('decision_invalid', { en: 'Decision must be approve or reject.', zh: '审批结果必须是批准或拒绝。' }, 'decision');
  }
  const approvalId = textArg(rawId, 'approvalId');
  const comment = textArg(rawComment, 'comment');
  return withDocumentLock(() => {
    const desk = loadDesk();
    const { ctx } = desk;
    const log = openEventLog(ctx);
    const table = readTable<ApprovalRow>(ctx.ss, APPROVALS, ctx.timeZone);
    const hit = table.rows.find((r) => r.record.approvalId === String(approvalId).trim());
    if (!hit) throw new UserError('approval_unknown', { en: `No approval ${String(approvalId).slice(0, 20)}.`, zh: `没有审批单 ${String(approvalId).slice(0, 20)}。` });
    if (hit.record.status !== 'pending') {
      throw new UserError('approval_decided', { en: `${hit.record.approvalId} was already ${hit.record.status} by ${hit.record.decidedBy}.`, zh: `${hit.record.approvalId} 已由 ${hit.record.decidedBy} 处理（${hit.record.status}）。` });
    }
    const amount = hit.record.amount ?? 0;
    if (desk.me.role === 'agent' || amount > compensationLimit(desk.me, null, desk.policies.compensation)) {
      throw new UserError('approval_forbidden', { en: `Your role cannot approve ${amount}.`, zh: `您的角色无权审批 ${amount}。` });
    }
    const decided: ApprovalRow = { ...hit.record, status: decision === 'approve' ? 'approved' : 'rejected', decidedAt: ctx.now, decidedBy: ctx.actor, comment: cutText(comment, 2000) };
    writeRecords(table, [{ row: hit.row, record: decided }], ctx.makeDate);
    const t = findTicket(desk, hit.record.ticketId);
    const events = [{ at: ctx.now, ticketId: hit.record.ticketId, actor: ctx.actor, field: 'approval', from: 'pending', to: `${decided.status} ${amount}` }];
    if (t && decision === 'approve') {
      const applied = applyUpdate(t.ticket, { compensation: amount }, { now: ctx.now, actor: ctx.actor, calendar: desk.policies.calendar, policy: desk.policies.sla, marketplace: desk.policies.marketplace });
      writeRecords(desk.tickets, [{ row: t.row, record: { ...applied.ticket, updatedAt: ctx.now, updatedBy: ctx.actor } }], ctx.makeDate);
      events.push(...applied.events);
    }
    appendEvents(ctx, events, log);
    return approvalDto(decided);
  });
}
