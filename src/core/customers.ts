/**
 * Customer value from the Orders and Tickets tabs (RFM-ish): order count, spend, recency, complaints, and one tag.
 *
 * Tags, first match wins:
 *  - vip     — spend ≥ vipSpend, or orders ≥ vipOrders (value decides authority and priority, so it comes first);
 *  - at_risk — has a ticket, the latest ticket was created ≥ atRiskDays ago, and no order since it
 *              (a complainant who did not come back: the seeds' "last chance to win them back");
 *  - repeat  — orders ≥ repeatOrders;
 *  - new     — everyone else, including customers we know nothing about.
 * Orders count distinct Order IDs; spend sums the Amount of every order line. Customers are matched by
 * Customer ID, trimmed and case-insensitive.
 */
import type { PriorityKey, ValueTagKey } from '../../sheets-templates/enums';
import type { Order, Ticket } from './records';
import { DAY_MS } from './time';

export interface CustomerProfile {
  customerId: string;
  orders: number;
  spend: number;
  lastOrderAt: number | null;
  firstOrderAt: number | null;
  tickets: number;
  openTickets: number;
  lastComplaintAt: number | null;
  tag: ValueTagKey;
}

export interface ValueTagPolicy {
  vipSpend: number;
  vipOrders: number;
  repeatOrders: number;
  atRiskDays: number;
}

export const DEFAULT_VALUE_TAG_POLICY: ValueTagPolicy = { vipSpend: 1000, vipOrders: 8, repeatOrders: 2, atRiskDays: 30 };

export function customerKey(customerId: string): string {
  return customerId.trim().toLowerCase();
}

interface Tally {
  profile: CustomerProfile;
  orderIds: Set<string>;
}

function emptyProfile(customerId: string): CustomerProfile {
  return { customerId, orders: 0, spend: 0, lastOrderAt: null, firstOrderAt: null, tickets: 0, openTickets: 0, lastComplaintAt: null, tag: 'new' };
}

const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b));
const min = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

function addOrder(t: Tally, o: Order): void {
  const p = t.profile;
  t.orderIds.add(o.orderId.trim());
  p.orders = t.orderIds.size;
  p.spend = Math.round((p.spend + (o.amount ?? 0)) * 100) / 100;
  p.lastOrderAt = max(p.lastOrderAt, o.orderDate);
  p.firstOrderAt = min(p.firstOrderAt, o.orderDate);
}

/** Orders placed after the latest complaint, needed by the at-risk rule. */
function orderedSince(orders: Order[], since: number): boolean {
  return orders.some((o) => o.orderDate !== null && o.orderDate > since);
}

function addTicket(p: CustomerProfile, t: Ticket): void {
  p.tickets += 1;
  if (t.status !== 'resolved' && t.status !== 'closed') p.openTickets += 1;
  p.lastComplaintAt = max(p.lastComplaintAt, t.createdAt);
}

export function valueTag(p: CustomerProfile, ordersSinceComplaint: boolean, policy: ValueTagPolicy, now: number): ValueTagKey {
  if (p.spend >= policy.vipSpend || p.orders >= policy.vipOrders) return 'vip';
  if (p.lastComplaintAt !== null && !ordersSinceComplaint && now - p.lastComplaintAt >= policy.atRiskDays * DAY_MS) return 'at_risk';
  if (p.orders >= policy.repeatOrders) return 'repeat';
  return 'new';
}

/** Profiles of every customer found in Orders or Tickets, keyed by the normalised Customer ID. */
export function customerProfiles(orders: Order[], tickets: Ticket[], policy: ValueTagPolicy, now: number): Map<string, CustomerProfile> {
  const tallies = new Map<string, Tally>();
  const ordersOf = new Map<string, Order[]>();
  const tally = (id: string) => {
    const key = customerKey(id);
    let t = tallies.get(key);
    if (!t) {
      t = { profile: emptyProfile(id.trim()), orderIds: new Set() };
      tallies.set(key, t);
    }
    return t;
  };
  for (const o of orders) {
    if (!o.customerId.trim()) continue;
    addOrder(tally(o.customerId), o);
    const key = customerKey(o.customerId);
    const list = ordersOf.get(key);
    if (list) list.push(o);
    else ordersOf.set(key, [o]);
  }
  for (const t of tickets) if (t.customerId.trim()) addTicket(tally(t.customerId).profile, t);
  const out = new Map<string, CustomerProfile>();
  for (const [key, { profile }] of tallies) {
    const since = profile.lastComplaintAt !== null && orderedSince(ordersOf.get(key) ?? [], profile.lastComplaintAt);
    profile.tag = valueTag(profile, since, policy, now);
    out.set(key, profile);
  }
  return out;
}

/** One customer's profile (a 'new' empty profile when the ID appears nowhere). */
export function customerProfile(customerId: string, orders: Order[], tickets: Ticket[], policy: ValueTagPolicy, now: number): CustomerProfile {
  const key = customerKey(customerId);
  const mine = orders.filter((o) => customerKey(o.customerId) === key);
  const theirs = tickets.filter((t) => customerKey(t.customerId) === key);
  const found = customerProfiles(mine, theirs, policy, now).get(key);
  return found ? { ...found, customerId: customerId.trim() } : emptyProfile(customerId.trim());
}

const LADDER: PriorityKey[] = ['low', 'normal', 'high', 'urgent'];

/**
 * The priority a new ticket gets for this customer: a VIP raises it one level (never above urgent); an at-risk
 * customer's low or normal ticket becomes high (a second bad experience loses them), high and urgent stay;
 * repeat and new customers keep what was asked.
 */
export function raisePriorityFor(tag: ValueTagKey, priority: PriorityKey): PriorityKey {
  if (tag === 'vip') return LADDER[Math.min(LADDER.indexOf(priority) + 1, LADDER.length - 1)]!;
  if (tag === 'at_risk' && (priority === 'low' || priority === 'normal')) return 'high';
  return priority;
}
