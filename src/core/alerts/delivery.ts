/**
 * Delivery complaints (not received + late parcels) scored against the orders that are on their way: complaints on
 * a day follow the orders of the 1–8 days before it, so the expectation is the shop's usual complaints per order in
 * transit × the orders in transit that day. A promo's parcels raise the expectation exactly when they are on the
 * road, no sooner or later; a courier that loses a day's parcels stands out even in a promo's after-sale wave, where
 * the general volume baseline (baseline.ts) has to allow the whole wave's surge.
 */
import type { DayScore, SeriesRules } from './baseline';
import { negBinomialSize, negBinomialUpperTail } from './stats';

const LAG_MIN = 1;
const LAG_MAX = 8;

/** Orders in transit on each day: the orders of LAG_MIN–LAG_MAX days before, spread evenly over those days. */
export function inTransit(ordersPerDay: number[]): number[] {
  const span = LAG_MAX - LAG_MIN + 1;
  return ordersPerDay.map((_, d) => {
    let s = 0;
    for (let k = LAG_MIN; k <= LAG_MAX; k++) s += ordersPerDay[d - k] ?? 0;
    return s / span;
  });
}

/** Scores days [scoreFrom, counts.length) of a delivery-complaint series whose data starts at `firstData`. */
export function scoreDelivery(counts: number[], ordersPerDay: number[], rules: SeriesRules, firstData: number, firstOrder: number, scoreFrom: number, todayFraction = 1): DayScore[] {
  const transit = inTransit(ordersPerDay);
  const start = Math.max(firstData, firstOrder + LAG_MAX);
  const last = counts.length - 1;
  const out: DayScore[] = [];
  for (let i = scoreFrom; i <= last; i++) {
    const days: number[] = [];
    for (let j = Math.max(start, i - rules.baselineDays); j < i; j++) if (transit[j]! > 0) days.push(j);
    if (days.length < rules.minDays) continue;
    // Past spikes leave the baseline: days far above the month's own rate (3 sd and 2 more) are left out.
    const rate0 = days.reduce((s, j) => s + counts[j]!, 0) / days.reduce((s, j) => s + transit[j]!, 0);
    const kept = days.filter((j) => counts[j]! <= rate0 * transit[j]! + 3 * Math.sqrt(rate0 * transit[j]!) + 2);
    const rate = (kept.reduce((s, j) => s + counts[j]!, 0) + 0.5) / kept.reduce((s, j) => s + transit[j]!, 0);
    const meanTransit = kept.reduce((s, j) => s + transit[j]!, 0) / kept.length;
    // Never Poisson-sure: a month of a few complaints a day cannot tell how much days really vary, and couriers have
    // ordinary bad days. Size ≤ 20 keeps a day of 5 against a usual 1 from looking like a one-in-ten-thousand event.
    const r = negBinomialSize(kept.map((j) => (counts[j]! * meanTransit) / transit[j]!), 5, 20);
    const expected = Math.max(0.2, rate * transit[i]!) * (i === last ? todayFraction : 1);
    const y = counts[i]!;
    const p = negBinomialUpperTail(y, expected, r);
    const flagged = p < rules.maxP && y - expected >= rules.minExcess && y >= rules.minRatio * expected;
    out.push({ index: i, observed: y, expected, p, flagged, promoExplained: false });
  }
  return out;
}
