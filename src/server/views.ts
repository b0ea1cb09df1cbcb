/** Read-only sidebar views: bootstrap, the agent's queue, one ticket with its history, and the new-case context. */
import {
  CHANNELS, LANGUAGES, PRIORITIES, REASONS, RESOLUTIONS, ROOT_CAUSES, SLA_STATES, STATUSES,
} from '../../sheets-templates/enums';
import { customerProfile, raisePriorityFor } from '../core/customers';
import { UserError } from '../core/errors';
import { firstReplyDue, resolutionDue } from '../core/sla';
import type { Order, Ticket } from '../core/records';
import type {
  BootstrapDto, CaseContextDto, CustomerDto, EventDto, TicketSummaryDto, TicketViewDto,
} from '../shared/dto';
import { APPROVALS, CALLBACKS, EVENTS, OUTREACH } from '../workbook/tabs';
import { readTable } from '../workbook/table';
import { approvalDto, type ApprovalRow } from './approvals';
import { findTicket, loadDesk, type Desk, type EventRow } from './desk';
import { openContext, type ActionContext } from './context';
import { flatCaseFacts, flatTicketView, flatViewDesk, openTickets } from './flat/views';
import { iso, nextDue, ticketDto, ticketSummary } from './dto-map';
import { reasonChecklist, reasonSop } from './guides';
import { customerContextFor } from './customer-context';
import type { RowOf } from '../../sheets-templates/schema';
import { readEnum } from './inputs';
import { queueWithClocks } from './marketplace/queue';
import { marketplacePolicy } from '../workbook/marketplace-settings';
import { recordArg, textArg } from './args';

const OPEN = new Set(['new', 'open', 'waiting']);

/** Queue order: breached first, then the nearest deadline, then priority, then age. */
export function queueOrder(a: Ticket, b: Ticket): number {
  const rank = (t: Ticket) => (t.slaState === 'breached' ? 0 : t.slaState === 'due_soon' ? 1 : 2);
  const pr = (t: Ticket) => PRIORITIES.findIndex((p) => p.key === t.priority);
  return rank(a) - rank(b)
    || (nextDue(a) ?? Infinity) - (nextDue(b) ?? Infinity)
    || pr(a) - pr(b)
    || (a.createdAt ?? 0) - (b.createdAt ?? 0);
}

export function myQueueFrom(desk: Desk, tickets: Ticket[] = desk.tickets.rows.map((r) => r.record)): TicketSummaryDto[] {
  const me = desk.me.email.toLowerCase();
  const open = tickets.filter((t) => OPEN.has(t.status ?? '') && (t.assignee.toLowerCase() === me || (!t.assignee && desk.me.role !== 'agent')));
  // The earlier of the shop SLA and the marketplace clock (Shopee) orders and highlights the queue.
  return queueWithClocks(open, marketplacePolicy(desk.ctx.settings), desk.ctx.now);
}

/** The desk and its queue: open tickets found by search when the index is usable, else from the whole tab. */
function queueDesk(): { desk: Desk; queue: TicketSummaryDto[] } {
  const ctx = openContext();
  const flat = flatViewDesk(ctx, false);
  if (flat) return { desk: flat, queue: myQueueFrom(flat, openTickets(flat)) };
  const desk = loadDesk({ orders: false }, ctx);
  return { desk, queue: myQueueFrom(desk) };
}

export function bootstrap(): BootstrapDto {
  const { desk, queue } = queueDesk();
  const { ctx } = desk;
  const locale = Session.getActiveUserLocale?.() ?? '';
  const approvals = desk.me.role === 'agent'
    ? []
    : readTable<ApprovalRow>(ctx.ss, APPROVALS, ctx.timeZone).rows
      .map((r) => r.record)
      .filter((a) => a.status === 'pending' && (desk.me.role === 'owner' || a.approver.toLowerCase() === desk.me.email.toLowerCase()))
      .map(approvalDto);
  const callbacks = readTable<RowOf<typeof CALLBACKS>>(ctx.ss, CALLBACKS, ctx.timeZone).rows
    .map((r) => r.record)
    .filter((c) => c.status !== 'done' && (desk.me.role !== 'agent' || c.owner.toLowerCase() === desk.me.email.toLowerCase()))
    .map((c) => ({ callbackId: c.callbackId, ticketId: c.ticketId, dueAt: iso(c.dueAt), csat: c.csat, comment: c.comment, status: c.status }));
  const outreach = readTable<RowOf<typeof OUTREACH>>(ctx.ss, OUTREACH, ctx.timeZone).rows
    .filter((r) => r.record.status === '' || r.record.status === 'to contact' || r.record.status === 'to_contact')
    .filter((r) => r.record.scheduledFor === null || r.record.scheduledFor <= ctx.now)
    .slice(0, 50)
    .map((r) => ({ alertId: r.record.alertId, sku: r.record.sku, orderId: r.record.orderId, customerName: r.record.customerName, channel: r.record.channel, message: r.record.message, status: r.record.status, row: r.row }));
  const opts = <T extends { key: string; en: string; zh: string }>(l: readonly T[]) => l.map((o) => ({ key: o.key, en: o.en, zh: o.zh }));
  return {
    user: { email: desk.me.email, name: desk.me.name, role: desk.me.role },
    locale: /^zh/i.test(locale) ? 'zh' : 'en',
    timeZone: ctx.timeZone,
    now: new Date(ctx.now).toISOString(),
    currency: desk.policies.currency,
    shopName: desk.policies.shopName,
    enums: {
      channels: opts(CHANNELS), reasons: opts(REASONS), priorities: opts(PRIORITIES), statuses: opts(STATUSES),
      resolutions: opts(RESOLUTIONS), rootCauses: opts(ROOT_CAUSES), languages: opts(LANGUAGES), slaStates: opts(SLA_STATES),
    },
    queue,
    approvals,
    callbacks,
    outreach,
  };
}

