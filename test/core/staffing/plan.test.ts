/** The hourly staffing plan, computed by hand for a two-hour day: Erlang for live chats, backlog, shrinkage, short hours. */
import { describe, expect, it } from 'vitest';
import { parseBusinessCalendar } from '../../../src/core/calendar';
import type { DayForecast } from '../../../src/core/staffing/forecast';
import { planStaffing } from '../../../src/core/staffing/plan';

const calendar = parseBusinessCalendar({
  timeZone: 'Asia/Kuala_Lumpur',
  hours: { Mon: '09:00-11:00', Tue: '09:00-11:00', Wed: 'closed', Thu: 'closed', Fri: 'closed', Sat: 'closed', Sun: 'closed' },
  holidays: '',
});
const flat = { hourly: new Array(24).fill(1 / 24), liveShare: 0.5, sample: 0 };
const params = { targetServiceLevel: 0.8, targetSeconds: 60, ahtChatSeconds: 240, ahtOtherSeconds: 420, maxOccupancy: 0.85, shrinkage: 0.3 };
const day = (d: string, weekday: number, tickets: number): DayForecast => ({ day: d, weekday, tickets, upper: tickets * 2, orders: null, ordersSource: 'none', promoWave: null });

describe('staffing plan', () => {
  it('Monday 09–11, 24 tickets, half live: 1 chat agent, backlog makes it 2, 3 to schedule; 2 people are short', () => {
    const [mon] = planStaffing([day('2026-11-30', 1, 24)], flat, calendar, params, 2);
    expect(mon!.hours.map((h) => h.hour)).toEqual([9, 10]);
    const h = mon!.hours[0]!;
    expect(h.chats).toBeCloseTo(0.5, 12);
    // Backlog: 11 live chats from the 22 closed hours × 240 s + 12 e-mails × 420 s = 7,680 s, half in each open hour.
    expect(h.workloadHours).toBeCloseTo(3840 / 3600, 12);
    // Busy Erlangs (0.5 × 240 + 3,840) / 3,600 = 1.1; under an 85 % cap that is ⌈1.294⌉ = 2 agents.
    expect(h.agentsRequired).toBe(2);
    expect(h.agentsToSchedule).toBe(3); // ⌈2 / 0.7⌉
    expect(h.short).toBe(true);
    // 2 people × 0.7 = 1.4 productive → 1 on chat: M/M/1 with A = 1/30: SL = 1 − A·e^(−(1 − A)·60/240).
    const a = 1 / 30;
    expect(h.serviceLevel).toBeCloseTo(1 - a * Math.exp((-(1 - a) * 60) / 240), 12);
    expect(mon!.shortHours).toBe(2);
    expect(mon!.peakToSchedule).toBe(3);
    expect(mon!.agentHours).toBeCloseTo(6, 12);
  });

  it('enough people: no hour is short', () => {
    const [mon] = planStaffing([day('2026-11-30', 1, 24)], flat, calendar, params, 3);
    expect(mon!.hours.every((h) => !h.short)).toBe(true);
    expect(mon!.shortHours).toBe(0);
  });

  it('a closed day has no hours; its backlog is worked on the next open day', () => {
    const [sun, mon] = planStaffing([day('2026-11-29', 0, 24), day('2026-11-30', 1, 24)], flat, calendar, params, 5);
    expect(sun!.hours).toEqual([]);
    expect(sun!.openMinutes).toBe(0);
    // Sunday: 12 chats × 240 + 12 e-mails × 420 = 7,920 s, added to Monday's 7,680 s over two hours.
    expect(mon!.hours[0]!.workloadHours).toBeCloseTo((7920 + 7680) / 2 / 3600, 12);
  });

  it('a holiday is closed', () => {
    const holiday = parseBusinessCalendar({ timeZone: 'Asia/Kuala_Lumpur', hours: { Mon: '09:00-11:00', Tue: '', Wed: '', Thu: '', Fri: '', Sat: '', Sun: '' }, holidays: '2026-11-30' });
    const [mon] = planStaffing([day('2026-11-30', 1, 24)], flat, holiday, params, 5);
    expect(mon!.hours).toEqual([]);
  });
});
