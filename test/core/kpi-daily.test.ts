import { describe, expect, it } from 'vitest';
import { computeKpis } from '../../src/core/kpi/compute';
import { dailyStats, kpisFromDaily, sameDay } from '../../src/core/kpi/daily';
import { calendar, orders, period, policy, tickets } from '../fixtures/kpi-fixture';

describe('daily aggregates', () => {
  const days = dailyStats({ tickets, orders, calendar, policy, from: '2026-08-01', to: '2026-10-25' });

  it('has one row for every day, empty days as zeros', () => {
    expect(days).toHaveLength(86);
    expect(days[0]!.day).toBe('2026-08-01');
    expect(days.at(-1)!.day).toBe('2026-10-25');
    expect(days.find((d) => d.day === '2026-08-02')!.tickets).toBe(0);
  });

  it('gives the engine’s counts, rates and means for the fixture week', () => {
    const full = computeKpis({ tickets, orders, calendar, policy, ...period });
    const agg = kpisFromDaily(days, period.from, period.to);
    expect(agg.tickets).toBe(full.tickets);
    for (const key of ['resolution_rate', 'one_touch_rate', 'reopen_rate', 'sla_first_reply_rate', 'sla_resolution_rate', 'csat_percent', 'csat_average', 'csat_response_rate'] as const) {
      if (full[key] === null) expect(agg[key], key).toBeNull();
      else expect(agg[key], key).toBeCloseTo(full[key]!, 12);
    }
    expect(agg.first_reply_hours_mean).toBeCloseTo(full.first_reply_hours.mean!, 12);
    expect(agg.first_reply_business_hours_mean).toBeCloseTo(full.first_reply_business_hours.mean!, 12);
    expect(agg.resolution_hours_mean).toBeCloseTo(full.resolution_hours.mean!, 12);
    expect(agg.requester_wait_business_hours_mean).toBeCloseTo(full.requester_wait_business_hours.mean!, 12);
  });

  it('sums any sub-period the same way (a single day equals the engine on that day)', () => {
    for (const d of ['2026-10-05', '2026-10-07', '2026-10-08']) {
      const full = computeKpis({ tickets, orders, calendar, policy, from: d, to: d });
      const agg = kpisFromDaily(days, d, d);
      expect(agg.tickets).toBe(full.tickets);
      expect(agg.resolution_rate).toBe(full.resolution_rate);
      expect(agg.csat_percent).toBe(full.csat_percent);
    }
  });

  it('tells an unchanged day from a changed one', () => {
    const again = dailyStats({ tickets, orders, calendar, policy, from: '2026-10-05', to: '2026-10-05' })[0]!;
    const before = days.find((d) => d.day === '2026-10-05')!;
    expect(sameDay(again, before)).toBe(true);
    expect(sameDay({ ...again, resolved: again.resolved + 1 }, before)).toBe(false);
  });
});
