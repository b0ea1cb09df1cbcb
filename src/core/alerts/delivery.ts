/**
 * Delivery complaints (not received + late parcels) scored against the orders that are on their way: complaints on
 * a day follow the orders of the 1–8 days before it, so the expectation is the shop's usual complaints per order in
 * transit × the orders in transit that day. A promo's parcels raise the expectation exactly when they are on the
 * road, no sooner or later; a courier that loses a day's parcels stands out even in a promo's after-sale wave, where
 * the general volume baseline (baseline.ts) has to allow the whole wave's surge.
 */
import type { DayScore, SeriesRules } from './baseline';
import { negBinomialSize, negBinomialUpperTail } from './stats';

/**
 * Lag profiles (days after the order) a delivery complaint may follow: questions about a parcel that is late come
 * early, "not received" late. Each profile is fitted on the month before; a day's expectation is the larger of the
 * two, so a promo's wave is never under-expected whichever way its complaints lean.
 */
const PROFILES: [number, number][] = [[1, 4], [1, 8]];

/** Orders in transit on each day: the orders of lo–hi days before, spread evenly over those days. */
export function inTransit(ordersPerDay: number[], lo = 1, hi = 8): number[] {
  const span = hi - lo + 1;
  return ordersPerDay.map((_, d) => {
    let s = 0;
    for (let k = lo; k <= hi; k++) s += ordersPerDay[d - k] ?? 0;
    return s / span;
  });
}

/** Scores days [scoreFrom, counts.length) of a delivery-complaint series whose data starts at `firstData`. */
export function scoreDelivery(counts: number[], ordersPerDay: number[], rules: SeriesRules, firstData: number, firstOrder: number, scoreFrom: number, todayFraction = 1): DayScore[] {
  const transits = PROFILES.map(([lo, hi]) => inTransit(ordersPerDay, lo, hi));
  const start = Math.max(firstData, firstOrder + 8);
  const last = counts.length - 1;
  const out: DayScore[] = [];
  for (let i = scoreFrom; i <= last; i++) {
    let best: { expected: number; r: number } | null = null;
    for (const transit of transits) {
      const days: number[] = [];
      for (let j = Math.max(start, i - rules.baselineDays); j < i; j++) if (transit[j]! > 0) days.push(j);
      if (days.length < rules.minDays) continue;
      // Past spikes leave the baseline: days far above the month's own rate (3 sd and 2 more) are left out.
      const rate0 = days.reduce((s, j) => s + counts[j]!, 0) / days.reduce((s, j) => s + transit[j]!, 0);
      const kept = days.filter((j) => counts[j]! <= rate0 * transit[j]! + 3 * Math.sqrt(rate0 * transit[j]!) + 2);
      const rate = (kept.reduce((s, j) => s + counts[j]!, 0) + 0.5) / kept.reduce((s, j) => s + transit[j]!, 0);
      const meanTransit = kept.reduce((s, j) => s + transit[j]!, 0) / kept.length;
      // Never Poisson-sure: a month of a few complaints a day cannot tell how much days really vary, and couriers
      // have ordinary bad days. Size ≤ 20 keeps a day of 5 against a usual 1 from looking like a 1-in-10,000 event.
      const r = negBinomialSize(kept.map((j) => (counts[j]! * meanTransit) / transit[j]!), 5, 20);
      const expected = Math.max(0.2, rate * transit[i]!) * (i === last ? todayFraction : 1);
      if (!best || expected > best.expected) best = { expected, r };
    }
    if (!best) continue;
    const y = counts[i]!;
    const p = negBinomialUpperTail(y, best.expected, best.r);
    const flagged = p < rules.maxP && y - best.expected >= rules.minExcess && y >= rules.minRatio * best.expected;
    out.push({ index: i, observed: y, expected: best.expected, p, flagged, promoExplained: false });
  }
  return out;
}
