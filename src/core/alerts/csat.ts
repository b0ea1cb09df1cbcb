/**
 * CSAT drop: the share of 4–5 scores over the last 7 days against the previous 28, only with enough responses in
 * both and a drop of at least 10 points; a one-sided two-proportion z test must also reject at maxP (a 7-day
 * sample of 15 answers swings 10 points by chance often, and the test runs every day).
 */
import type { AlertConfig } from './config';
import type { DayBuckets } from './input';
import { alertKey, type Alert } from './types';

/** Upper tail of the standard normal (Abramowitz–Stegun 7.1.26, |error| < 1.5e-7). */
export function normalUpperTail(z: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(z) / Math.SQRT2);
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-(z * z) / 2);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

export function detectCsat(b: DayBuckets, now: number, config: AlertConfig): Alert[] {
  const rules = config.csat;
  const n = b.axis.days;
  const recentFrom = n - rules.recentDays;
  const previousFrom = recentFrom - rules.previousDays;
  const recent = { good: 0, all: 0, ids: [] as string[] };
  const previous = { good: 0, all: 0 };
  for (const { t } of b.tickets) {
    if (t.csat === null || t.csatAt === null || t.csatAt > now) continue;
    const day = b.axis.indexOf(t.csatAt);
    if (day < 0 || day < previousFrom) continue;
    const bucket = day >= recentFrom ? recent : previous;
    bucket.all++;
    if (t.csat >= 4) bucket.good++;
    else if (bucket === recent) recent.ids.push(t.ticketId);
  }
  if (recent.all < rules.minResponses || previous.all < rules.minResponses) return [];
  const pr = recent.good / recent.all;
  const pp = previous.good / previous.all;
  const drop = (pp - pr) * 100;
  if (drop < rules.minDropPoints) return [];
  const pooled = (recent.good + previous.good) / (recent.all + previous.all);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / recent.all + 1 / previous.all));
  const p = se > 0 ? normalUpperTail((pp - pr) / se) : 0;
  if (p > rules.maxP) return [];
  const from = b.axis.keys[recentFrom];
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return [
    {
      id: `${alertKey('csat', 'all')}|${from}`,
      key: alertKey('csat', 'all'),
      kind: 'csat',
      window: { from, to: b.axis.todayKey, days: rules.recentDays },
      observed: Number((pr * 100).toFixed(1)),
      expected: Number((pp * 100).toFixed(1)),
      significance: p,
      severity: drop >= 20 ? 'high' : 'medium',
      message: {
        en: `CSAT fell to ${pct(pr)} satisfied over the last ${rules.recentDays} days (${recent.all} responses), from ${pct(pp)} in the ${rules.previousDays} days before.`,
        zh: `近 ${rules.recentDays} 天满意率降至 ${pct(pr)}（${recent.all} 份评价），此前 ${rules.previousDays} 天为 ${pct(pp)}。`,
      },
      ticketIds: recent.ids.slice(0, 50),
    },
  ];
}
