import { describe, expect, it } from 'vitest';
import { order, ticket } from '../../../scripts/eval-alerts/records';
import { findIncidents, runDetectors, runDetectorsDetailed, type DetectorInput } from '../../../src/core/alerts/check';
import { alertConfig } from '../../../src/core/alerts/config';
import { parseBusinessCalendar } from '../../../src/core/calendar';
import type { Order, Ticket } from '../../../src/core/records';
import { DEFAULT_SLA_POLICY } from '../../../src/core/sla';

const TZ = 'Asia/Kuala_Lumpur';
const DAY = 86_400_000;
const HOUR = 3_600_000;
/** 2026-11-20 20:00 in Kuala Lumpur. */
const NOW = Date.parse('2026-11-20T20:00:00+08:00');
const MIDNIGHT = Date.parse('2026-11-20T00:00:00+08:00');
const calendar = parseBusinessCalendar({
  timeZone: TZ,
  hours: { Mon: '09:00-18:00', Tue: '09:00-18:00', Wed: '09:00-18:00', Thu: '09:00-18:00', Fri: '09:00-18:00', Sat: '', Sun: '' },
  holidays: '',
});

function input(tickets: Ticket[], orders: Order[], extra: Partial<DetectorInput> = {}): DetectorInput {
  return { tickets, orders, now: NOW, timeZone: TZ, calendar, policy: DEFAULT_SLA_POLICY, promoDays: [], config: alertConfig(), ...extra };
}

let seq = 0;
/** A quiet handled ticket: replied within the hour, resolved the next day. */
function quiet(at: number, fields: Partial<Ticket> = {}): Ticket {
  return ticket({
    ticketId: `T-${++seq}`, createdAt: at, channel: 'shopee_chat', reason: 'logistics', status: 'closed', priority: 'normal',
    description: 'where is my parcel', firstReplyAt: at + HOUR / 2, firstReplyDueAt: at + 4 * HOUR,
    resolvedAt: at + DAY / 2, closedAt: at + DAY / 2, resolutionDueAt: at + 2 * DAY, ...fields,
  });
}

/** 40 days of 5 tickets a day at 10:00–14:00, 20 orders a day spread over 4 SKUs (5 units each a day). */
function history(days = 40): { tickets: Ticket[]; orders: Order[] } {
  const tickets: Ticket[] = [];
  const orders: Order[] = [];
  for (let d = days; d >= 1; d--) {
    const day = MIDNIGHT - d * DAY;
    for (let k = 0; k < 5; k++) tickets.push(quiet(day + (10 + k) * HOUR, { sku: `SKU-${k % 4}` }));
    for (let k = 0; k < 20; k++) {
      orders.push(order({ orderId: `O-${d}-${k}`, orderDate: day + (8 + k * 0.5) * HOUR, customerId: `C-${d}-${k}`, customerName: `Buyer ${k}`, sku: `SKU-${k % 4}`, quantity: 1, channel: 'Shopee' }));
    }
  }
  return { tickets, orders };
}

