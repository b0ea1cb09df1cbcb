import { describe, expect, it } from 'vitest';
import { computeKpis, defaultPeriod, type KpiResult } from '../../src/core/kpi/compute';
import { calendar, expected, orders, period, policy, sg, tickets } from '../fixtures/kpi-fixture';

const DIGITS = 12;
const run = (extra: { asOf?: number; from?: string; to?: string } = {}): KpiResult =>
  computeKpis({ tickets, orders, calendar, policy, ...period, ...extra });

describe('computeKpis on the hand-built fixture', () => {
  const k = run();

  it('derives the as-of from the latest date-time in Tickets and Orders', () => {
    expect(k.period).toEqual({ from: '2026-10-05', to: '2026-10-11', asOf: expected.asOf });
  });

  it('counts the cohort by Created At in [from 00:00, to 24:00) local', () => {
    expect(k.tickets).toBe(expected.tickets);
  });

  for (const key of ['first_reply_hours', 'first_reply_business_hours', 'resolution_hours', 'resolution_business_hours', 'requester_wait_business_hours'] as const) {
    it(`${key}: mean, median (even count), PERCENTILE.INC p90`, () => {
      const want = expected[key];
      expect(k[key].count).toBe(want.count);
      expect(k[key].mean!).toBeCloseTo(want.mean, DIGITS);
      expect(k[key].median!).toBeCloseTo(want.median, DIGITS);
      expect(k[key].p90!).toBeCloseTo(want.p90, DIGITS);
    });
  }

  for (const key of ['resolution_rate', 'one_touch_rate', 'reopen_rate', 'sla_first_reply_rate', 'sla_resolution_rate', 'csat_percent', 'csat_average', 'csat_response_rate', 'return_rate', 'repurchase_30d_rate', 'recovery_rate'] as const) {
    it(`${key} = ${expected[key].toFixed(6)}`, () => {
      expect(k[key]!).toBeCloseTo(expected[key], DIGITS);
    });
  }

  it('counts responses and eligible complainants', () => {
    expect(k.csat_responses).toBe(7);
    expect(k.eligible_complainants).toBe(14);
  });

  it('lists each defective row once, with its cell and the figures it left', () => {
    expect(k.skipped.map((s) => [s.cell, s.message])).toEqual([
      ['Tickets!B15', 'not a date: "yesterday"'],
      ['Tickets!Y16', 'CSAT 7 is outside 1–5'],
      ['Tickets!P17', 'Resolved At is before Created At'],
      ['Tickets!L18', 'unknown Status: "Pending"'],
      ['Tickets!T21', 'not a number: "abc"'],
      ['Tickets!J23', 'unknown Reason: "Broken box"'],
    ]);
    expect(k.skipped_rows).toBe(6);
    const byCell = Object.fromEntries(k.skipped.map((s) => [s.cell, s.figures]));
    expect(byCell['Tickets!T21']).toEqual(['requester_wait_business_hours', 'sla_resolution_rate']);
    expect(byCell['Tickets!J23']).toEqual(['by_reason']);
    expect(byCell['Tickets!L18']).toContain('resolution_rate');
    expect(byCell['Tickets!L18']).not.toContain('tickets');
    expect(byCell['Tickets!B15']).toContain('tickets');
    expect(byCell['Tickets!B15']).not.toContain('csat_percent');
  });

  it('by_reason: damaged = T01 T02 T06 T07 T11 D3 D7; CSAT includes D1 and D5 (any creation date)', () => {
    // FR hours 1/6, .5, .5, 3.5, 6, 17 → median 2; resolved 5 of 7; responses 5, 2, 1, 5, 3 → 2/5.
    expect(k.by_reason['damaged']).toEqual({ tickets: 7, resolution_rate: 5 / 7, csat_percent: 0.4, first_reply_hours_median: 2, one_touch_rate: 4 / 5, csat_responses: 5 });
    expect(k.by_reason['size']).toEqual({ tickets: 2, resolution_rate: 1, csat_percent: 1, first_reply_hours_median: 6.125, one_touch_rate: 0.5, csat_responses: 1 });
    expect(k.by_reason['refund']).toEqual({ tickets: 1, resolution_rate: 0, csat_percent: null, first_reply_hours_median: null, one_touch_rate: null, csat_responses: 0 });
    expect(k.by_reason['other']!.resolution_rate).toBe(0); // E2 new; D4's unknown status is left out
    expect(k.by_reason['defective']!.first_reply_hours_median!).toBeCloseTo(2 / 3, DIGITS);
    const total = Object.values(k.by_reason).reduce((s, g) => s + g.tickets, 0);
    expect(total).toBe(19); // D9 (unknown reason) is in no reason group
  });

  it('by_assignee: the recognition table figures', () => {
    expect(k.by_assignee['amy']).toEqual({ tickets: 7, resolution_rate: 5 / 7, csat_percent: 0.4, first_reply_hours_median: 3.5, one_touch_rate: 0.8, csat_responses: 5 });
    expect(k.by_assignee['bob']).toEqual({ tickets: 6, resolution_rate: 1, csat_percent: 1, first_reply_hours_median: 1.5, one_touch_rate: 4 / 6, csat_responses: 1 });
    expect(k.by_assignee['carol']).toEqual({ tickets: 5, resolution_rate: 0.5, csat_percent: 1, first_reply_hours_median: 0.625, one_touch_rate: 0.5, csat_responses: 1 });
    expect(k.by_assignee['(unassigned)']!.tickets).toBe(2);
    expect(k.by_assignee['(unassigned)']!.first_reply_hours_median!).toBeCloseTo(1 / 12, DIGITS);
  });

  it('by_channel and by_sku', () => {
    expect(k.by_channel['shopee_chat']!.tickets).toBe(10);
    expect(k.by_channel['shopee_chat']!.csat_percent).toBe(0.4);
    expect(k.by_channel['email']!.tickets).toBe(4);
    expect(Object.fromEntries(Object.entries(k.by_sku).map(([s, g]) => [s, g.tickets]))).toEqual({ 'SKU-A': 8, 'SKU-B': 6, 'SKU-C': 4, '(blank)': 2 });
  });

  it('by_day: tickets by Created At day, CSAT by CSAT At day, every day present', () => {
    expect(Object.keys(k.by_day)).toEqual(['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09', '2026-10-10', '2026-10-11']);
    expect(Object.values(k.by_day).map((d) => d.tickets)).toEqual([5, 4, 4, 3, 2, 1, 1]);
    expect(Object.values(k.by_day).map((d) => d.csat_percent)).toEqual([0, 1, 0, 0.5, 1, null, null]);
    expect(k.by_week).toEqual({ '2026-W41': expect.objectContaining({ tickets: 20, csat_responses: 7 }) });
  });

  it('by_priority: SLA attainment per priority', () => {
    expect(k.by_priority.urgent).toEqual({ tickets: 3, first_reply_target_hours: 1, resolution_target_hours: 8, sla_first_reply_rate: 2 / 3, sla_resolution_rate: 2 / 3 });
    expect(k.by_priority.high).toEqual({ tickets: 3, first_reply_target_hours: 2, resolution_target_hours: 24, sla_first_reply_rate: 1, sla_resolution_rate: 1 });
    expect(k.by_priority.normal).toEqual({ tickets: 12, first_reply_target_hours: 4, resolution_target_hours: 48, sla_first_reply_rate: 8 / 9, sla_resolution_rate: 1 });
    expect(k.by_priority.low.tickets).toBe(2);
  });
});

