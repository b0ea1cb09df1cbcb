/**
 * The KPI engine: METRICS.md's figures for one period, in one pass over the tickets and one over the orders.
 * Pure: time comes in as the period, the optional as-of and the calendar; defects are skipped and listed.
 */
import { PRIORITIES, type PriorityKey } from '../../../sheets-templates/enums';
import { type Counters, newCounters } from './counters';
import { businessHoursBetween } from '../calendar';
import { HOUR_MS, isoWeekOfKey } from '../time';
import { BLANK_KEY, Breakdown, type GroupTally, UNASSIGNED_KEY } from './breakdown';
import { FIGURES, issuesByField, SkipLog } from './defects';
import { dayIndex, periodBounds, type PeriodBounds } from './period';
import { retentionRates, scanOrders } from './retention';
import { rate, summarize } from './stats';
import type { KpiInput, KpiResult, PriorityFigures, RowIssue, TicketRow } from './types';

export { defaultPeriod } from './period';
export type { GroupFigures, KpiInput, KpiResult, PriorityFigures, RowIssue, SkippedRow, Summary, TicketRow } from './types';

/** Float noise in hour arithmetic must not turn a target met to the minute into a miss (same as sla.ts). */
const EPSILON_HOURS = 1e-9;
/** Waiting Hours may be rounded in the sheet; more than this beyond the resolution's business hours is a defect. */
const WAIT_TOLERANCE_HOURS = 0.01;

const EVENT_FIELDS = ['createdAt', 'firstReplyAt', 'resolvedAt', 'closedAt', 'surveySentAt', 'csatAt', 'waitingSince', 'updatedAt'] as const;

class Engine {
  readonly c = newCounters();
  readonly skips: SkipLog;
  readonly reason = new Breakdown();
  readonly assignee = new Breakdown();
  readonly channel = new Breakdown();
  readonly sku = new Breakdown();
  readonly rootCause = new Breakdown();
  readonly day: Breakdown;
  readonly week: Breakdown;
  private readonly weekOfDay: string[];

  constructor(private readonly input: KpiInput, private readonly bounds: PeriodBounds) {
    this.skips = new SkipLog(input.tab ?? 'Tickets', input.columns ?? {});
    this.day = new Breakdown(bounds.days);
    this.weekOfDay = bounds.days.map((d) => isoWeekOfKey(d));
    this.week = new Breakdown(this.weekOfDay);
  }

  private inPeriod(ms: number | null): ms is number {
    return ms !== null && ms >= this.bounds.startMs && ms < this.bounds.endMs;
  }

  /** The groups a ticket's counts go to; a group whose cell is defective is left out (and listed once). */
  private groupsOf(tr: TicketRow, issues: Map<string, RowIssue> | null): GroupTally[] {
    const t = tr.ticket;
    const out = [this.assignee.at(t.assignee.trim() || UNASSIGNED_KEY), this.sku.at(t.sku.trim() || BLANK_KEY)];
    const bad = (field: string, figures: readonly string[]) => {
      const issue = issues?.get(field);
      if (issue) this.skips.issue(issue, figures);
      return issue !== undefined;
    };
    if (!bad('reason', FIGURES.reason)) out.push(this.reason.at(t.reason ?? BLANK_KEY));
    if (!bad('channel', FIGURES.channel)) out.push(this.channel.at(t.channel ?? BLANK_KEY));
    if (!bad('rootCause', FIGURES.rootCause)) out.push(this.rootCause.at(t.rootCause ?? BLANK_KEY));
    return out;
  }

  count(tr: TicketRow): void {
    const t = tr.ticket;
    const issues = issuesByField(tr.issues);
    const issue = (field: string, figures: readonly string[]): boolean => {
      const i = issues?.get(field);
      if (i) this.skips.issue(i, figures);
      return i !== undefined;
    };
    for (const f of EVENT_FIELDS) {
      const v = t[f];
      if (v !== null && (this.c.latestEvent === null || v > this.c.latestEvent)) this.c.latestEvent = v;
    }
    const created = t.createdAt;
    const inCohort = this.inPeriod(created);
    const csatAtInPeriod = this.inPeriod(t.csatAt);
    const surveyInPeriod = this.inPeriod(t.surveySentAt);
    if (!inCohort && !csatAtInPeriod && !surveyInPeriod && created !== null) return; // nothing of this run

    // CSAT is counted by response time, whatever the creation date.
    let csatValid = true;
    if (t.csat !== null || issues?.has('csat')) {
      if (issue('csat', FIGURES.csat)) csatValid = false;
      else if (!Number.isInteger(t.csat) || t.csat! < 1 || t.csat! > 5) {
        this.skips.defect(tr.row, 'csat', `CSAT ${t.csat} is outside 1–5`, FIGURES.csat);
        csatValid = false;
      }
    }
    const groups = csatAtInPeriod || inCohort ? this.groupsOf(tr, issues) : [];
    if (t.csat !== null && csatValid) {
      if (issue('csatAt', FIGURES.csatAt)) {
        // period unknown: left out of csat_percent / csat_average
      } else if (t.csatAt === null) {
        if (inCohort || surveyInPeriod) this.skips.defect(tr.row, 'csatAt', 'CSAT without CSAT At', FIGURES.csatAt);
      } else if (csatAtInPeriod) {
        const promoter = t.csat >= 4 ? 1 : 0;
        this.c.responses++;
        this.c.promoters += promoter;
        this.c.csatSum += t.csat;
        const i = dayIndex(this.bounds, t.csatAt);
        // The response's day is its CSAT At day, not its creation day: tallied apart from the ticket's groups.
        for (const g of [this.day.at(this.bounds.days[i]!), this.week.at(this.weekOfDay[i]!)]) {
          g.responses++;
          g.promoters += promoter;
        }
        for (const g of groups) {
          g.responses++;
          g.promoters += promoter;
        }
      }
    }
    if (!issue('surveySentAt', FIGURES.survey) && surveyInPeriod && csatValid) {
      this.c.surveysSent++;
      if (t.csat !== null) this.c.surveysAnswered++;
    }

    if (created === null) {
      if (!issue('createdAt', FIGURES.cohort)) this.skips.defect(tr.row, 'createdAt', 'Created At is empty', FIGURES.cohort);
      return;
    }
    if (inCohort) this.countCohort(tr, created, issue, csatValid, groups);
  }

