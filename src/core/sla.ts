/** The shop's SLA (business-hour targets per priority, due times, state per ticket) and the marketplace's own clocks. */
import type { PriorityKey, SlaStateKey } from '../../sheets-templates/enums';
import { addBusinessHours, businessHoursBetween, type BusinessCalendar } from './calendar';
import type { Ticket } from './records';
import { HOUR_MS } from './time';

export interface SlaPolicy {
  firstReplyHours: Record<PriorityKey, number>;
  resolutionHours: Record<PriorityKey, number>;
  /** A target is "due soon" when this share of its hours (or less) is left, e.g. 0.25. */
  dueSoonFraction: number;
}

export const DEFAULT_SLA_POLICY: SlaPolicy = {
  firstReplyHours: { urgent: 1, high: 2, normal: 4, low: 8 },
  resolutionHours: { urgent: 8, high: 24, normal: 48, low: 72 },
  dueSoonFraction: 0.25,
};

/** Float noise from hour arithmetic must not turn a target met to the minute into a breach. */
const EPSILON_HOURS = 1e-9;

export function firstReplyDue(cal: BusinessCalendar, policy: SlaPolicy, createdAt: number, priority: PriorityKey): number {
  return addBusinessHours(cal, createdAt, policy.firstReplyHours[priority]);
}

/** The resolution target excludes Waiting Hours: the due time moves out by the business time spent waiting. */
export function resolutionDue(cal: BusinessCalendar, policy: SlaPolicy, createdAt: number, priority: PriorityKey, waitingHours: number): number {
  return addBusinessHours(cal, createdAt, policy.resolutionHours[priority] + Math.max(0, waitingHours || 0));
}

/** Business hours the ticket has spent waiting on the customer, including a wait still running at `now`. */
export function waitedHours(cal: BusinessCalendar, t: Pick<Ticket, 'status' | 'waitingHours' | 'waitingSince'>, now: number): number {
  const banked = Math.max(0, t.waitingHours ?? 0);
  const running = t.status === 'waiting' && t.waitingSince !== null ? businessHoursBetween(cal, t.waitingSince, now) : 0;
  return banked + running;
}

/** One SLA target as seen at a moment: hours used, the target, and whether it is still running. */
export interface SlaClock {
  target: number;
  used: number;
  running: boolean;
}

/**
 * Both clocks of a ticket. First reply: created → First Reply At (a ticket resolved without a logged reply counts
 * its resolution as the answer), else still running. Resolution: created → Resolved At (or Closed At), minus the
 * business hours spent waiting on the customer, else still running to `now`.
 */
export function slaClocks(cal: BusinessCalendar, policy: SlaPolicy, t: Ticket, now: number): { firstReply: SlaClock; resolution: SlaClock } | null {
  if (t.createdAt === null) return null;
  const priority = t.priority ?? 'normal';
  const done = t.status === 'resolved' || t.status === 'closed';
  const finishedAt = done ? (t.resolvedAt ?? t.closedAt ?? now) : null;
  const answeredAt = t.firstReplyAt ?? finishedAt;
  const firstReply: SlaClock = {
    target: policy.firstReplyHours[priority],
    used: businessHoursBetween(cal, t.createdAt, answeredAt ?? now),
    running: answeredAt === null,
  };
  const end = finishedAt ?? now;
  const resolution: SlaClock = {
    target: policy.resolutionHours[priority],
    used: Math.max(0, businessHoursBetween(cal, t.createdAt, end) - waitedHours(cal, t, end)),
    running: finishedAt === null,
  };
  return { firstReply, resolution };
}

/**
 * 'met' — resolved/closed and both targets met; 'breached' — a target missed, or a running one past due;
 * 'due_soon' — a running target has ≤ dueSoonFraction of its hours left; else 'on_track'. A ticket waiting on the
 * customer has its resolution clock paused (the wait is not counted). Null when there is no creation time.
 */
export function slaState(cal: BusinessCalendar, policy: SlaPolicy, t: Ticket, now: number): SlaStateKey | null {
  const clocks = slaClocks(cal, policy, t, now);
  if (!clocks) return null;
  const list = [clocks.firstReply, clocks.resolution];
  if (list.some((k) => k.used > k.target + EPSILON_HOURS)) return 'breached';
  if (!clocks.resolution.running) return 'met';
  const dueSoon = list.some((k) => k.running && k.target - k.used <= policy.dueSoonFraction * k.target + EPSILON_HOURS);
  return dueSoon ? 'due_soon' : 'on_track';
}

/** Shopee's clocks run in calendar hours whatever the shop's business hours (SHOPEE.md). */
export interface MarketplaceHours {
  returnRequest: number;
  chat: number;
}

export const DEFAULT_MARKETPLACE_HOURS: MarketplaceHours = { returnRequest: 48, chat: 12 };

/** Seller Centre marks a chat "Due Soon" when about this many hours remain. */
export const MARKETPLACE_DUE_SOON_HOURS = 3;

export function marketplaceDue(kind: 'return_request' | 'chat', startMs: number, hours: MarketplaceHours): number {
  return startMs + (kind === 'chat' ? hours.chat : hours.returnRequest) * HOUR_MS;
}

/**
 * State of a marketplace deadline: 'met' once answered by the due time, 'breached' when answered late or still
 * unanswered past it, 'due_soon' with ≤ 3 h left, else 'on_track'.
 */
export function marketplaceState(dueMs: number, answeredAt: number | null, now: number, dueSoonHours = MARKETPLACE_DUE_SOON_HOURS): SlaStateKey {
  if (answeredAt !== null) return answeredAt <= dueMs ? 'met' : 'breached';
  if (now > dueMs) return 'breached';
  return dueMs - now <= dueSoonHours * HOUR_MS ? 'due_soon' : 'on_track';
}
