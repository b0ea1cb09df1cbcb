/**
 * The weekly review: the week against the previous four. Every headline figure is taken from the KPI engine run
 * on that ISO week's days (so the review and `afterdesk kpi --from Mon --to Sun` agree by construction); the rest
 * (reason and root-cause changes, SKU complaint rates, departments, cases, actions) is counted over the same cohorts.
 */
import type { ReasonKey, RootCauseKey } from '../../../sheets-templates/enums';
import { computeKpis, type KpiResult } from '../kpi/compute';
import { BLANK_KEY } from '../kpi/breakdown';
import { periodBounds } from '../kpi/period';
import type { TicketRow } from '../kpi/types';
import { startOfLocalDay } from '../time';
import { backlog, knowledgeCandidates, representativeCases, unclassified } from './cases';
import { departmentOf } from './departments';
import { exposure, type Exposure } from './exposure';
import { closeTheLoop } from './loop';
import { quote } from './mask';
import { poissonUpperTail } from './noise';
import type { ActionItem, CountChange, DepartmentFeedback, ReviewInput, SkuRise, WeekFigures, WeeklyReview } from './types';
import { shiftWeek, type WeekSpan } from './week';

export const PREVIOUS_WEEKS = 4;

function figuresOf(week: string, k: KpiResult, e: Exposure): WeekFigures {
  return {
    week,
    tickets: k.tickets,
    orders: e.orders,
    perThousandOrders: e.orders > 0 ? (k.tickets / e.orders) * 1000 : null,
    firstReplyMedian: k.first_reply_business_hours.median,
    resolutionMedian: k.resolution_business_hours.median,
    csatPercent: k.csat_percent,
    reopenRate: k.reopen_rate,
    returnRate: k.return_rate,
  };
}

function changes<K extends string>(groups: Record<string, { tickets: number }>[], dept: (key: K) => string | null): CountChange<K>[] {
  const [now, ...before] = groups;
  return Object.entries(now!)
    .filter(([key, g]) => key !== BLANK_KEY && g.tickets > 0)
    .map(([key, g]) => {
      const previous = before.reduce((s, b) => s + (b[key]?.tickets ?? 0), 0) / before.length;
      return { key: key as K, tickets: g.tickets, previous, change: g.tickets - previous, department: dept(key as K) };
    })
    .sort((a, b) => b.tickets - a.tickets || b.change - a.change || a.key.localeCompare(b.key));
}

const round = (x: number) => Math.round(x * 100) / 100;