  private countCohort(tr: TicketRow, created: number, issue: (field: string, figures: readonly string[]) => boolean, csatValid: boolean, groups: GroupTally[]): void {
    const t = tr.ticket;
    const c = this.c;
    const cal = this.input.calendar;
    const policy = this.input.policy;
    const dayI = dayIndex(this.bounds, created);
    const all = groups; // the CSAT tally is done: from here on the creation day and week join the groups
    all.push(this.day.at(this.bounds.days[dayI]!), this.week.at(this.weekOfDay[dayI]!));
    c.tickets++;
    for (const g of all) g.tickets++;

    // An empty Priority is Normal (as in sla.ts); an unknown one has no target.
    const priority: PriorityKey | null = issue('priority', FIGURES.priority) ? null : (t.priority ?? 'normal');
    const byPriority = priority ? c.priority[priority] : null;
    if (byPriority) byPriority.tickets++;

    if (!issue('firstReplyAt', FIGURES.firstReply) && t.firstReplyAt !== null) {
      if (t.firstReplyAt < created) {
        this.skips.defect(tr.row, 'firstReplyAt', 'First Reply At is before Created At', FIGURES.firstReply);
      } else {
        const hours = (t.firstReplyAt - created) / HOUR_MS;
        const business = businessHoursBetween(cal, created, t.firstReplyAt);
        c.firstReply.push(hours);
        c.firstReplyBusiness.push(business);
        for (const g of all) g.firstReplyHours.push(hours);
        if (priority && byPriority) {
          const met = business <= policy.firstReplyHours[priority] + EPSILON_HOURS ? 1 : 0;
          c.slaFirstBase++;
          c.slaFirstMet += met;
          byPriority.firstBase++;
          byPriority.firstMet += met;
        }
      }
    }

    if (!issue('resolution', FIGURES.resolution) && (t.resolution === 'refund' || t.resolution === 'return_refund')) {
      const order = t.orderId.trim();
      if (order) c.returnedOrders.add(order);
    }

    const customer = t.customerId.trim();
    if (customer) {
      const happy = csatValid && t.csat !== null && t.csat >= 4;
      const known = c.complainants.get(customer);
      if (!known) c.complainants.set(customer, { createdAt: created, row: tr.row, happy, nextOrderAt: null });
      else {
        if (created < known.createdAt || (created === known.createdAt && tr.row < known.row)) {
          known.createdAt = created;
          known.row = tr.row;
        }
        known.happy = known.happy || happy;
      }
    }

    if (issue('status', FIGURES.status)) return;
    if (t.status === null) {
      this.skips.defect(tr.row, 'status', 'Status is empty', FIGURES.status);
      return;
    }
    const resolved = t.status === 'resolved' || t.status === 'closed';
    c.statusKnown++;
    for (const g of all) g.statusKnown++;
    if (!resolved) return;
    c.resolved++;
    for (const g of all) g.resolved++;
    this.countResolved(tr, created, issue, priority, all);
  }

