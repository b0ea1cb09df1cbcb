/** Summary statistics as the spreadsheet computes them: mean, MEDIAN and PERCENTILE.INC (linear interpolation). */

export interface Summary {
  mean: number | null;
  median: number | null;
  p90: number | null;
  count: number;
}

export const EMPTY_SUMMARY: Summary = { mean: null, median: null, p90: null, count: 0 };

/** PERCENTILE.INC on ascending values: rank p·(n−1), interpolated between the two neighbours. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = p * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, n - 1);
  const frac = rank - lo;
  const a = sorted[lo]!;
  // frac === 0 keeps exact values exact (no 0 × Infinity or rounding noise).
  return frac === 0 ? a : a + (sorted[hi]! - a) * frac;
}

/** Median = mean of the two middle values for an even count (identical to PERCENTILE.INC at 0.5). */
export function medianSorted(sorted: ArrayLike<number>): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function sortedCopy(values: readonly number[]): Float64Array {
  // A typed array sorts numerically and much faster than Array#sort with a comparator.
  return Float64Array.from(values).sort();
}

export function median(values: readonly number[]): number | null {
  return medianSorted(sortedCopy(values));
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { ...EMPTY_SUMMARY };
  const sorted = sortedCopy(values);
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i]!;
  return { mean: sum / sorted.length, median: medianSorted(sorted), p90: percentileSorted(sorted, 0.9), count: sorted.length };
}

/** numerator ÷ denominator, or null when nothing was counted (METRICS.md: never 0, never NaN). */
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}