describe('repurchase as-of rule', () => {
  it('at as-of 11-04 09:00 only c1 (exactly 30 days, inclusive) and c16 are eligible', () => {
    const k = run({ asOf: sg('11-04 09:00') });
    expect(k.eligible_complainants).toBe(2);
    expect(k.repurchase_30d_rate).toBe(0.5); // c1's R1 is exactly 30 days after; c16's orders are at / 36 days after
    expect(k.recovery_rate).toBe(0.5);
  });

  it('one minute earlier nobody but c16 is eligible', () => {
    const k = run({ asOf: sg('11-04 08:59') });
    expect(k.eligible_complainants).toBe(1);
    expect(k.repurchase_30d_rate).toBe(0);
  });
});

describe('empty and edge inputs', () => {
  it('an empty period gives null rates and empty summaries, never NaN', () => {
    const k = run({ from: '2025-01-06', to: '2025-01-12' });
    expect(k.tickets).toBe(0);
    expect(k.first_reply_hours).toEqual({ mean: null, median: null, p90: null, count: 0 });
    for (const v of [k.resolution_rate, k.one_touch_rate, k.csat_percent, k.csat_average, k.return_rate, k.repurchase_30d_rate]) expect(v).toBeNull();
    expect(JSON.stringify(k)).not.toContain('NaN');
  });

  it('no data at all: as-of is null and nothing is eligible', () => {
    const k = computeKpis({ tickets: [], orders: [], calendar, policy, ...period });
    expect(k.period.asOf).toBeNull();
    expect(k.recovery_rate).toBeNull();
  });

  it('rejects a reversed or malformed period with a user error', () => {
    expect(() => run({ from: '2026-10-11', to: '2026-10-05' })).toThrow(/after/);
    expect(() => run({ from: '2026-13-01' })).toThrow(/YYYY-MM-DD/);
  });

  it('a resolved ticket with no Resolved At counts as resolved but has no duration', () => {
    const t = { ...tickets[0]!, ticket: { ...tickets[0]!.ticket, resolvedAt: null } };
    const k = computeKpis({ tickets: [t], orders: [], calendar, policy, ...period });
    expect(k.resolution_rate).toBe(1);
    expect(k.resolution_hours.count).toBe(0);
    expect(k.skipped.map((s) => s.cell)).toEqual(['Tickets!P2']);
  });

  it('uses the caller\'s column letters for defects the engine finds', () => {
    const k = run({});
    const k2 = computeKpis({ tickets, orders, calendar, policy, ...period, tab: '工单', columns: { csat: 'C' } });
    expect(k.skipped.find((s) => s.field === 'csat')!.cell).toBe('Tickets!Y16');
    expect(k2.skipped.find((s) => s.field === 'csat')!.cell).toBe('工单!C16');
  });
});

describe('defaultPeriod', () => {
  it('is the last N complete local days before now', () => {
    expect(defaultPeriod(sg('10-12 08:00'), 'Asia/Singapore', 7)).toEqual({ from: '2026-10-05', to: '2026-10-11' });
    expect(defaultPeriod(sg('10-12 08:00'), 'Asia/Singapore')).toEqual({ from: '2026-09-14', to: '2026-10-11' });
  });
  it('uses the local date, not UTC: 00:30 SGT on 10-12 is still 10-11 in UTC', () => {
    expect(defaultPeriod(sg('10-12 00:30'), 'Asia/Singapore', 1)).toEqual({ from: '2026-10-11', to: '2026-10-11' });
    expect(defaultPeriod(sg('10-12 00:30'), 'UTC', 1)).toEqual({ from: '2026-10-10', to: '2026-10-10' });
  });
});