export function buildReview(input: ReviewInput): WeeklyReview {
  const tz = input.calendar.timeZone;
  const spans: WeekSpan[] = [input.week, ...Array.from({ length: PREVIOUS_WEEKS }, (_, i) => shiftWeek(input.week.week, i + 1))];
  const bounds = spans.map((s) => periodBounds(tz, s.from, s.to));
  const kpis = spans.map((s) => computeKpis({ tickets: input.tickets, orders: input.orders, calendar: input.calendar, policy: input.policy, from: s.from, to: s.to }));
  const exposures = bounds.map((b) => exposure(input.orders, b.startMs, b.endMs));
  const figures = spans.map((s, i) => figuresOf(s.week, kpis[i]!, exposures[i]!));
  const map = input.departments;

  // Cohorts: tickets created in each week (the KPI engine's cohort rule).
  const cohorts: TicketRow[][] = bounds.map(() => []);
  for (const r of input.tickets) {
    const c = r.ticket.createdAt;
    if (c === null) continue;
    const i = bounds.findIndex((b) => c >= b.startMs && c < b.endMs);
    if (i >= 0) cohorts[i]!.push(r);
  }
  const deptOf = (r: TicketRow) => departmentOf(map, r.ticket);

  // SKUs whose complaints (problems some department owns) per 1,000 units rose against the previous four weeks.
  const complaintsBySku = cohorts.map((rows) => {
    const m = new Map<string, number>();
    for (const r of rows) if (r.ticket.sku.trim() && deptOf(r)) m.set(r.ticket.sku.trim(), (m.get(r.ticket.sku.trim()) ?? 0) + 1);
    return m;
  });
  let shopPrevC = 0;
  let shopPrevU = 0;
  for (let i = 1; i < spans.length; i++) {
    for (const n of complaintsBySku[i]!.values()) shopPrevC += n;
    for (const u of exposures[i]!.units.values()) shopPrevU += u;
  }
  const skuDept = new Map<string, Map<string, number>>();
  for (const r of cohorts[0]!) {
    const d = deptOf(r);
    if (!d || !r.ticket.sku.trim()) continue;
    const m = skuDept.get(r.ticket.sku.trim()) ?? new Map<string, number>();
    m.set(d, (m.get(d) ?? 0) + 1);
    skuDept.set(r.ticket.sku.trim(), m);
  }
  const skus: SkuRise[] = [];
  for (const [sku, complaints] of complaintsBySku[0]!) {
    const units = exposures[0]!.units.get(sku) ?? 0;
    if (complaints < 2 || units === 0) continue;
    let pc = 0;
    let pu = 0;
    for (let i = 1; i < spans.length; i++) {
      pc += complaintsBySku[i]!.get(sku) ?? 0;
      pu += exposures[i]!.units.get(sku) ?? 0;
    }
    const rate = (complaints / units) * 1000;
    const previousRate = pu > 0 ? (pc / pu) * 1000 : null;
    // A SKU new this month is compared with the shop's rate; never with zero (every complaint would be "infinite").
    const baseline = previousRate !== null && pc > 0 ? previousRate : shopPrevU > 0 ? (shopPrevC / shopPrevU) * 1000 : 0;
    if (previousRate !== null && rate <= previousRate) continue;
    const dept = [...(skuDept.get(sku) ?? new Map()).entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    skus.push({ sku, complaints, units, rate, previousComplaints: pc, previousUnits: pu, previousRate, p: poissonUpperTail(complaints, (baseline * units) / 1000), department: dept });
  }
  skus.sort((a, b) => a.p - b.p || b.complaints - a.complaints);

  // Departments: this week's problems, their SKUs with the previous four weeks' average, quotes and open actions.
  const openActions = input.actions.filter((a) => a.status !== 'done' && a.status !== 'dropped');
  const deptNames = new Set<string>();
  const perDept = cohorts.map((rows) => {
    const m = new Map<string, TicketRow[]>();
    for (const r of rows) {
      const d = deptOf(r);
      if (!d) continue;
      deptNames.add(d);
      const list = m.get(d) ?? [];
      list.push(r);
      m.set(d, list);
    }
    return m;
  });
  const departments: DepartmentFeedback[] = [];
  for (const d of deptNames) {
    const now = perDept[0]!.get(d) ?? [];
    if (now.length === 0) continue;
    const before = perDept.slice(1).map((m) => m.get(d) ?? []);
    const count = <T extends string>(rows: TicketRow[], key: (r: TicketRow) => T | null) => {
      const m = new Map<T, number>();
      for (const r of rows) {
        const k = key(r);
        if (k) m.set(k, (m.get(k) ?? 0) + 1);
      }
      return m;
    };
    const skuNow = count(now, (r) => r.ticket.sku.trim() || null);
    const skuBefore = before.map((rows) => count(rows, (r) => r.ticket.sku.trim() || null));
    // Quotes: the unhappiest customers first, then the fullest descriptions; never the same words twice.
    const seen = new Set<string>();
    const quotes = now
      .filter((r) => r.ticket.description.trim())
      .sort((a, b) => Number((a.ticket.csat ?? 5) > 2) - Number((b.ticket.csat ?? 5) > 2) || b.ticket.description.length - a.ticket.description.length || a.row - b.row)
      .map((r) => ({ ticketId: r.ticket.ticketId, text: quote(r.ticket.description, 160, input.contacts) }))
      .filter((q) => !seen.has(q.text) && seen.add(q.text))
      .slice(0, 3);
    departments.push({
      department: d,
      problems: now.length,
      previous: before.reduce((s, rows) => s + rows.length, 0) / PREVIOUS_WEEKS,
      reasons: [...count(now, (r) => r.ticket.rootCause ?? r.ticket.reason)].map(([key, tickets]) => ({ key, tickets })).sort((a, b) => b.tickets - a.tickets),
      skus: [...skuNow].map(([sku, tickets]) => ({ sku, tickets, previous: skuBefore.reduce((s, m) => s + (m.get(sku) ?? 0), 0) / PREVIOUS_WEEKS }))
        .sort((a, b) => b.tickets - a.tickets || a.sku.localeCompare(b.sku)).slice(0, 8),
      quotes,
      openActions: openActions.filter((a) => a.department === d),
      mailTo: map.owners[d] ?? [],
    });
  }
  departments.sort((a, b) => b.problems - a.problems || a.department.localeCompare(b.department));

  // Actions: due in the week after the review week, or overdue today.
  const today = startOfLocalDay(tz, input.now);
  const horizon = bounds[0]!.endMs + 7 * 86_400_000;
  const overdue = (a: ActionItem) => a.due !== null && a.due < today;
  const w = { startMs: bounds[0]!.startMs, endMs: bounds[0]!.endMs };
  return {
    week: input.week,
    figures,
    topReasons: changes<ReasonKey>(kpis.map((k) => k.by_reason), (key) => map.reason[key] ?? null).map((c) => ({ ...c, previous: round(c.previous), change: round(c.change) })),
    rootCauses: changes<RootCauseKey>(kpis.map((k) => k.by_root_cause), (key) => map.rootCause[key] ?? null).map((c) => ({ ...c, previous: round(c.previous), change: round(c.change) })),
    skus,
    cases: representativeCases(input.tickets, w),
    departments,
    unclassified: unclassified(input.tickets, w),
    knowledge: knowledgeCandidates(input.tickets, w, input.inKnowledgeBase),
    backlog: backlog(input.tickets, input.now),
    actionsDue: openActions.filter((a) => a.due !== null && a.due < horizon).sort((a, b) => a.due! - b.due!),
    actionCounts: { open: openActions.length, overdue: openActions.filter(overdue).length, done: input.actions.filter((a) => a.status === 'done').length },
    loop: closeTheLoop({ tickets: input.tickets, orders: input.orders, actions: input.actions, week: input.week, timeZone: tz, alpha: input.alpha }),
  };
}
