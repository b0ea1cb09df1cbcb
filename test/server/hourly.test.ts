import { beforeAll, describe, expect, it } from 'vitest';
import { freshDesk, type Desk } from './harness';
import { writeHistory } from './history';

function shop(tickets: number): Desk {
  const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
  writeHistory(desk, tickets, { perDay: 20 });
  return desk;
}

describe('the hourly job', () => {
  let small: Desk;
  let large: Desk;
  beforeAll(() => {
    small = shop(2_000); // 100 days
    large = shop(16_000); // 800 days
  });

  it('summarises history once, then rewrites only the days that changed', () => {
    const first = small.ok('apiHourly');
    expect(first.errors).toEqual([]);
    expect(first.daily.rebuilt).toBe(true);
    expect(small.sheet('Daily Stats').isSheetHidden()).toBe(true);
    small.env.clock.advance(3_600_000);
    const second = small.ok('apiHourly');
    expect(second.daily.rebuilt).toBe(false);
    expect(second.daily.written + second.daily.appended).toBe(0);
    // A ticket resolved now changes its creation day (and nothing else).
    small.ok('apiUpdateTicket', 'T-001990', { status: 'resolved', resolution: 'explanation' });
    small.env.clock.advance(3_600_000);
    const third = small.ok('apiHourly');
    expect(third.daily.written).toBeGreaterThanOrEqual(1);
    expect(third.daily.written).toBeLessThanOrEqual(2);
  });

  it('costs the same with 8× the history: it reads the recent window only', () => {
    for (const d of [small, large]) {
      d.ok('apiHourly');
      d.env.clock.advance(3_600_000);
    }
    small.ok('apiHourly');
    const s = small.env.cost.last();
    large.ok('apiHourly');
    const l = large.env.cost.last();
    expect(l.cellsRead / s.cellsRead).toBeLessThan(1.5);
    expect(l.modelledSeconds / s.modelledSeconds).toBeLessThan(1.5);
    // The window is 120 days of 20 tickets: far fewer rows than the 16,000 in the tab.
    const w = large.ok('apiHourly').window;
    expect(w.tickets).toBeGreaterThan(2_000);
    expect(w.tickets).toBeLessThan(3_000);
    expect(w.firstTicketRow).toBeGreaterThan(13_000);
  });

  it('gives the same counts and rates from Daily Stats as the KPI engine from the rows', () => {
    const period = { from: '2026-08-01', to: '2026-10-31' };
    const rows = large.ok('apiKpi', { ...period, asOf: null });
    const agg = large.ok('apiKpiDaily', period);
    expect(agg.period.daysCovered).toBe(92);
    expect(agg.tickets).toBe(rows.tickets);
    for (const k of ['resolution_rate', 'one_touch_rate', 'reopen_rate', 'sla_first_reply_rate', 'sla_resolution_rate', 'csat_percent', 'csat_average', 'csat_response_rate']) {
      expect(agg[k], k).toBeCloseTo(rows[k], 9);
    }
    expect(agg.first_reply_hours_mean).toBeCloseTo(rows.first_reply_hours.mean, 9);
    expect(agg.resolution_business_hours_mean).toBeCloseTo(rows.resolution_business_hours.mean, 9);
  });

  it('writes the same Dashboard figures as a full refresh', () => {
    large.ok('apiHourly');
    const hourly = large.rows('Dashboard').map((r) => r.join('|')).filter((l) => !/refresh|刷新/i.test(l));
    large.ok('apiRefreshDashboard');
    const full = large.rows('Dashboard').map((r) => r.join('|')).filter((l) => !/refresh|刷新/i.test(l));
    expect(hourly).toEqual(full);
  });

  it('is what the installed hourly trigger runs', () => {
    const desk = shop(600);
    desk.ok('apiInstallTriggers');
    expect(desk.env.triggers.map((t) => t.handler)).toContain('onHourly');
    const fired = desk.bundle.runDueTriggers(desk.env.clock.now() + 3_600_000);
    expect(fired.map((f) => f.handler)).toContain('onHourly');
    expect(desk.rows('Daily Stats').length).toBeGreaterThan(30);
    expect(desk.rows('Dashboard').length).toBeGreaterThan(10);
    // The mail trigger (every 5 minutes) runs beside it: the hourly run is among the executions, metered.
    expect(desk.env.cost.runs.map((r: { name: string }) => r.name)).toContain('onHourly');
  });
});
