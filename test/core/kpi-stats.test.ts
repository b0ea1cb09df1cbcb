import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/core/kpi/defects';
import { dayIndex, periodBounds } from '../../src/core/kpi/period';
import { median, percentileSorted, rate, summarize } from '../../src/core/kpi/stats';

describe('summary statistics (spreadsheet definitions)', () => {
  it('PERCENTILE.INC interpolates at rank p·(n−1)', () => {
    // [1, 2, 4, 10]: rank 0.9 × 3 = 2.7 → 4 + 0.7 × 6 = 8.2 (LibreOffice gives 8.2 too)
    expect(percentileSorted([1, 2, 4, 10], 0.9)!).toBeCloseTo(8.2, 12);
    expect(percentileSorted([1, 2, 4, 10], 1)).toBe(10);
    expect(percentileSorted([1, 2, 4, 10], 0)).toBe(1);
    expect(percentileSorted([7], 0.9)).toBe(7);
    expect(percentileSorted([], 0.9)).toBeNull();
  });

  it('median averages the two middle values of an even count and sorts numerically', () => {
    expect(median([10, 9, 1, 2])).toBe(5.5); // a string sort would put 10 before 2
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNull();
  });

  it('summarize: mean, median, p90, count; empty is all null', () => {
    // rank 0.9 × 4 = 3.6 → 8 + 0.6 × (100 − 8) = 63.2
    const s = summarize([100, 2, 8, 4, 6]);
    expect({ ...s, p90: null }).toEqual({ mean: 24, median: 6, p90: null, count: 5 });
    expect(s.p90!).toBeCloseTo(63.2, 12);
    expect(summarize([])).toEqual({ mean: null, median: null, p90: null, count: 0 });
  });

  it('rate is null on an empty denominator, never NaN', () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(0, 3)).toBe(0);
    expect(rate(3, 4)).toBe(0.75);
  });
});

describe('periods', () => {
  it('whole local days, end exclusive, in the zone', () => {
    const b = periodBounds('Asia/Singapore', '2026-10-05', '2026-10-06');
    expect(b.startMs).toBe(Date.parse('2026-10-05T00:00:00+08:00'));
    expect(b.endMs).toBe(Date.parse('2026-10-07T00:00:00+08:00'));
    expect(b.days).toEqual(['2026-10-05', '2026-10-06']);
    expect(dayIndex(b, Date.parse('2026-10-06T00:00:00+08:00'))).toBe(1);
    expect(dayIndex(b, Date.parse('2026-10-05T23:59:59+08:00'))).toBe(0);
  });

  it('a DST day is 23 hours long (Europe/Berlin, 2026-03-29)', () => {
    const b = periodBounds('Europe/Berlin', '2026-03-29', '2026-03-30');
    expect(b.dayStarts[1]! - b.dayStarts[0]!).toBe(23 * 3_600_000);
    expect(dayIndex(b, Date.parse('2026-03-29T23:30:00+02:00'))).toBe(0);
  });

  it('column letters for defect cells', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
