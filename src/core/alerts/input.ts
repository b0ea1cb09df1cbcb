/** What a detector run gets: tickets and orders bucketed once onto the local-day axis of the workbook zone. */
import type { Order, Ticket } from '../records';
import { addDaysToKey, weekdayOfKey } from '../time';
import type { AlertConfig } from './config';
import { dayAxis, dayKeyOf, type DayAxis } from './days';

export interface DayBuckets {
  axis: DayAxis;
  /** tickets whose creation falls on the axis, with their day index. */
  tickets: { t: Ticket; day: number }[];
  /** order lines on the axis with their day index. */
  orders: { o: Order; day: number }[];
  /** First day index with any ticket (data starts there). */
  firstTicketDay: number;
  firstOrderDay: number;
  weekdays: number[];
  promoWave: boolean[];
  /** true on the promo days themselves (the wave's first day). */
  promoDay: boolean[];
  /** Order lines a day (a multi-line order counts per line: close enough to say how busy a day was). */
  ordersPerDay: number[];
  /** Fraction of today already gone (scales today's expectation). */
  todayFraction: number;
}

export function bucketDays(tickets: Ticket[], orders: Order[], now: number, timeZone: string, promoDays: string[], config: AlertConfig, todayStartMs: number): DayBuckets {
  const axis = dayAxis(timeZone, now, config.historyDays);
  const tk: DayBuckets['tickets'] = [];
  let firstTicketDay = axis.days;
  for (const t of tickets) {
    if (t.createdAt === null || t.createdAt > now) continue;
    const day = axis.indexOf(t.createdAt);
    if (day < 0) continue;
    tk.push({ t, day });
    if (day < firstTicketDay) firstTicketDay = day;
  }
  const od: DayBuckets['orders'] = [];
  const ordersPerDay = new Array<number>(axis.days).fill(0);
  let firstOrderDay = axis.days;
  for (const o of orders) {
    if (o.orderDate === null || o.orderDate > now) continue;
    const day = axis.indexOf(o.orderDate);
    if (day < 0) continue;
    od.push({ o, day });
    if (day < firstOrderDay) firstOrderDay = day;
    ordersPerDay[day]++;
  }
  const promoWave = new Array<boolean>(axis.days).fill(false);
  const promoDay = new Array<boolean>(axis.days).fill(false);
  for (const p of promoDays) {
    const d = axis.indexOfKey(p);
    if (d >= 0) promoDay[d] = true;
    for (let k = 0; k <= config.volume.promoWaveDays; k++) {
      const i = axis.indexOfKey(addDaysToKey(p, k));
      if (i >= 0) promoWave[i] = true;
    }
  }
  return {
    axis,
    tickets: tk,
    orders: od,
    firstTicketDay,
    firstOrderDay,
    weekdays: axis.keys.map(weekdayOfKey),
    promoWave,
    promoDay,
    ordersPerDay,
    todayFraction: Math.min(1, Math.max(0.05, (now - todayStartMs) / 86_400_000)),
  };
}

/** The day key of an instant (re-exported for callers that bucket by hand). */
export { dayKeyOf };