  private countResolved(tr: TicketRow, created: number, issue: (field: string, figures: readonly string[]) => boolean, priority: PriorityKey | null, all: GroupTally[]): void {
    const t = tr.ticket;
    const c = this.c;
    const count = (field: 'reopens' | 'agentReplies', figures: readonly string[]): number | null => {
      if (issue(field, figures)) return null;
      const v = t[field] ?? 0; // an empty count is zero
      if (v < 0) {
        this.skips.defect(tr.row, field, `${field === 'reopens' ? 'Reopens' : 'Agent Replies'} is negative`, figures);
        return null;
      }
      return v;
    };
    const reopens = count('reopens', FIGURES.reopens);
    const replies = count('agentReplies', FIGURES.agentReplies);
    if (reopens !== null) {
      c.reopenBase++;
      if (reopens >= 1) c.reopened++;
      if (replies !== null) {
        const one = replies === 1 && reopens === 0 ? 1 : 0;
        c.oneTouchBase++;
        c.oneTouch += one;
        for (const g of all) {
          g.oneTouchBase++;
          g.oneTouch += one;
        }
      }
    }

    if (issue('resolvedAt', FIGURES.resolvedAt)) return;
    const resolvedAt = t.resolvedAt;
    if (resolvedAt === null) {
      this.skips.defect(tr.row, 'resolvedAt', 'Resolved At is empty on a resolved ticket', FIGURES.resolvedAt);
      return;
    }
    if (resolvedAt < created) {
      this.skips.defect(tr.row, 'resolvedAt', 'Resolved At is before Created At', FIGURES.resolvedAt);
      return;
    }
    const business = businessHoursBetween(this.input.calendar, created, resolvedAt);
    c.resolution.push((resolvedAt - created) / HOUR_MS);
    c.resolutionBusiness.push(business);

    if (issue('waitingHours', FIGURES.waiting)) return;
    const waited = t.waitingHours ?? 0;
    if (waited < 0 || waited > business + WAIT_TOLERANCE_HOURS) {
      const why = waited < 0 ? 'Waiting Hours is negative' : 'Waiting Hours exceeds the business hours to resolution';
      this.skips.defect(tr.row, 'waitingHours', why, FIGURES.waiting);
      return;
    }
    const wait = Math.max(0, business - waited);
    c.requesterWait.push(wait);
    if (priority) {
      const met = wait <= this.input.policy.resolutionHours[priority] + EPSILON_HOURS ? 1 : 0;
      c.slaResBase++;
      c.slaResMet += met;
      c.priority[priority].resBase++;
      c.priority[priority].resMet += met;
    }
  }
}

function runEngine(input: KpiInput): { engine: Engine; bounds: PeriodBounds } {
  const bounds = periodBounds(input.calendar.timeZone, input.from, input.to);
  const engine = new Engine(input, bounds);
  for (const tr of input.tickets) engine.count(tr);
  return { engine, bounds };
}

/** The raw numerators, denominators and samples of one period (the daily aggregates are built from these). */
export function kpiCounters(input: KpiInput): Counters {
  return runEngine(input).engine.c;
}

export function computeKpis(input: KpiInput): KpiResult {
  const { engine, bounds } = runEngine(input);
  const c = engine.c;
  const orders = scanOrders(input.orders, c.complainants, bounds.startMs, bounds.endMs);
  const latest = orders.latest === null ? c.latestEvent : c.latestEvent === null ? orders.latest : Math.max(orders.latest, c.latestEvent);
  const asOf = input.asOf ?? latest;
  const retention = retentionRates(c.complainants, asOf);
  const byPriority = {} as Record<PriorityKey, PriorityFigures>;
  for (const p of PRIORITIES) {
    const k = c.priority[p.key];
    byPriority[p.key] = {
      tickets: k.tickets,
      first_reply_target_hours: input.policy.firstReplyHours[p.key],
      resolution_target_hours: input.policy.resolutionHours[p.key],
      sla_first_reply_rate: rate(k.firstMet, k.firstBase),
      sla_resolution_rate: rate(k.resMet, k.resBase),
    };
  }
  const skipped = engine.skips.list();
  return {
    tickets: c.tickets,
    first_reply_hours: summarize(c.firstReply),
    first_reply_business_hours: summarize(c.firstReplyBusiness),
    resolution_hours: summarize(c.resolution),
    resolution_business_hours: summarize(c.resolutionBusiness),
    requester_wait_business_hours: summarize(c.requesterWait),
    resolution_rate: rate(c.resolved, c.statusKnown),
    one_touch_rate: rate(c.oneTouch, c.oneTouchBase),
    reopen_rate: rate(c.reopened, c.reopenBase),
    sla_first_reply_rate: rate(c.slaFirstMet, c.slaFirstBase),
    sla_resolution_rate: rate(c.slaResMet, c.slaResBase),
    csat_percent: rate(c.promoters, c.responses),
    csat_average: rate(c.csatSum, c.responses),
    csat_response_rate: rate(c.surveysAnswered, c.surveysSent),
    return_rate: rate(c.returnedOrders.size, orders.ordersInPeriod),
    repurchase_30d_rate: retention.repurchase,
    recovery_rate: retention.recovery,
    by_reason: engine.reason.figures(),
    by_assignee: engine.assignee.figures(),
    by_channel: engine.channel.figures(),
    by_sku: engine.sku.figures(),
    by_root_cause: engine.rootCause.figures(),
    by_day: engine.day.figures(),
    by_week: engine.week.figures(),
    by_priority: byPriority,
    csat_responses: c.responses,
    eligible_complainants: retention.eligible,
    skipped,
    skipped_rows: new Set(skipped.map((s) => s.row)).size,
    period: { from: bounds.from, to: bounds.to, asOf: asOf ?? null },
  };
}

