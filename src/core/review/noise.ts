/**
 * Is a change in a count beyond week-to-week noise? Two counts with their exposures (orders, units) are compared
 * with the exact conditional binomial test: under "same rate", the before count of the n = a + b complaints is
 * Binomial(n, Ea / (Ea + Eb)). Two-sided p = the summed probability of every split no likelier than the one seen.
 */
import { logGamma, poissonUpperTail } from '../alerts/stats';

export { poissonUpperTail };

function logChoose(n: number, k: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1);
}

/** Two-sided exact binomial p-value of `k` successes in `n` trials at probability `p`. */
export function binomialTwoSided(k: number, n: number, p: number): number {
  if (n === 0) return 1;
  if (p <= 0) return k === 0 ? 1 : 0;
  if (p >= 1) return k === n ? 1 : 0;
  const logP = (i: number) => logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log(1 - p);
  const seen = logP(k);
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    const l = logP(i);
    if (l <= seen + 1e-9) sum += Math.exp(l);
  }
  return Math.min(1, sum);
}

export interface RateComparison {
  before: number | null;
  after: number | null;
  /** p-value of "the rate did not change"; null when either exposure is 0. */
  p: number | null;
  verdict: 'better' | 'worse' | 'noise' | 'no_data';
}

/**
 * Rates per `per` units of exposure before and after, and whether the change is beyond noise at `alpha`.
 * Lower is better (complaints).
 */
export function compareRates(a: number, ea: number, b: number, eb: number, per = 1000, alpha = 0.05): RateComparison {
  if (ea <= 0 || eb <= 0) return { before: ea > 0 ? (a / ea) * per : null, after: eb > 0 ? (b / eb) * per : null, p: null, verdict: 'no_data' };
  const before = (a / ea) * per;
  const after = (b / eb) * per;
  const p = binomialTwoSided(a, a + b, ea / (ea + eb));
  const verdict = p >= alpha ? 'noise' : after < before ? 'better' : 'worse';
  return { before, after, p, verdict };
}
