/**
 * The shop's history as the forecast reads it: tickets and distinct orders per local day, when in the day tickets
 * arrive (an hourly profile, smoothed toward a daytime shape while history is thin), and the share of chat.
 */
import type { ChannelKey } from '../../../sheets-templates/enums';
import { dayAxis } from '../alerts/days';
import { MINUTE_MS, zoneOffsetMinutes } from '../time';
import type { HistoryDay } from './forecast';

/** Channels answered live, in a queue (Erlang C); the rest (e-mail, other) are worked as a backlog. */
export const LIVE_CHANNELS: ReadonlySet<ChannelKey> = new Set<ChannelKey>(['shopee_chat', 'lazada_chat', 'tiktok_shop', 'phone', 'whatsapp', 'line']);

export interface TicketStamp {
  createdAt: number;
  channel: ChannelKey | null;
}

export interface OrderStamp {
  orderId: string;
  orderDate: number;
}

/** The `days` local days before today (today excluded: it is not over). Orders null when there are none at all. */
export function dailyHistory(tickets: readonly TicketStamp[], orders: readonly OrderStamp[], timeZone: string, now: number, days: number): HistoryDay[] {
  const axis = dayAxis(timeZone, now, days + 1);
  const t = new Array(days + 1).fill(0);
  const seen: Set<string>[] = Array.from({ length: days + 1 }, () => new Set());
  for (const x of tickets) {
    const i = axis.indexOf(x.createdAt);
    if (i >= 0) t[i]++;
  }
  for (const o of orders) {
    const i = axis.indexOf(o.orderDate);
    if (i >= 0) seen[i]!.add(o.orderId);
  }
  const hasOrders = orders.length > 0;
  return axis.keys.slice(0, days).map((day, i) => ({ day, tickets: t[i], orders: hasOrders ? seen[i]!.size : null }));
}

/** A daytime shape used while history is thin: little at night, a morning rise, an evening peak. */
const PRIOR_SHAPE = [1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 3.5, 4, 4, 3.6, 3.8, 4, 4, 3.8, 3.6, 3.6, 4, 4.2, 4, 3, 2];

const hourMemo = new Map<string, Map<number, number>>();

/** Local hour of an instant, memoised per zone and UTC quarter hour (offsets are multiples of 15 minutes). */
export function localHour(timeZone: string, ms: number): number {
  const slot = Math.floor(ms / (15 * MINUTE_MS));
  let zone = hourMemo.get(timeZone);
  if (!zone) hourMemo.set(timeZone, (zone = new Map()));
  let off = zone.get(slot);
  if (off === undefined) {
    if (zone.size > 100_000) zone.clear();
    off = zoneOffsetMinutes(timeZone, slot * 15 * MINUTE_MS);
    zone.set(slot, off);
  }
  const local = ms + off * MINUTE_MS;
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 3_600_000);
}

export interface ArrivalProfile {
  /** Share of a day's tickets arriving in each local hour 0–23 (sums to 1). */
  hourly: number[];
  /** Share of tickets on live channels. */
  liveShare: number;
  /** Tickets the profile was learned from. */
  sample: number;
}

/** The arrival profile of tickets created in [from, to). `pseudo` tickets of the prior shape smooth thin data. */
export function arrivalProfile(tickets: readonly TicketStamp[], timeZone: string, from: number, to: number, pseudo = 48): ArrivalProfile {
  const counts = new Array(24).fill(0);
  let live = 0;
  let n = 0;
  for (const x of tickets) {
    if (x.createdAt < from || x.createdAt >= to) continue;
    counts[localHour(timeZone, x.createdAt)]++;
    n++;
    if (x.channel === null || LIVE_CHANNELS.has(x.channel)) live++;
  }
  const prior = PRIOR_SHAPE.reduce((a, b) => a + b, 0);
  const hourly = counts.map((c, h) => (c + (pseudo * PRIOR_SHAPE[h]!) / prior) / (n + pseudo));
  return { hourly, liveShare: n > 0 ? (live + 4 * 0.8) / (n + 4) : 0.8, sample: n };
}
