/**
 * The expected daily count of a series (tickets a day, overall or per reason/channel): a robust level (median of
 * recent unflagged, ordinary days after removing the weekday pattern) × the weekday factor (shrunk toward 1, only
 * once there are enough days) × the promo factor (on promo days and their after-sale wave, orders explain
 * volume). Days are walked in order so each day is scored only against days before it, and a day found anomalous
 * leaves the baseline of the days after it.
 */
import { median, negBinomialSize, negBinomialUpperTail } from './stats';

export interface SeriesContext {
  /** weekday (0 = Sunday) of each day index. */
  weekdays: number[];
  /** true on promo days and their after-sale wave. */
  promoWave: boolean[];
  /** Orders per day, or null when the shop has no orders data. */
  exposure: number[] | null;
}

export interface SeriesRules {
  minDays: number;
  weekdayAfterDays: number;
  weekdayShrinkWeeks: number;
  baselineDays: number;
  maxP: number;
  minExcess: number;
  minRatio: number;
  promoFallbackFactor: number;
  promoWaveDays: number;
}

export interface DayScore {
  index: number;
  observed: number;
  expected: number;
  p: number;
  flagged: boolean;
  /** Would have alerted without the orders-based promo factor. */
  promoExplained: boolean;
}

function weekdayFactors(counts: number[], usable: boolean[], weekdays: number[], upTo: number, shrinkWeeks: number): number[] {
  const sum = new Array(7).fill(0);
  const n = new Array(7).fill(0);
  for (let j = Math.max(0, upTo - 56); j < upTo; j++) {
    if (!usable[j]) continue;
    sum[weekdays[j]] += counts[j];
    n[weekdays[j]]++;
  }
  const total = sum.reduce((a, b) => a + b, 0);
  const days = n.reduce((a, b) => a + b, 0);
  if (total <= 0 || days === 0) return new Array(7).fill(1);
  const mean = total / days;
  return sum.map((s, w) => (n[w] === 0 ? 1 : (n[w] * (s / n[w] / mean) + shrinkWeeks) / (n[w] + shrinkWeeks)));
}

function alerts(y: number, mu: number, r: number, rules: SeriesRules): { p: number; hit: boolean } {
  const p = negBinomialUpperTail(y, mu, r);
  return { p, hit: p < rules.maxP && y - mu >= rules.minExcess && y >= rules.minRatio * mu };
}

/**
 * Scores days [scoreFrom, counts.length) of one series whose data starts at `firstData`. `todayFraction` scales
 * the expectation of the last day (a day still in progress).
 */
export function scoreSeries(counts: number[], ctx: SeriesContext, rules: SeriesRules, firstData: number, scoreFrom: number, todayFraction = 1): DayScore[] {
  const last = counts.length - 1;
  const usable = counts.map((_, j) => j >= firstData && !ctx.promoWave[j]);
  const out: DayScore[] = [];
  const flat = new Array(7).fill(1);
  // Flagging matters only for the baselines of the reported days, so the walk starts six weeks before them
  // (older spikes fall out of the 28-day median anyway; the weekday factors are robust to one or two).
  for (let i = Math.max(firstData, scoreFrom - rules.baselineDays - 14, 0); i <= last; i++) {
    if (i - firstData < rules.minDays) continue;
    const wf = i - firstData >= rules.weekdayAfterDays ? weekdayFactors(counts, usable, ctx.weekdays, i, rules.weekdayShrinkWeeks) : flat;
    const base: number[] = [];
    const baseDays: number[] = [];
    for (let j = i - 1; j >= firstData && base.length < rules.baselineDays; j--) {
      if (!usable[j]) continue;
      base.push(counts[j] / wf[ctx.weekdays[j]]);
      baseDays.push(j);
    }
    if (base.length < 5) continue;
    const med = median(base);
    // A sparse series has median 0; its mean still says how rare a day with tickets is.
    const level = med > 0 ? med : base.reduce((a, b) => a + b, 0) / base.length;
    let promo = 1;
    if (ctx.promoWave[i]) {
      // Each reason follows orders at its own lag (cancellations the same day, not-received a week later), so a
      // promo-wave day is allowed the largest order surge of the wave days before it.
      const usual = ctx.exposure ? median(baseDays.map((j) => ctx.exposure![j])) : 0;
      if (ctx.exposure && usual > 0) {
        let surge = 1;
        for (let k = 0; k <= rules.promoWaveDays && i - k >= 0; k++) surge = Math.max(surge, ctx.exposure[i - k] / usual);
        promo = surge;
      } else promo = rules.promoFallbackFactor;
    }
    const fraction = i === last ? todayFraction : 1;
    const plain = Math.max(0.2, level * wf[ctx.weekdays[i]]) * fraction;
    const expected = plain * promo;
    const y = counts[i];
    // Most days are nowhere near the excess and ratio gates: skip the tail sum for them.
    const near = (mu: number) => y - mu >= rules.minExcess && y >= rules.minRatio * mu;
    if (i < scoreFrom && !near(expected)) continue;
    const r = negBinomialSize(base, 5, 1000);
    const { p, hit } = near(expected) ? alerts(y, expected, r, rules) : { p: negBinomialUpperTail(y, expected, r), hit: false };
    if (hit) usable[i] = false; // flagged days leave the baseline
    if (i >= scoreFrom) {
      const promoExplained = !hit && promo > 1 && near(plain) && alerts(y, plain, r, rules).hit;
      out.push({ index: i, observed: y, expected, p, flagged: hit, promoExplained });
    }
  }
  return out;
}
