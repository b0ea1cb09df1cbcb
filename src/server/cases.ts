/** Logging a case and updating a ticket: validate, then one locked pass — read, decide in core, write blocks. */
import { LANGUAGES, PRIORITIES, REASONS, RESOLUTIONS, ROOT_CAUSES, STATUSES, CHANNELS } from '../../sheets-templates/enums';
import { UserError } from '../core/errors';
import { chooseAssignee } from '../core/assignment';
import { checkCompensation, parseCompensationAmount } from '../core/compensation';
import { customerProfile, raisePriorityFor } from '../core/customers';
import { applyUpdate, newTicket, nextTicketId, type TicketUpdate } from '../core/lifecycle';
import type { Ticket } from '../core/records';
import type { CaseInput, LogCaseResultDto, TicketUpdateInput, UpdateResultDto } from '../shared/dto';
import { appendRecords, requireTabs, writeRecords } from '../workbook/table';
import { APPROVALS, MAIL_QUEUE } from '../workbook/tabs';
import { requestApproval } from './approvals';
import { appendEvents, findTicket, loadDesk, openEventLog } from './desk';
import { ticketDto } from './dto-map';
import { CaseInputSchema, UpdateInputSchema, cleanText, parseShape, readEmail, readEnum } from './inputs';
import { withDocumentLock } from './lock';
import { deliver } from './mail';
import { surveyOnResolve } from './surveys';

const SEQ_KEY = 'AFTERDESK_LAST_TICKET_SEQ';

interface ValidCase {
  channel: NonNullable<Ticket['channel']>;
  reason: NonNullable<Ticket['reason']>;
  priority: Ticket['priority'];
  language: Ticket['language'];
  email: string;
  orderId: string;
  customerId: string;
  customerName: string;
  sku: string;
  description: string;
  evidenceLinks: string;
}

export function validateCase(raw: unknown): ValidCase {
  const input = parseShape(CaseInputSchema, raw);
  return {
    channel: readEnum(CHANNELS, input.channel, 'channel', true)!,
    reason: readEnum(REASONS, input.reason, 'reason', true)!,
    priority: readEnum(PRIORITIES, input.priority, 'priority', false),
    language: readEnum(LANGUAGES, input.language, 'language', false),
    email: readEmail(input.email),
    orderId: cleanText(input.orderId),
    customerId: cleanText(input.customerId),
    customerName: cleanText(input.customerName),
    sku: cleanText(input.sku),
    description: cleanText(input.description),
    evidenceLinks: cleanText(input.evidenceLinks),
  };
}

export function logCase(raw: CaseInput): LogCaseResultDto {
  const input = validateCase(raw);
  return withDocumentLock(() => {
    const desk = loadDesk();
    const { ctx, policies } = desk;
    const log = openEventLog(ctx);
    const warnings: LogCaseResultDto['warnings'] = [];
    const lines = input.orderId ? (desk.orders?.rows ?? []).filter((r) => r.record.orderId.trim() === input.orderId) : [];
    if (input.orderId && lines.length === 0) {
      warnings.push({ key: 'order_unknown', en: `Order ${input.orderId} is not in the Orders tab — saved, but check the number.`, zh: `订单 ${input.orderId} 不在订单表中——已保存，请核对订单号。` });
    }
    const first = lines[0]?.record;
    const line = lines.find((l) => input.sku && l.record.sku === input.sku)?.record ?? first;
    const filled = {
      ...input,
      customerId: input.customerId || first?.customerId || '',
      customerName: input.customerName || first?.customerName || '',
      email: input.email || first?.email || '',
      sku: input.sku || line?.sku || '',
    };
    const allTickets = desk.tickets.rows.map((r) => r.record);
    const profile = filled.customerId
      ? customerProfile(filled.customerId, (desk.orders?.rows ?? []).map((r) => r.record), allTickets, policies.tags, ctx.now)
      : null;
    const priority = raisePriorityFor(profile?.tag ?? 'new', input.priority ?? 'normal');
    const props = PropertiesService.getDocumentProperties();
    const { id, seq } = nextTicketId(allTickets.map((t) => t.ticketId), Number(props.getProperty(SEQ_KEY) ?? 0) || 0);
    const openLoad = new Map<string, number>();
    for (const t of allTickets) {
      if (t.status !== 'resolved' && t.status !== 'closed' && t.assignee) openLoad.set(t.assignee, (openLoad.get(t.assignee) ?? 0) + 1);
    }
    const lastAssigned = props.getProperty('AFTERDESK_LAST_ASSIGNEE');
    const assignee = policies.assignment === 'none'
      ? ''
      : chooseAssignee(desk.agents, { language: filled.language }, openLoad, policies.assignment, lastAssigned) ?? '';
    const { ticket, events } = newTicket(
      { ...filled, ticketId: id, priority, assignee },
      { now: ctx.now, actor: ctx.actor, calendar: policies.calendar, policy: policies.sla, marketplace: policies.marketplace },
    );
    appendRecords(desk.tickets, [{ ...ticket, updatedAt: ctx.now, updatedBy: ctx.actor }], ctx.makeDate);
    appendEvents(ctx, events, log);
    props.setProperties({ [SEQ_KEY]: String(seq), ...(assignee ? { AFTERDESK_LAST_ASSIGNEE: assignee } : {}) });
    return { ticket: ticketDto({ ...ticket, updatedAt: ctx.now, updatedBy: ctx.actor }, desk.tickets.lastRow), warnings };
  });
}

