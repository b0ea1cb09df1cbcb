/**
 * The ticket state machine as pure functions: a new ticket, and an update applied to a ticket with its bookkeeping
 * (reply counters, waiting clock, resolve/close/reopen times, due times, SLA state) and one event per changed field.
 */
import {
  STATUSES,
  type ChannelKey,
  type LanguageKey,
  type PriorityKey,
  type ReasonKey,
  type ResolutionKey,
  type RootCauseKey,
  type StatusKey,
} from '../../sheets-templates/enums';
import { businessHoursBetween, type BusinessCalendar } from './calendar';
import { parseCompensationAmount } from './compensation';
import { UserError } from './errors';
import { diffEvents, type TicketEvent } from './lifecycle-events';
import type { Ticket } from './records';
import { DEFAULT_MARKETPLACE_HOURS, firstReplyDue, marketplaceDue, marketplaceState, resolutionDue, slaState, type MarketplaceHours, type SlaPolicy } from './sla';

export type { TicketEvent } from './lifecycle-events';
export { nextTicketId, formatTicketId, ticketSeq } from './lifecycle-ids';

/**
 * Allowed moves; staying in the same status is a no-op. Decisions:
 *  - new → resolved is allowed: a duplicate, spam, or a question answered elsewhere needs no detour via open
 *    (the resolution then counts as the first answer for the first-reply SLA);
 *  - closing a ticket that is not resolved implies resolving it: Resolved At and Closed At are both set now,
 *    so every closed ticket has a resolution time for the KPIs;
 *  - resolved/closed → open is a reopen; nothing ever goes back to new.
 */
