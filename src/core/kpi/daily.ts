/**
 * Daily aggregates: for each local day, the counts and sums behind the KPIs (cohort figures by Created At day,
 * CSAT by CSAT At day, response rate by Survey Sent At day, orders by Order Date day), computed by the KPI engine
 * itself so the two can never disagree; and the figures of a long period summed back from those days.
 * Counts, sums, rates and means come from the aggregates; medians, p90, repurchase, recovery and the return rate
 * (distinct Order IDs across days) need ticket rows. Returned Orders / Orders are per-day distinct counts, for trends.
 */
import type { BusinessCalendar } from '../calendar';
import type { Order } from '../records';
import type { SlaPolicy } from '../sla';
import { dayKeyOf } from '../alerts/days';
import { addDaysToKey } from '../time';
import { kpiCounters } from './compute';
import { rate } from './stats';
import type { TicketRow } from './types';

export const DAY_FIELDS = [
  'tickets', 'statusKnown', 'resolved', 'oneTouchBase', 'oneTouch', 'reopenBase', 'reopened',
  'firstReplyCount', 'firstReplyHours', 'firstReplyBusinessHours', 'resolutionCount', 'resolutionHours', 'resolutionBusinessHours',
  'waitCount', 'waitHours', 'slaFirstBase', 'slaFirstMet', 'slaResBase', 'slaResMet',
  'responses', 'promoters', 'csatSum', 'surveysSent', 'surveysAnswered', 'returnedOrders', 'orders',
] as const;

export type DayField = (typeof DAY_FIELDS)[number];
export type DayStats = { day: string } & Record<DayField, number>;

export interface DailyInput {
  tickets: readonly TicketRow[];
  orders: readonly Order[];
  calendar: BusinessCalendar;
  policy: SlaPolicy;
  /** Local days 'YYYY-MM-DD', both included: one row for every day, empty days as zeros. */
  from: string;
  to: string;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The aggregates of every day of [from, to]. Each ticket is counted on each of its (up to three) days. */
export function dailyStats(input: DailyInput): DayStats[] {
  const tz = input.calendar.timeZone;
  const byDay = new Map<string, TicketRow[]>();
  const inRange = (key: string) => key >= input.from && key <= input.to;
  for (const tr of input.tickets) {
    const days = new Set<string>();
    for (const at of [tr.ticket.createdAt, tr.ticket.csatAt, tr.ticket.surveySentAt]) if (at !== null) days.add(dayKeyOf(tz, at));
    for (const d of days) if (inRange(d)) (byDay.get(d) ?? byDay.set(d, []).get(d)!).push(tr);
  }
  const ordersByDay = new Map<string, Set<string>>();
  for (const o of input.orders) {
    if (o.orderDate === null || !Number.isFinite(o.orderDate)) continue;
    const d = dayKeyOf(tz, o.orderDate);
    const id = String(o.orderId ?? '').trim();
    if (id && inRange(d)) (ordersByDay.get(d) ?? ordersByDay.set(d, new Set()).get(d)!).add(id);
  }
  const out: DayStats[] = [];
  for (let day = input.from; day <= input.to; day = addDaysToKey(day, 1)) {
    const c = kpiCounters({ tickets: byDay.get(day) ?? [], orders: [], calendar: input.calendar, policy: input.policy, from: day, to: day });
    out.push({
      day,
      tickets: c.tickets, statusKnown: c.statusKnown, resolved: c.resolved, oneTouchBase: c.oneTouchBase, oneTouch: c.oneTouch,
      reopenBase: c.reopenBase, reopened: c.reopened,
      firstReplyCount: c.firstReply.length, firstReplyHours: sum(c.firstReply), firstReplyBusinessHours: sum(c.firstReplyBusiness),
      resolutionCount: c.resolution.length, resolutionHours: sum(c.resolution), resolutionBusinessHours: sum(c.resolutionBusiness),
      waitCount: c.requesterWait.length, waitHours: sum(c.requesterWait),
      slaFirstBase: c.slaFirstBase, slaFirstMet: c.slaFirstMet, slaResBase: c.slaResBase, slaResMet: c.slaResMet,
      responses: c.responses, promoters: c.promoters, csatSum: c.csatSum, surveysSent: c.surveysSent, surveysAnswered: c.surveysAnswered,
      returnedOrders: c.returnedOrders.size, orders: ordersByDay.get(day)?.size ?? 0,
    });
  }
  return out;
}

/** Two day rows hold the same figures (sums compared to 1e-9 h: a rewrite only when something changed). */
export function sameDay(a: DayStats, b: DayStats): boolean {
  return a.day === b.day && DAY_FIELDS.every((f) => Math.abs(a[f] - b[f]) <= 1e-9 * Math.max(1, Math.abs(a[f])));
}

/** The figures of METRICS.md a period's daily aggregates give exactly (means from sums; no medians or p90). */
export interface DailyKpis {
  period: { from: string; to: string; /** Days of the period that have a Daily Stats row (days before the first ticket have none). */ daysCovered: number };
  tickets: number;
  first_reply_hours_mean: number | null;
  first_reply_business_hours_mean: number | null;
  resolution_hours_mean: number | null;
  resolution_business_hours_mean: number | null;
  requester_wait_business_hours_mean: number | null;
  resolution_rate: number | null;
  one_touch_rate: number | null;
  reopen_rate: number | null;
  sla_first_reply_rate: number | null;
  sla_resolution_rate: number | null;
  csat_percent: number | null;
  csat_average: number | null;
  csat_response_rate: number | null;
}

export function kpisFromDaily(rows: readonly DayStats[], from: string, to: string): DailyKpis {
  const t = Object.fromEntries(DAY_FIELDS.map((f) => [f, 0])) as Record<DayField, number>;
  let days = 0;
  for (const r of rows) {
    if (r.day < from || r.day > to) continue;
    days++;
    for (const f of DAY_FIELDS) t[f] += r[f];
  }
  return {
    period: { from, to, daysCovered: days },
    tickets: t.tickets,
    first_reply_hours_mean: rate(t.firstReplyHours, t.firstReplyCount),
    first_reply_business_hours_mean: rate(t.firstReplyBusinessHours, t.firstReplyCount),
    resolution_hours_mean: rate(t.resolutionHours, t.resolutionCount),
    resolution_business_hours_mean: rate(t.resolutionBusinessHours, t.resolutionCount),
    requester_wait_business_hours_mean: rate(t.waitHours, t.waitCount),
    resolution_rate: rate(t.resolved, t.statusKnown),
    one_touch_rate: rate(t.oneTouch, t.oneTouchBase),
    reopen_rate: rate(t.reopened, t.reopenBase),
    sla_first_reply_rate: rate(t.slaFirstMet, t.slaFirstBase),
    sla_resolution_rate: rate(t.slaResMet, t.slaResBase),
    csat_percent: rate(t.promoters, t.responses),
    csat_average: rate(t.csatSum, t.responses),
    csat_response_rate: rate(t.surveysAnswered, t.surveysSent),
  };
}