export function myQueue(): TicketSummaryDto[] {
  return queueDesk().queue;
}

function ticketUnknown(ticketId: string): UserError {
  return new UserError('ticket_unknown', { en: `No ticket ${String(ticketId).slice(0, 30)}.`, zh: `没有工单 ${String(ticketId).slice(0, 30)}。` }, 'ticketId');
}

/** The ticket, its events and pending approval: by row and search when the index is usable, else whole tabs. */
function ticketParts(ticketId: string): { ctx: ActionContext; hit: { row: number; ticket: Ticket }; events: EventRow[]; pending: ApprovalRow | undefined } {
  const ctx = openContext();
  const flat = flatViewDesk(ctx, false);
  if (flat) {
    const view = flatTicketView(flat, String(ticketId ?? ''));
    if (!view) throw ticketUnknown(ticketId);
    return { ctx, hit: view, events: view.events, pending: view.pending ?? undefined };
  }
  const desk = loadDesk({ orders: false }, ctx);
  const hit = findTicket(desk, String(ticketId ?? ''));
  if (!hit) throw ticketUnknown(ticketId);
  const events = readTable<EventRow>(ctx.ss, EVENTS, ctx.timeZone).rows.map((r) => r.record).filter((e) => e.ticketId === hit.ticket.ticketId);
  const pending = readTable<ApprovalRow>(ctx.ss, APPROVALS, ctx.timeZone).rows
    .map((r) => r.record)
    .find((a) => a.ticketId === hit.ticket.ticketId && a.status === 'pending');
  return { ctx, hit, events, pending };
}

export function getTicket(ticketId: string): TicketViewDto {
  const { ctx, hit, events: rows, pending } = ticketParts(textArg(ticketId, 'ticketId'));
  const events: EventDto[] = rows.map((e) => ({ at: iso(e.at) ?? '', actor: e.actor, field: e.field, from: e.from, to: e.to }));
  return {
    ticket: ticketDto(hit.ticket, hit.row),
    events,
    sop: reasonSop(ctx, hit.ticket.reason),
    checklist: reasonChecklist(hit.ticket.reason),
    pendingApproval: pending ? approvalDto(pending) : null,
    customer: customerContextFor(ctx, hit.ticket),
  };
}

function customerDto(desk: Desk, customerId: string, orders: Order[], tickets: Ticket[]): CustomerDto {
  const p = customerProfile(customerId, orders, tickets, desk.policies.tags, desk.ctx.now);
  return { customerId: p.customerId, orders: p.orders, spend: p.spend, tickets: p.tickets, openTickets: p.openTickets, lastOrderAt: iso(p.lastOrderAt), tag: p.tag };
}

export function caseContext(raw: { orderId?: string; customerId?: string; reason?: string; priority?: string; language?: string }): CaseContextDto {
  const input = recordArg(raw);
  const orderId = textArg(input.orderId, 'orderId').trim();
  const askedCustomer = textArg(input.customerId, 'customerId').trim();
  const reason = readEnum(REASONS, input.reason as string | undefined, 'reason', false);
  const asked = readEnum(PRIORITIES, input.priority as string | undefined, 'priority', false) ?? 'normal';
  const ctx0 = openContext();
  const flat = flatViewDesk(ctx0, true);
  const facts = flat ? flatCaseFacts(flat, orderId, askedCustomer) : null;
  const desk: Desk = flat && facts ? flat : loadDesk({}, ctx0);
  const { ctx, policies } = desk;
  const orders = facts ? facts.orders : (desk.orders?.rows ?? []).map((r) => r.record);
  const tickets = facts ? facts.tickets : desk.tickets.rows.map((r) => r.record);
  const lines = facts ? facts.lines : orderId ? orders.filter((o) => o.orderId.trim() === orderId) : [];
  const customerId = askedCustomer || lines[0]?.customerId || '';
  const customer = customerId ? customerDto(desk, customerId, orders, tickets) : null;
  const priority = raisePriorityFor((customer?.tag ?? 'new') as Parameters<typeof raisePriorityFor>[0], asked);
  const key = customerId.toLowerCase();
  const history = customerId
    ? tickets.filter((t) => t.customerId.trim().toLowerCase() === key).sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0)).slice(0, 20).map(ticketSummary)
    : [];
  return {
    orderFound: lines.length > 0,
    orderLines: lines.map((o) => ({
      orderId: o.orderId, orderDate: iso(o.orderDate), sku: o.sku, product: o.product, quantity: o.quantity, amount: o.amount,
      customerId: o.customerId, customerName: o.customerName, email: o.email,
    })),
    customer,
    history,
    firstReplyDueAt: iso(firstReplyDue(policies.calendar, policies.sla, ctx.now, priority)),
    resolutionDueAt: iso(resolutionDue(policies.calendar, policies.sla, ctx.now, priority, 0)),
    suggestedPriority: priority,
    checklist: reasonChecklist(reason),
    sop: reasonSop(ctx, reason),
  };
}