function validateUpdate(raw: unknown): { update: TicketUpdate; expected: string | undefined; compensation: number | undefined } {
  const input = parseShape(UpdateInputSchema, raw);
  const update: TicketUpdate = {};
  const status = readEnum(STATUSES, input.status, 'status', false);
  if (status) update.status = status;
  const resolution = readEnum(RESOLUTIONS, input.resolution, 'resolution', false);
  if (resolution) update.resolution = resolution;
  const rootCause = readEnum(ROOT_CAUSES, input.rootCause, 'rootCause', false);
  if (rootCause) update.rootCause = rootCause;
  const priority = readEnum(PRIORITIES, input.priority, 'priority', false);
  if (priority) update.priority = priority;
  const reply = cleanText(input.reply);
  if (reply) update.reply = reply;
  if (input.customerReplied) update.customerReplied = true;
  const note = cleanText(input.note);
  if (note) update.note = note;
  if (input.sopDone !== undefined) update.sopDone = cleanText(input.sopDone);
  const compensation = input.compensation === undefined || input.compensation === '' ? undefined : parseCompensationAmount(input.compensation);
  return { update, expected: input.expectedUpdatedAt, compensation };
}

export function updateTicket(ticketId: string, raw: TicketUpdateInput): UpdateResultDto {
  const { update, expected, compensation } = validateUpdate(raw);
  return withDocumentLock(() => {
    const desk = loadDesk();
    // Approvals and the mail queue may be written after the ticket: make sure they exist before anything is.
    requireTabs(desk.ctx.ss, [APPROVALS, MAIL_QUEUE]);
    const { ctx, policies } = desk;
    const log = openEventLog(ctx);
    const hit = findTicket(desk, String(ticketId ?? ''));
    if (!hit) {
      throw new UserError('ticket_unknown', { en: `No ticket ${String(ticketId).slice(0, 30)} in the Tickets tab.`, zh: `工单表中没有工单 ${String(ticketId).slice(0, 30)}。` }, 'ticketId');
    }
    if (expected && hit.ticket.updatedAt !== null && Date.parse(expected) !== hit.ticket.updatedAt) {
      const who = hit.ticket.updatedBy || 'someone';
      throw new UserError('stale', {
        en: `${hit.ticket.ticketId} was changed by ${who} a moment ago — reload it before saving.`,
        zh: `${hit.ticket.ticketId} 刚刚被 ${who} 修改——请重新加载后再保存。`,
      });
    }
    const full: TicketUpdate = { ...update };
    let overLimit: number | null = null;
    if (compensation !== undefined && compensation !== (hit.ticket.compensation ?? 0)) {
      const profile = hit.ticket.customerId
        ? customerProfile(hit.ticket.customerId, (desk.orders?.rows ?? []).map((r) => r.record), desk.tickets.rows.map((r) => r.record), policies.tags, ctx.now)
        : null;
      const verdict = checkCompensation(compensation, desk.me, profile?.tag ?? null, policies.compensation);
      if (verdict.ok) full.compensation = compensation;
      else overLimit = verdict.limit;
    }
    // The update is checked (it may be a forbidden move) before an approval is requested: a refused save must
    // leave no Approvals row and send no mail.
    const { ticket, events } = applyUpdate(hit.ticket, full, { now: ctx.now, actor: ctx.actor, calendar: policies.calendar, policy: policies.sla, marketplace: policies.marketplace });
    const approval = compensation !== undefined && overLimit !== null
      ? requestApproval(desk, hit.ticket, compensation, overLimit, update.resolution ?? hit.ticket.resolution)
      : null;
    const justResolved = (ticket.status === 'resolved' || ticket.status === 'closed') && hit.ticket.status !== 'resolved' && hit.ticket.status !== 'closed';
    const survey = justResolved ? surveyOnResolve(ctx, ticket) : { patch: {}, mails: [] };
    const saved = { ...ticket, ...survey.patch, updatedAt: ctx.now, updatedBy: ctx.actor };
    writeRecords(desk.tickets, [{ row: hit.row, record: saved }], ctx.makeDate);
    if (survey.mails.length) deliver(ctx, survey.mails);
    appendEvents(ctx, approval ? [...events, { at: ctx.now, ticketId: ticket.ticketId, actor: ctx.actor, field: 'approval', from: '', to: `${approval.approvalId} ${compensation} pending` }] : events, log);
    const warnings: UpdateResultDto['warnings'] = [];
    if (approval) {
      warnings.push({ key: 'approval_pending', en: `Compensation ${compensation} is above your limit ${approval.limit}: sent to ${approval.approver || 'a lead'} for approval.`, zh: `补偿 ${compensation} 超出您的权限 ${approval.limit}：已提交 ${approval.approver || '组长'} 审批。` });
    }
    return { ticket: ticketDto(saved, hit.row), approval: approval ? approval.dto : null, warnings };
  });
}