describe('batch-defect detector', () => {
  it('finds 9 button complaints about one SKU today and says what they are about', () => {
    const { tickets, orders } = history();
    const texts = ['纽扣掉了 button fell off', 'button fell off after wash 纽扣掉了', '纽扣掉了', 'the button fell off', '纽扣一洗就掉了 button'];
    for (let k = 0; k < 9; k++) {
      tickets.push(quiet(MIDNIGHT + (9 + k) * HOUR, { ticketId: `B-${k}`, sku: 'SKU-1', reason: 'defective', description: texts[k % texts.length]! }));
    }
    const alerts = runDetectors(input(tickets, orders)).filter((a) => a.kind === 'batch_defect');
    expect(alerts).toHaveLength(1);
    const a = alerts[0]!;
    expect(a.sku).toBe('SKU-1');
    expect(a.reason).toBe('defective');
    expect(a.observed).toBe(9);
    expect(a.window).toEqual({ from: '2026-11-20', to: '2026-11-20', days: 1 });
    expect(a.id).toBe('batch_defect|sku=SKU-1 reason=defective|2026-11-20');
    // No defect complaints in 40 days of 100 units a day: half a complaint over the shop's whole exposure.
    expect(a.expected).toBeLessThan(0.05);
    expect(a.significance).toBeLessThan(1e-6);
    expect(a.severity).toBe('high');
    expect(a.cluster!.share).toBeGreaterThanOrEqual(0.8);
    // Against what was sold: 5 units a day of SKU-1 from 12 days before the window (8 Nov) to yesterday = 60.
    expect(a.message.en).toBe('9 of 60 units of SKU SKU-1 sold since 8 Nov came back “Defective” — 15 %, usually under 1 %.');
    expect(a.message.zh).toBe('11月8日以来售出的 60 件 SKU SKU-1 中有 9 件反馈“质量问题”——15%，平常不到 1%。');
    expect(a.ticketIds.sort()).toEqual(Array.from({ length: 9 }, (_, k) => `B-${k}`).sort());
    // The incident quotes the customers: the most central description of each group of similar ones.
    const [incident] = findIncidents(input(tickets, orders));
    expect(incident!.kind).toBe('batch_defect');
    expect(incident!.quotes.length).toBeGreaterThanOrEqual(1);
    expect(incident!.quotes.length).toBeLessThanOrEqual(3);
    expect(incident!.quotes[0]).toMatch(/纽扣|button/);
    expect(incident!.quotes.every((q) => texts.includes(q))).toBe(true);
  });

  it('stays quiet for 4 complaints (below the minimum count) and for complaints spread over SKUs', () => {
    const { tickets, orders } = history();
    for (let k = 0; k < 4; k++) tickets.push(quiet(MIDNIGHT + (9 + k) * HOUR, { sku: 'SKU-1', reason: 'defective', description: 'button fell off' }));
    for (let k = 0; k < 4; k++) tickets.push(quiet(MIDNIGHT + (9 + k) * HOUR, { sku: `SKU-${[0, 2, 3, 0][k]}`, reason: 'damaged', description: 'box crushed' }));
    expect(runDetectors(input(tickets, orders)).filter((a) => a.kind === 'batch_defect')).toEqual([]);
  });

  it('alerts on count alone for a SKU with no orders, and says so', () => {
    const { tickets, orders } = history();
    for (let k = 0; k < 8; k++) tickets.push(quiet(MIDNIGHT + (9 + k) * HOUR, { sku: 'GHOST-9', reason: 'damaged', description: 'screen cracked' }));
    const a = runDetectors(input(tickets, orders)).find((x) => x.kind === 'batch_defect');
    expect(a?.sku).toBe('GHOST-9');
    expect(a!.message.en).toBe('SKU GHOST-9: 8 “Damaged” complaints today, usually none. No orders of this SKU are in the Orders tab, so this is judged on the count alone.');
    expect(a!.message.zh).toContain('仅按投诉数量判断');
  });
});

describe('volume detector', () => {
  it('alerts on a day with 3× the usual tickets, and not before 7 days of data', () => {
    const { tickets, orders } = history();
    for (let k = 0; k < 16; k++) tickets.push(quiet(MIDNIGHT + (8 + k * 0.5) * HOUR, { reason: 'other', description: 'hello' }));
    const all = runDetectors(input(tickets, orders)).find((a) => a.kind === 'volume' && a.id.startsWith('volume|all|'));
    expect(all).toBeTruthy();
    expect(all!.observed).toBe(16);
    // Five a day every day (weekday factors all 1): μ = 5 × (20:00 → 20/24 of the day) = 4.1667.
    expect(all!.expected).toBeCloseTo(4.17, 2);
    expect(all!.window.from).toBe('2026-11-20');

    const short = history(5);
    for (let k = 0; k < 16; k++) short.tickets.push(quiet(MIDNIGHT + (8 + k * 0.5) * HOUR, { reason: 'other' }));
    expect(runDetectors(input(short.tickets, short.orders)).filter((a) => a.kind === 'volume')).toEqual([]);
  });

  it('scores a promo day against its orders: 3× orders explain 3× tickets', () => {
    const { tickets, orders } = history();
    // Today is a promo day: 60 orders instead of 20, and 15 tickets instead of 5 (by 20:00: 12.5 expected).
    for (let k = 0; k < 40; k++) orders.push(order({ orderId: `P-${k}`, orderDate: MIDNIGHT + (1 + k * 0.25) * HOUR, sku: `SKU-${k % 4}`, quantity: 1, customerId: `P${k}` }));
    for (let k = 0; k < 15; k++) tickets.push(quiet(MIDNIGHT + (8 + k * 0.5) * HOUR, { reason: 'logistics' }));
    const promo = runDetectorsDetailed(input(tickets, orders, { promoDays: ['2026-11-20'] }));
    expect(promo.alerts.filter((a) => a.kind === 'volume')).toEqual([]);
    expect(promo.promoExplained).toBeGreaterThan(0);
    // The same day without the promo date is an anomaly.
    const plain = runDetectors(input(tickets, orders));
    expect(plain.some((a) => a.kind === 'volume' && a.id.startsWith('volume|all|'))).toBe(true);
  });
});

