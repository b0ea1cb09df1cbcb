/**
 * SLA alerts: targets breached a day (first reply or resolution due that day and missed) against the usual level,
 * and the backlog of open tickets already past their resolution target against the last weeks' backlog. Due times
 * are the ones the SLA refresh stored; a ticket without them gets them from the business calendar.
 */
import type { BusinessCalendar } from '../calendar';
import type { Ticket } from '../records';
import { firstReplyDue, resolutionDue, type SlaPolicy } from '../sla';
import { scoreSeries } from './baseline';
import type { AlertConfig } from './config';
import type { DayBuckets } from './input';
import { alertKey, type Alert } from './types';
import { dayWords, usualCount } from './words';

const OPEN = new Set(['new', 'open', 'waiting']);

function dues(cal: BusinessCalendar, policy: SlaPolicy, t: Ticket): { reply: number | null; resolve: number | null } {
  if (t.createdAt === null) return { reply: null, resolve: null };
  const priority = t.priority ?? 'normal';
  return {
    reply: t.firstReplyDueAt ?? firstReplyDue(cal, policy, t.createdAt, priority),
    resolve: t.resolutionDueAt ?? resolutionDue(cal, policy, t.createdAt, priority, t.waitingHours ?? 0),
  };
}

export function detectSla(b: DayBuckets, cal: BusinessCalendar, policy: SlaPolicy, now: number, config: AlertConfig): Alert[] {
  const n = b.axis.days;
  const breaches = new Array<number>(n).fill(0);
  const breachIds: string[][] = [[], []];
  const overdue: { resolve: number; closedAt: number | null; id: string }[] = [];
  for (const { t } of b.tickets) {
    const d = dues(cal, policy, t);
    const done = t.resolvedAt ?? t.closedAt ?? (OPEN.has(t.status ?? 'new') ? null : t.updatedAt);
    for (const [due, metAt] of [[d.reply, t.firstReplyAt], [d.resolve, done]] as const) {
      if (due === null || due > now) continue;
      if (metAt !== null && metAt <= due) continue;
      const day = b.axis.indexOf(due);
      if (day < 0) continue;
      breaches[day]++;
      if (day >= n - 2) breachIds[day - (n - 2)].push(t.ticketId);
    }
    if (d.resolve !== null) overdue.push({ resolve: d.resolve, closedAt: done, id: t.ticketId });
  }
  const rules = { ...config.volume, ...config.sla, promoFallbackFactor: 1 };
  const ctx = { weekdays: b.weekdays, promoWave: new Array<boolean>(n).fill(false), exposure: null };
  const alerts: Alert[] = [];
  for (const s of scoreSeries(breaches, ctx, rules, b.firstTicketDay, n - 2, b.todayFraction)) {
    if (!s.flagged) continue;
    const day = b.axis.keys[s.index];
    alerts.push({
      id: `${alertKey('sla', 'breaches')}|${day}`,
      key: alertKey('sla', 'breaches'),
      kind: 'sla',
      window: { from: day, to: day, days: 1 },
      observed: s.observed,
      expected: Number(s.expected.toFixed(2)),
      significance: s.p,
      severity: s.observed >= 3 * s.expected ? 'high' : 'medium',
      message: {
        en: `Replies and resolutions past their target ${day === b.axis.todayKey ? 'today' : `on ${dayWords(day).en}`}: ${s.observed}, ${usualCount(s.expected).en}.`,
        zh: `${day === b.axis.todayKey ? '今天' : dayWords(day).zh}超过时限（SLA）的回复和解决 ${s.observed} 次，${usualCount(s.expected, '', '次').zh}。`,
      },
      ticketIds: breachIds[s.index - (n - 2)].slice(0, 50),
    });
  }
  // Backlog past the resolution target at the end of each of the last weeks' days, then now.
  const days = Math.min(config.sla.baselineDays, n - 1);
  const backlog: number[] = [];
  for (let k = days; k >= 0; k--) {
    const at = k === 0 ? now : now - k * 86_400_000;
    backlog.push(overdue.filter((o) => o.resolve < at && (o.closedAt === null || o.closedAt > at)).length);
  }
  const past = backlog.slice(0, -1);
  const current = backlog[backlog.length - 1];
  const usual = past.length ? [...past].sort((a, c) => a - c)[past.length >> 1] : 0;
  if (past.length >= config.volume.minDays && current - usual >= Math.max(config.sla.minExcess, 5) && current >= 2 * Math.max(usual, 1)) {
    const today = b.axis.todayKey;
    const ids = overdue.filter((o) => o.resolve < now && o.closedAt === null).map((o) => o.id);
    alerts.push({
      id: `${alertKey('sla', 'backlog')}|${today}`,
      key: alertKey('sla', 'backlog'),
      kind: 'sla',
      window: { from: today, to: today, days: 1 },
      observed: current,
      expected: usual,
      significance: 0,
      severity: current >= 3 * Math.max(usual, 1) ? 'high' : 'medium',
      message: {
        en: `${current} open tickets are past their resolution target, ${usualCount(usual).en}.`,
        zh: `目前有 ${current} 张未结工单已超过解决时限，${usualCount(usual, '', '张').zh}。`,
      },
      ticketIds: ids.slice(0, 50),
    });
  }
  return alerts;
}
