/**
 * The statistics the detectors share: Poisson and negative-binomial upper tails, the expectation-based Poisson
 * log-likelihood ratio, gamma–Poisson shrinkage and Benjamini–Hochberg. Tails are summed upward from y in log
 * space so that p values near 1e-10 keep their precision (1 − cdf would round them away).
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7): accurate to ~1e-13, plenty for tail sums. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Sums term(k) for k ≥ y given ln term(y) and the ratio term(k+1)/term(k); stops once the rest is negligible. */
function upperTail(logFirst: number, ratio: (k: number) => number, y: number): number {
  let term = Math.exp(logFirst);
  let sum = term;
  for (let k = y; k < y + 100000; k++) {
    const r = ratio(k);
    term *= r;
    sum += term;
    if (r < 1 && term < sum * 1e-15 * (1 - r)) break;
  }
  return Math.min(1, sum);
}

/** P(Y ≥ y) for Y ~ Poisson(mu). */
export function poissonUpperTail(y: number, mu: number): number {
  if (y <= 0) return 1;
  if (mu <= 0) return 0;
  const logFirst = y * Math.log(mu) - mu - logGamma(y + 1);
  return upperTail(logFirst, (k) => mu / (k + 1), y);
}

/** P(Y ≥ y) for a negative binomial with mean mu and size r (variance mu + mu²/r); r → ∞ is Poisson. */
export function negBinomialUpperTail(y: number, mu: number, r: number): number {
  if (y <= 0) return 1;
  if (mu <= 0) return 0;
  if (!Number.isFinite(r) || r > 1e6) return poissonUpperTail(y, mu);
  const p = r / (r + mu);
  const logFirst = logGamma(y + r) - logGamma(r) - logGamma(y + 1) + r * Math.log(p) + y * Math.log(1 - p);
  return upperTail(logFirst, (k) => ((k + r) / (k + 1)) * (1 - p), y);
}

/**
 * Expectation-based Poisson scan statistic: ln L(observed rate) − ln L(expected rate) for y counts against mu
 * expected; zero when the window is not above expectation. LLR(20, 2) = 20·ln 10 − 18 = 28.0517.
 */
export function poissonLLR(y: number, mu: number): number {
  if (y <= mu) return 0;
  if (mu <= 0) return Infinity;
  return y * Math.log(y / mu) - (y - mu);
}

/**
 * Gamma–Poisson (empirical-Bayes) rate: a unit's own count over its exposure, pulled toward the prior rate with
 * the weight of `priorExposure` units — a SKU with little history borrows the shop's rate.
 */
export function shrunkRate(count: number, exposure: number, priorRate: number, priorExposure: number): number {
  return (count + priorRate * priorExposure) / (exposure + priorExposure);
}

/** Benjamini–Hochberg adjusted q values, in input order: q_(i) = min over j ≥ i of p_(j)·m/j. */
export function benjaminiHochberg(pValues: number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array<number>(m);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, i } = order[rank - 1];
    running = Math.min(running, (p * m) / rank);
    q[i] = running;
  }
  return q;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Method-of-moments negative-binomial size from counts already divided by their expected multipliers: r =
 * mean² / (variance − mean), clamped so a short or calm history neither claims Poisson certainty nor noise.
 */
export function negBinomialSize(xs: number[], min: number, max: number): number {
  if (xs.length < 2) return min;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  if (variance <= mean) return max;
  return Math.min(max, Math.max(min, (mean * mean) / (variance - mean)));
}