export const TRANSITIONS: Readonly<Record<StatusKey, readonly StatusKey[]>> = {
  new: ['open', 'waiting', 'resolved', 'closed'],
  open: ['waiting', 'resolved', 'closed'],
  waiting: ['open', 'resolved', 'closed'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

export function canTransition(from: StatusKey, to: StatusKey): boolean {
  return from === to || TRANSITIONS[from].includes(to);
}

export interface TicketUpdate {
  status?: StatusKey;
  /** A reply logged to the customer. */
  reply?: string;
  /** The customer answered: a ticket waiting on them goes back to open (unless `status` says otherwise). */
  customerReplied?: boolean;
  resolution?: ResolutionKey;
  compensation?: number;
  rootCause?: RootCauseKey;
  priority?: PriorityKey;
  assignee?: string;
  note?: string;
  sopDone?: string;
}

export interface LifecycleContext {
  now: number;
  actor: string;
  calendar: BusinessCalendar;
  policy: SlaPolicy;
  /** Shopee's calendar-hour clocks (Settings); the SHOPEE.md defaults when absent. */
  marketplace?: MarketplaceHours;
}

function label(status: StatusKey): { en: string; zh: string } {
  const o = STATUSES.find((s) => s.key === status)!;
  return { en: o.en, zh: o.zh };
}

function forbidden(from: StatusKey, to: StatusKey): UserError {
  const a = label(from);
  const b = label(to);
  const allowed = TRANSITIONS[from].map(label);
  return new UserError(
    'status_transition',
    {
      en: `Cannot move a ticket from ${a.en} to ${b.en} (from ${a.en} it can go to: ${allowed.map((x) => x.en).join(', ')}).`,
      zh: `工单不能从“${a.zh}”改为“${b.zh}”（“${a.zh}”只能改为：${allowed.map((x) => x.zh).join('、')}）。`,
    },
    'status',
  );
}

/** Waiting Hours are shown to 4 decimals (under a second); rounding the running total keeps the sum honest. */
function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Moves `t` (a copy) from its status to `to`, keeping the clocks: waiting, resolve, close, reopen. */
function moveStatus(t: Ticket, to: StatusKey, ctx: LifecycleContext): void {
  const from = t.status ?? 'new';
  if (from === to) return;
  if (!canTransition(from, to)) throw forbidden(from, to);
  if (from === 'waiting') {
    const waited = t.waitingSince !== null ? businessHoursBetween(ctx.calendar, t.waitingSince, ctx.now) : 0;
    t.waitingHours = round4((t.waitingHours ?? 0) + waited);
    t.waitingSince = null;
  }
  if (to === 'waiting') t.waitingSince = ctx.now;
  if (to === 'open' && (from === 'resolved' || from === 'closed')) {
    t.reopens = (t.reopens ?? 0) + 1;
    t.resolvedAt = null;
    t.closedAt = null;
  }
  if (to === 'resolved') t.resolvedAt = ctx.now;
  if (to === 'closed') {
    if (from !== 'resolved') t.resolvedAt = ctx.now;
    t.closedAt = ctx.now;
  }
  t.status = to;
}

/** Due times and SLA state follow from the ticket; recomputed after every change (priority or waiting may move them). */
function refreshSla(t: Ticket, ctx: LifecycleContext): void {
  if (t.createdAt === null) return;
  const priority = t.priority ?? 'normal';
  t.firstReplyDueAt = firstReplyDue(ctx.calendar, ctx.policy, t.createdAt, priority);
  t.resolutionDueAt = resolutionDue(ctx.calendar, ctx.policy, t.createdAt, priority, t.waitingHours ?? 0);
  t.slaState = slaState(ctx.calendar, ctx.policy, t, ctx.now);
  // A marketplace chat's own clock (Shopee: 12 calendar hours) stops at the first reply; return requests follow
  // their marketplace status instead (src/core/marketplace/).
  if (t.marketplaceDueAt !== null && !(t.returnId ?? '').trim()) {
    const done = t.status === 'resolved' || t.status === 'closed';
    t.marketplaceState = marketplaceState(t.marketplaceDueAt, t.firstReplyAt ?? (done ? t.resolvedAt : null), ctx.now);
  }
}

/** The reply or note is the record of what the customer was told: kept whole (the API caps it inside a cell). */
function textEvent(t: Ticket, ctx: LifecycleContext, field: string, text: string): TicketEvent {
  return { at: ctx.now, ticketId: t.ticketId, actor: ctx.actor, field, from: '', to: text };
}

/**
 * Applies an update. A logged reply counts in Agent Replies, sets First Reply At the first time, and opens a new
 * ticket; a customer reply reopens the conversation of a waiting ticket. An explicit `status` always wins over
 * those implied moves. Throws `status_transition` for a forbidden move and `compensation_invalid` for a bad amount;
 * the input ticket is never modified.
 */
export function applyUpdate(ticket: Ticket, update: TicketUpdate, ctx: LifecycleContext): { ticket: Ticket; events: TicketEvent[] } {
  const t: Ticket = { ...ticket };
  const from = t.status ?? 'new';
  const reply = (update.reply ?? '').trim();
  const extra: TicketEvent[] = [];
  if (reply) {
    t.agentReplies = (t.agentReplies ?? 0) + 1;
    if (t.firstReplyAt === null) t.firstReplyAt = ctx.now;
    extra.push(textEvent(t, ctx, 'reply', reply));
  }
  const implied = reply && from === 'new' ? 'open' : update.customerReplied && from === 'waiting' ? 'open' : undefined;
  const target = update.status ?? implied;
  if (target) moveStatus(t, target, ctx);
  if (update.resolution !== undefined) t.resolution = update.resolution;
  if (update.compensation !== undefined) t.compensation = parseCompensationAmount(update.compensation);
  if (update.rootCause !== undefined) t.rootCause = update.rootCause;
  if (update.priority !== undefined) t.priority = update.priority;
  if (update.assignee !== undefined) t.assignee = update.assignee.trim();
  if (update.sopDone !== undefined) t.sopDone = update.sopDone;
  const note = (update.note ?? '').trim();
  if (note) extra.push(textEvent(t, ctx, 'note', note));
  refreshSla(t, ctx);
  const events = [...diffEvents(ticket, t, { now: ctx.now, actor: ctx.actor, timeZone: ctx.calendar.timeZone }), ...extra];
  return { ticket: t, events };
}

export interface NewTicketInput {
  ticketId: string;
  channel: ChannelKey | null;
  reason: ReasonKey | null;
  priority?: PriorityKey | null;
  language?: LanguageKey | null;
  orderId?: string;
  customerId?: string;
  customerName?: string;
  email?: string;
  sku?: string;
  description?: string;
  evidenceLinks?: string;
  assignee?: string;
  /** Defaults to ctx.now; an import passes the marketplace's own creation time. */
  createdAt?: number;
  /** A return request's deadline from the Return export; Shopee chats get createdAt + chat hours otherwise. */
  marketplaceDueAt?: number | null;
}

/** A fresh ticket: status new, counters 0, due times and SLA state computed. Events: its status and assignee. */
export function newTicket(input: NewTicketInput, ctx: LifecycleContext): { ticket: Ticket; events: TicketEvent[] } {
  const createdAt = input.createdAt ?? ctx.now;
  const chatDue = input.channel === 'shopee_chat' ? marketplaceDue('chat', createdAt, ctx.marketplace ?? DEFAULT_MARKETPLACE_HOURS) : null;
  const ticket: Ticket = {
    ticketId: input.ticketId,
    createdAt,
    channel: input.channel,
    orderId: input.orderId ?? '',
    customerId: input.customerId ?? '',
    customerName: input.customerName ?? '',
    email: input.email ?? '',
    language: input.language ?? null,
    sku: input.sku ?? '',
    reason: input.reason,
    priority: input.priority ?? 'normal',
    status: 'new',
    assignee: (input.assignee ?? '').trim(),
    description: input.description ?? '',
    firstReplyAt: null,
    resolvedAt: null,
    closedAt: null,
    reopens: 0,
    agentReplies: 0,
    waitingHours: 0,
    resolution: null,
    compensation: null,
    rootCause: null,
    surveySentAt: null,
    csat: null,
    csatAt: null,
    csatComment: '',
    evidenceLinks: input.evidenceLinks ?? '',
    firstReplyDueAt: null,
    resolutionDueAt: null,
    slaState: null,
    waitingSince: null,
    marketplaceDueAt: input.marketplaceDueAt ?? chatDue,
    surveyLink: '',
    sopDone: '',
    updatedAt: ctx.now,
    updatedBy: ctx.actor,
    returnId: '',
    marketplaceStatus: null,
    marketplaceState: null,
  };
  refreshSla(ticket, ctx);
  const event = (field: string, to: string): TicketEvent => ({ at: ctx.now, ticketId: ticket.ticketId, actor: ctx.actor, field, from: '', to });
  const events = [event('status', 'new')];
  if (ticket.assignee) events.push(event('assignee', ticket.assignee));
  return { ticket, events };
}
