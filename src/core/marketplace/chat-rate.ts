/**
 * Shopee's Chat Response Rate mirrored from the Tickets tab (pure): the share of new Shopee chat threads of the last
 * 90 days answered within the chat clock (12 calendar hours). A chat counts once it is answered or its 12 hours are
 * over; one still inside its 12 hours is not decided yet and is left out. Return requests are not chats.
 * Weighting: Shopee says recent chats weigh more but publishes no formula, so this is the plain share; it reads
 * close to Seller Centre's figure when the volume is steady and lower when recent weeks went better than older ones.
 */
import type { Ticket } from '../records';
import { DAY_MS, HOUR_MS } from '../time';
import { marketplaceKind, type MarketplacePolicy } from './clock';

export interface LateChat {
  ticketId: string;
  createdAt: number;
  /** First reply (or resolution), null when still unanswered. */
  answeredAt: number | null;
  /** Hours from the chat to its answer, or to `now` when unanswered. */
  hours: number;
  assignee: string;
}

export interface ChatResponseRate {
  /** Null when no chat counts yet. */
  rate: number | null;
  chats: number;
  answeredInTime: number;
  /** The chats that lowered the rate, oldest first. */
  late: LateChat[];
  days: number;
  hours: number;
}

type ChatFields = Pick<Ticket, 'ticketId' | 'channel' | 'returnId' | 'createdAt' | 'firstReplyAt' | 'resolvedAt' | 'status' | 'assignee'>;

export function chatResponseRate(tickets: ChatFields[], policy: MarketplacePolicy, now: number, days = 90): ChatResponseRate {
  const from = now - days * DAY_MS;
  let chats = 0;
  let inTime = 0;
  let hoursTarget = 0;
  const late: LateChat[] = [];
  for (const t of tickets) {
    if (t.createdAt === null || t.createdAt < from || t.createdAt > now) continue;
    if (marketplaceKind(t, policy) !== 'chat') continue;
    const target = policy.clocks[t.channel!]!.chat!;
    hoursTarget = target;
    const due = t.createdAt + target * HOUR_MS;
    // The resolution answers a chat closed without a logged reply, as for the shop's first-reply SLA.
    const answeredAt = t.firstReplyAt ?? (t.status === 'resolved' || t.status === 'closed' ? t.resolvedAt : null);
    if (answeredAt === null && now <= due) continue; // still running: not decided
    chats++;
    if (answeredAt !== null && answeredAt <= due) {
      inTime++;
      continue;
    }
    late.push({ ticketId: t.ticketId, createdAt: t.createdAt, answeredAt, hours: ((answeredAt ?? now) - t.createdAt) / HOUR_MS, assignee: t.assignee });
  }
  late.sort((a, b) => a.createdAt - b.createdAt || a.ticketId.localeCompare(b.ticketId));
  return { rate: chats ? inTime / chats : null, chats, answeredInTime: inTime, late, days, hours: hoursTarget || (policy.clocks.shopee_chat?.chat ?? 12) };
}