describe('CSAT detector', () => {
  it('alerts when satisfaction falls from 91% to 50% with enough responses', () => {
    const { tickets, orders } = history();
    // Tickets 10:00 and 11:00 of each day answer the survey. Last 7 days (today + 6): 5 and 1 → 6 of 12 = 50%.
    // The 28 days before (7–34 days ago): 5 and 5, except 1 on days 10, 15, 20, 25, 30 ago → 51 of 56 = 91.1%.
    for (const t of tickets) {
      const daysAgo = Math.round((MIDNIGHT - (t.createdAt! - ((t.createdAt! - MIDNIGHT) % DAY + DAY) % DAY)) / DAY);
      const hour = Math.round((((t.createdAt! - MIDNIGHT) % DAY) + DAY) % DAY / HOUR);
      if (daysAgo > 34 || hour > 11) continue;
      t.csatAt = t.createdAt! + HOUR;
      t.csat = hour === 10 ? 5 : daysAgo <= 6 ? 1 : daysAgo % 5 === 0 ? 1 : 5;
    }
    const a = runDetectors(input(tickets, orders)).find((x) => x.kind === 'csat');
    expect(a).toBeTruthy();
    expect(a!.observed).toBe(50);
    expect(a!.expected).toBe(91.1);
    expect(a!.window).toEqual({ from: '2026-11-14', to: '2026-11-20', days: 7 });
  });

  it('stays quiet with fewer than 10 responses in the last 7 days', () => {
    const { tickets, orders } = history();
    for (const t of tickets.slice(-9)) {
      t.csat = 1;
      t.csatAt = t.createdAt! + HOUR;
    }
    for (const t of tickets.slice(0, 60)) {
      t.csat = 5;
      t.csatAt = t.createdAt! + HOUR;
    }
    expect(runDetectors(input(tickets, orders)).filter((x) => x.kind === 'csat')).toEqual([]);
  });
});

describe('SLA detector', () => {
  it('alerts when today’s missed first replies jump from none to ten', () => {
    const { tickets, orders } = history();
    for (let k = 0; k < 10; k++) {
      const at = MIDNIGHT + (8 + k * 0.1) * HOUR;
      tickets.push(quiet(at, { ticketId: `S-${k}`, status: 'open', firstReplyAt: null, resolvedAt: null, closedAt: null, firstReplyDueAt: at + 4 * HOUR }));
    }
    const a = runDetectors(input(tickets, orders)).find((x) => x.kind === 'sla');
    expect(a?.id).toBe('sla|breaches|2026-11-20');
    expect(a!.observed).toBe(10);
    expect(a!.ticketIds).toHaveLength(10);
  });
});

describe('return-rate detector', () => {
  it('alerts when one SKU’s returns jump on the same sales', () => {
    const { tickets, orders } = history();
    for (let k = 0; k < 7; k++) tickets.push(quiet(MIDNIGHT - k * DAY + 15 * HOUR, { sku: 'SKU-2', reason: 'return', description: 'return please' }));
    const a = runDetectors(input(tickets, orders)).find((x) => x.kind === 'return_rate');
    expect(a?.sku).toBe('SKU-2');
    expect(a!.observed).toBe(7);
    expect(a!.expected).toBeLessThan(1);
  });
});
