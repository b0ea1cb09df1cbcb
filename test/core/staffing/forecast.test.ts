/** The daily ticket forecast with hand-computed expectations: tickets per order, typed orders, learned promo lifts, no orders. */
import { describe, expect, it } from 'vitest';
import { forecastTickets, learnModel, promoKind, type ForecastInput, type HistoryDay } from '../../../src/core/staffing/forecast';
import { addDaysToKey } from '../../../src/core/time';

/** The prior lag kernel (shares of an order's tickets 0…9 days later); they sum to 1. */
const W = [0.12, 0.13, 0.14, 0.13, 0.12, 0.11, 0.09, 0.07, 0.05, 0.04];
const FIRST = '2026-11-02';

/** 112 days before FIRST with `orders(day)`, tickets exactly 0.05 × the kernel-weighted orders. */
function history(orders: (day: string) => number, ticketsPerOrder = 0.05): HistoryDay[] {
  const days = Array.from({ length: 112 }, (_, i) => addDaysToKey(FIRST, i - 112));
  return days.map((day) => ({ day, orders: orders(day), tickets: ticketsPerOrder * W.reduce((s, w, k) => s + w * orders(addDaysToKey(day, -k)), 0) }));
}

function input(h: HistoryDay[], over: Partial<ForecastInput> = {}): ForecastInput {
  return { history: h, firstDay: FIRST, days: 28, promoDays: new Set(), plannedOrders: new Map(), defaultPromoMultiplier: 3, ...over };
}

describe('ticket forecast', () => {
  it('flat history: 100 orders and 5 tickets a day → 0.05 tickets per order, 5 tickets a day, band 5 + 1.645·√5', () => {
    const f = forecastTickets(input(history(() => 100)));
    expect(f).toHaveLength(28);
    for (const d of f) {
      expect(d.tickets).toBeCloseTo(5, 9);
      expect(d.upper).toBeCloseTo(5 + 1.645 * Math.sqrt(5), 6);
      expect(d.ordersSource).toBe('trend');
      expect(d.promoWave).toBeNull();
    }
    expect(learnModel(input(history(() => 100))).ticketsPerOrder).toBeCloseTo(0.05, 9);
  });

  it('typed orders on a sale day bring the after-sale wave: 5 + 900 × 0.05 × w[k] on day k after it', () => {
    const sale = addDaysToKey(FIRST, 3);
    const f = forecastTickets(input(history(() => 100), { promoDays: new Set([sale]), plannedOrders: new Map([[sale, 1000]]) }));
    expect(f[3]!.ordersSource).toBe('planned');
    expect(f[3]!.orders).toBe(1000);
    expect(f[2]!.tickets).toBeCloseTo(5, 9);
    for (let k = 0; k < 10; k++) {
      expect(f[3 + k]!.tickets).toBeCloseTo(5 + 45 * W[k]!, 9);
      expect(f[3 + k]!.promoWave).toBe(k);
    }
    expect(f[3]!.tickets).toBeCloseTo(10.4, 9);
    expect(f[13]!.tickets).toBeCloseTo(5, 9);
    expect(f[13]!.promoWave).toBeNull();
    // Typed sale-day orders get a 20 % band on top of the noise.
    expect(f[3]!.upper).toBeGreaterThan(5 + 1.2 * 45 * W[0]!);
  });

  it('learns the promo lift from a past 10.10 (4× orders) and applies it to 11.11: 5 + 300 × 0.05 × w[k]', () => {
    const h = history((day) => (day === '2026-10-10' ? 400 : 100));
    const promoDays = new Set(['2026-10-10', '2026-11-11']);
    const model = learnModel(input(h, { promoDays }));
    expect(model.promoLift.double.seen).toBe(1);
    expect(model.promoLift.double.median).toBeCloseTo(4, 9);
    expect(model.ticketsPerOrder).toBeCloseTo(0.05, 6);
    const f = forecastTickets(input(h, { promoDays }), model);
    const i = f.findIndex((d) => d.day === '2026-11-11');
    expect(f[i]!.orders).toBeCloseTo(400, 6);
    expect(f[i]!.tickets).toBeCloseTo(5 + 15 * W[0]!, 5);
    expect(f[i + 2]!.tickets).toBeCloseTo(5 + 15 * W[2]!, 5);
    expect(promoKind('2026-11-11')).toBe('double');
    expect(promoKind('2026-11-25')).toBe('other');
  });

  it('without orders, a promo day lifts the ticket level by (multiplier − 1) × w[k] (Settings default 3)', () => {
    const h = history(() => 100).map((d) => ({ ...d, orders: null, tickets: 6 }));
    const sale = addDaysToKey(FIRST, 5);
    const f = forecastTickets(input(h, { promoDays: new Set([sale]) }));
    expect(learnModel(input(h)).ticketsPerOrder).toBeNull();
    expect(f[4]!.tickets).toBeCloseTo(6, 9);
    expect(f[5]!.tickets).toBeCloseTo(6 * (1 + 2 * W[0]!), 9);
    expect(f[6]!.tickets).toBeCloseTo(6 * (1 + 2 * W[1]!), 9);
    expect(f[4]!.ordersSource).toBe('none');
  });

  it('follows half the recent order trend: 100 → 120 orders a day gives 120 × 1.2^(½ · (k + 14) / 28) on day k', () => {
    const h = history((day) => (day >= addDaysToKey(FIRST, -28) ? 120 : 100));
    const model = learnModel(input(h));
    expect(model.orderTrend).toBeCloseTo(Math.pow(1.2, 0.5 / 28), 12);
    const f = forecastTickets(input(h), model);
    expect(f[0]!.orders).toBeCloseTo(120 * Math.pow(1.2, 0.25), 6);
    expect(f[27]!.orders).toBeCloseTo(120 * Math.pow(1.2, (0.5 * 41) / 28), 6);
    // A flat history has no trend, and a collapse is capped at 0.75 over 4 weeks.
    expect(learnModel(input(history(() => 100))).orderTrend).toBe(1);
    expect(learnModel(input(history((day) => (day >= addDaysToKey(FIRST, -28) ? 10 : 100))))).toMatchObject({ orderTrend: Math.pow(0.75, 0.5 / 28) });
  });

  it('a weekday pattern in tickets that orders do not explain is kept (busy Mondays)', () => {
    const h = history(() => 100).map((d) => ({ ...d, tickets: new Date(`${d.day}T00:00:00Z`).getUTCDay() === 1 ? 10 : 5 }));
    const f = forecastTickets(input(h));
    const monday = f.find((d) => d.weekday === 1)!;
    const tuesday = f.find((d) => d.weekday === 2)!;
    expect(monday.tickets / tuesday.tickets).toBeGreaterThan(1.5);
    expect(monday.tickets / tuesday.tickets).toBeLessThan(2.01);
  });
});
