/**
 * Return-rate rise per SKU: return requests over the last 7 days per unit in buyers' hands against the SKU's own
 * earlier rate, Beta-shrunk toward the shop's return rate; the binomial tail (Poisson form, returns are rare per
 * unit) with a Bonferroni correction over the SKUs tested.
 */
import type { AlertConfig } from './config';
import type { DayBuckets } from './input';
import { poissonUpperTail, shrunkRate } from './stats';
import { alertKey, type Alert } from './types';
import { ratePair } from './words';

function isReturn(reason: string | null, resolution: string | null): boolean {
  return reason === 'return' || resolution === 'return_refund';
}

export function detectReturnRate(b: DayBuckets, config: AlertConfig): Alert[] {
  const rules = config.returns;
  const lag = config.defects;
  const n = b.axis.days;
  const recentFrom = n - rules.recentDays;
  const previousFrom = Math.max(0, recentFrom - rules.previousDays);
  const units = new Map<string, { recent: number; previous: number }>();
  // Units in buyers' hands: ordered lagMin–lagMax days before the window.
  for (const { o, day } of b.orders) {
    if (!o.sku) continue;
    const u = units.get(o.sku) ?? { recent: 0, previous: 0 };
    const q = o.quantity ?? 1;
    if (day >= recentFrom - lag.lagMaxDays && day < n - lag.lagMinDays) u.recent += q;
    else if (day >= previousFrom - lag.lagMaxDays && day < recentFrom - lag.lagMaxDays) u.previous += q;
    units.set(o.sku, u);
  }
  const returns = new Map<string, { recent: string[]; previous: number }>();
  for (const { t, day } of b.tickets) {
    if (!t.sku || !isReturn(t.reason, t.resolution) || day < previousFrom) continue;
    const r = returns.get(t.sku) ?? { recent: [], previous: 0 };
    if (day >= recentFrom) r.recent.push(t.ticketId);
    else r.previous++;
    returns.set(t.sku, r);
  }
  let shopReturns = 0;
  let shopUnits = 0;
  for (const [sku, u] of units) {
    shopUnits += u.previous;
    shopReturns += returns.get(sku)?.previous ?? 0;
  }
  if (shopUnits === 0) return [];
  const shopRate = (shopReturns + 0.5) / shopUnits; // half a pseudo-return: never a zero rate
  const alerts: Alert[] = [];
  const tested = [...returns.keys()].filter((sku) => units.has(sku));
  for (const sku of tested) {
    const u = units.get(sku)!;
    const r = returns.get(sku)!;
    const x = r.recent.length;
    if (x < rules.minReturns || u.recent === 0) continue;
    const rate = shrunkRate(r.previous, u.previous, shopRate, lag.priorUnits);
    const expected = rate * u.recent;
    const p = Math.min(1, poissonUpperTail(x, expected) * tested.length);
    if (p >= rules.maxP || x < rules.minRatio * expected) continue;
    const from = b.axis.keys[recentFrom];
    const pct = ratePair(x / u.recent, rate);
    alerts.push({
      id: `${alertKey('return_rate', `sku=${sku}`)}|${from}`,
      key: alertKey('return_rate', `sku=${sku}`),
      kind: 'return_rate',
      sku,
      window: { from, to: b.axis.todayKey, days: rules.recentDays },
      observed: x,
      expected: Number(expected.toFixed(2)),
      significance: p,
      severity: x >= 3 * expected ? 'high' : 'medium',
      message: {
        en: `SKU ${sku}: ${x} return requests in the last ${rules.recentDays} days on ${u.recent} units sold — ${pct.now.en}, usually ${pct.usual.en}.`,
        zh: `SKU ${sku}：近 ${rules.recentDays} 天 ${u.recent} 件销量中有 ${x} 件申请退货——${pct.now.zh}，平常${pct.usual.zh}。`,
      },
      ticketIds: r.recent.slice(0, 50),
    });
  }
  return alerts;
}
