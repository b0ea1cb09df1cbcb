/**
 * The marketplace's own clocks beside the shop SLA: which clock a ticket runs (a return request or a chat), its
 * due time in CALENDAR hours from Settings per channel and kind, whether it still runs, and its state.
 */
import type { ChannelKey, SlaStateKey } from '../../../sheets-templates/enums';
import returnsData from '../../../sheets-templates/data/shopee-returns.json';
import type { Ticket } from '../records';
import { HOUR_MS } from '../time';

export type MarketplaceKind = 'return_request' | 'chat';

export interface ChannelClocks {
  /** Calendar hours to answer a new chat thread (null: the channel has no such clock). */
  chat: number | null;
  /** Calendar hours to answer a return/refund request before it is approved automatically. */
  returnRequest: number | null;
}

export interface MarketplacePolicy {
  clocks: Partial<Record<ChannelKey, ChannelClocks>>;
  /** A running clock with this many hours or fewer left is 'due_soon'. */
  dueSoonHours: number;
}

export const DEFAULT_MARKETPLACE_POLICY: MarketplacePolicy = {
  clocks: { shopee_chat: { chat: 12, returnRequest: 48 } },
  dueSoonHours: 3,
};

/** Marketplace statuses in which the request still waits for the seller (the clock runs). */
const AWAITING = new Set(returnsData.statuses.filter((s) => s.awaitingSeller).map((s) => s.key));

export function isAwaitingSeller(status: string | null): boolean {
  return status === null || status === '' || AWAITING.has(status);
}

/** A ticket with a Return ID runs the return-request clock; a chat on a channel with a chat clock runs that. */
export function marketplaceKind(t: Pick<Ticket, 'returnId' | 'channel'>, policy: MarketplacePolicy): MarketplaceKind | null {
  const clocks = t.channel ? policy.clocks[t.channel] : undefined;
  if (t.returnId.trim()) return clocks?.returnRequest != null ? 'return_request' : null;
  return clocks?.chat != null ? 'chat' : null;
}

/** Due time of `kind` started at `startMs`: plain calendar hours, whatever the shop's business hours. */
export function marketplaceDueAt(channel: ChannelKey | null, kind: MarketplaceKind, startMs: number, policy: MarketplacePolicy): number | null {
  const clocks = channel ? policy.clocks[channel] : undefined;
  const hours = kind === 'chat' ? clocks?.chat : clocks?.returnRequest;
  return hours == null ? null : startMs + hours * HOUR_MS;
}

export interface MarketplaceClock {
  kind: MarketplaceKind;
  dueAt: number;
  running: boolean;
  state: SlaStateKey;
}

type ClockFields = Pick<Ticket, 'returnId' | 'channel' | 'createdAt' | 'marketplaceDueAt' | 'marketplaceStatus' | 'marketplaceState' | 'status' | 'firstReplyAt' | 'resolvedAt' | 'closedAt'>;

/**
 * The clock of a ticket at `now`, or null when it runs none. A chat stops at the first reply (or the resolution);
 * a return request stops when Shopee's status leaves "requested" or the ticket is resolved. The moment a return
 * request's status moved is not in the export: a state already decided (met / breached) is kept, otherwise it is
 * decided at the ticket's resolution or, failing that, at `now` (the import that saw the move).
 */
export function marketplaceClock(t: ClockFields, policy: MarketplacePolicy, now: number): MarketplaceClock | null {
  const kind = marketplaceKind(t, policy);
  if (!kind || t.createdAt === null) return null;
  const dueAt = t.marketplaceDueAt ?? marketplaceDueAt(t.channel, kind, t.createdAt, policy);
  if (dueAt === null) return null;
  const done = t.status === 'resolved' || t.status === 'closed';
  const doneAt = done ? (t.resolvedAt ?? t.closedAt) : null;
  let stoppedAt: number | null;
  if (kind === 'chat') stoppedAt = t.firstReplyAt ?? doneAt;
  else if (!isAwaitingSeller(t.marketplaceStatus)) {
    if (t.marketplaceState === 'met' || t.marketplaceState === 'breached') return { kind, dueAt, running: false, state: t.marketplaceState };
    stoppedAt = doneAt ?? now;
  } else stoppedAt = doneAt;
  if (stoppedAt !== null) return { kind, dueAt, running: false, state: stoppedAt <= dueAt ? 'met' : 'breached' };
  const left = dueAt - now;
  const state: SlaStateKey = left < 0 ? 'breached' : left <= policy.dueSoonHours * HOUR_MS ? 'due_soon' : 'on_track';
  return { kind, dueAt, running: true, state };
}

const RANK: Record<string, number> = { breached: 0, due_soon: 1 };

/** The worse of two states for the queue: breached, then due soon, then anything else. */
export function worseState(a: SlaStateKey | null, b: SlaStateKey | null): SlaStateKey | null {
  return (RANK[a ?? ''] ?? 2) <= (RANK[b ?? ''] ?? 2) ? a ?? b : b;
}
