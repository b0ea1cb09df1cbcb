/** The weekly review's pure core: ISO weeks, the noise test, department mapping, masking, and a small hand-computed review. */
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../sheets-templates/settings';
import { parseBusinessCalendar } from '../../src/core/calendar';
import type { TicketRow } from '../../src/core/kpi/types';
import type { Order, Ticket } from '../../src/core/records';
import { buildReview } from '../../src/core/review/compute';
import { departmentMap, departmentOf, parseOwners } from '../../src/core/review/departments';
import { maskContacts, quote } from '../../src/core/review/mask';
import { binomialTwoSided, compareRates } from '../../src/core/review/noise';
import type { ActionItem } from '../../src/core/review/types';
import { lastCompleteWeek, shiftWeek, weekSpan } from '../../src/core/review/week';

const def = (key: string) => String(SETTINGS.find((s) => s.key === key)!.default);
const MAP = departmentMap({ rootCauses: def('Review Root Cause Departments'), reasons: def('Review Reason Departments'), owners: 'packaging: pack@shop.test; product: pm@shop.test' });

describe('ISO weeks', () => {
  it('finds Monday–Sunday of a week, across year ends, and rejects weeks that do not exist', () => {
    expect(weekSpan('2026-W46')).toEqual({ week: '2026-W46', from: '2026-11-09', to: '2026-11-15' });
    expect(weekSpan('2026-W01')).toEqual({ week: '2026-W01', from: '2025-12-29', to: '2026-01-04' });
    // 2026 starts on a Thursday, so it has a week 53; 2025 (starts Wednesday, not leap) does not.
    expect(weekSpan('2026-W53')).toEqual({ week: '2026-W53', from: '2026-12-28', to: '2027-01-03' });
    expect(() => weekSpan('2025-W53')).toThrow(/ISO week/);
    expect(() => weekSpan('2026-W00')).toThrow(/ISO week/);
    expect(() => weekSpan('2026-46')).toThrow(/2026-W46/);
    expect(shiftWeek('2026-W01', 1).week).toBe('2025-W52');
    expect(shiftWeek('2026-W47', 4).week).toBe('2026-W43');
  });

  it('reviews the last week that has ended in the workbook zone', () => {
    expect(lastCompleteWeek(Date.parse('2026-11-23T09:00:00+08:00'), 'Asia/Kuala_Lumpur').week).toBe('2026-W47');
    // Sunday 23:00 in Kuala Lumpur: W47 is still running.
    expect(lastCompleteWeek(Date.parse('2026-11-22T23:00:00+08:00'), 'Asia/Kuala_Lumpur').week).toBe('2026-W46');
    // The same instant is already Monday in Auckland.
    expect(lastCompleteWeek(Date.parse('2026-11-22T23:00:00+08:00'), 'Pacific/Auckland').week).toBe('2026-W47');
  });
});

describe('noise test (exact conditional binomial)', () => {
  it('matches hand-computed binomial tails', () => {
    // n = 18, p = ½: P(X ≥ 16) = (C(18,16) + C(18,17) + C(18,18)) / 2^18 = 172 / 262144; two-sided doubles it.
    expect(binomialTwoSided(16, 18, 0.5)).toBeCloseTo(344 / 262144, 14);
    expect(binomialTwoSided(9, 18, 0.5)).toBeCloseTo(1, 12);
    // n = 3, p = 0.25: P(X = 3) = 1/64; less likely splits: none, so two-sided = 1/64.
    expect(binomialTwoSided(3, 3, 0.25)).toBeCloseTo(1 / 64, 14);
  });

  it('says better, worse, noise or no data', () => {
    expect(compareRates(16, 84, 2, 84)).toMatchObject({ verdict: 'better', before: (16 / 84) * 1000, after: (2 / 84) * 1000 });
    expect(compareRates(2, 84, 16, 84).verdict).toBe('worse');
    expect(compareRates(5, 100, 4, 100).verdict).toBe('noise');
    expect(compareRates(3, 0, 1, 50)).toMatchObject({ verdict: 'no_data', p: null, before: null });
    // Exposure matters: 10 vs 10 complaints over 100 vs 400 orders is a fall from 100 to 25 per 1,000.
    const r = compareRates(10, 100, 10, 400);
    expect(r.verdict).toBe('better');
    expect(r.p!).toBeCloseTo(binomialTwoSided(10, 20, 0.2), 14);
  });
});

describe('departments', () => {
  it('routes by root cause first, else by reason; a cause mapped to nobody overrides the reason', () => {
    expect(departmentOf(MAP, { reason: 'damaged', rootCause: null })).toBe('packaging');
    expect(departmentOf(MAP, { reason: 'damaged', rootCause: 'logistics' })).toBe('logistics');
    expect(departmentOf(MAP, { reason: 'size', rootCause: 'description_unclear' })).toBe('product');
    expect(departmentOf(MAP, { reason: 'damaged', rootCause: 'other' })).toBeNull();
    expect(departmentOf(MAP, { reason: 'refund', rootCause: null })).toBeNull();
    expect(MAP.owners).toEqual({ packaging: ['pack@shop.test'], product: ['pm@shop.test'] });
  });

  it('reads labels in either language and names the bad part of a setting in both', () => {
    const m = departmentMap({ rootCauses: '包装=仓库, Logistics: logistics', reasons: '尺码咨询=Product & listing', owners: '仓库: wh@shop.test' });
    expect(m.rootCause).toEqual({ packaging: 'warehouse', logistics: 'logistics' });
    expect(m.reason).toEqual({ size: 'product' });
    expect(m.owners).toEqual({ warehouse: ['wh@shop.test'] });
    expect(() => departmentMap({ rootCauses: 'crushed=packaging', reasons: '', owners: '' })).toThrow(/names no known value/);
    expect(() => parseOwners('Department Owners', 'product: not-an-email')).toThrow(/not an e-mail/);
    try {
      parseOwners('Department Owners', 'product');
    } catch (e) {
      expect((e as { text: { zh: string } }).text.zh).toContain('部门');
    }
  });
});

describe('quotes for other departments', () => {
  it('masks e-mail addresses and phone numbers, keeps order numbers and clips', () => {
    expect(maskContacts('call +60 12-345 6789 or a.b@c.com; order 12345')).toBe('call [phone] or [email]; order 12345');
    expect(maskContacts('WhatsApp 0123456789 pls')).toBe('WhatsApp [phone] pls');
    expect(quote('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

// ── A small review, computed by hand ──────────────────────────────────────────────────────────────────────────
const TZ = 'Asia/Singapore';
const calendar = parseBusinessCalendar({ timeZone: TZ, hours: { Mon: '09:00-18:00', Tue: '09:00-18:00', Wed: '09:00-18:00', Thu: '09:00-18:00', Fri: '09:00-18:00', Sat: 'closed', Sun: 'closed' }, holidays: '' });
const policy = { firstReplyHours: { urgent: 1, high: 2, normal: 4, low: 8 }, resolutionHours: { urgent: 8, high: 24, normal: 48, low: 72 }, dueSoonFraction: 0.25 };
const at = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);

function ticket(row: number, s: Partial<Ticket> & { created: string }): TicketRow {
  const { created, ...rest } = s;
  const t = {
    ticketId: `T${row}`, createdAt: at(created), channel: null, orderId: '', customerId: '', customerName: '', email: '', language: null, sku: '', reason: null,
    priority: 'normal', status: 'new', assignee: '', description: '', firstReplyAt: null, resolvedAt: null, closedAt: null, reopens: 0, agentReplies: 0,
    waitingHours: 0, resolution: null, compensation: null, rootCause: null, surveySentAt: null, csat: null, csatAt: null, csatComment: '', ...rest,
  } as Ticket;
  return { row, ticket: t, issues: [] };
}

function order(id: string, date: string, sku: string, quantity = 1): Order {
  return { orderId: id, orderDate: at(date), customerId: '', customerName: '', email: '', sku, product: '', quantity, amount: 10, status: '' } as Order;
}

describe('buildReview on a hand-built shop (review week 2026-W46, 9–15 Nov; previous weeks W42–W45)', () => {
  // Orders: SKU-X sells 10 units a week (one order of 10 on each Monday), SKU-Y 20 (two orders of 10).
  const orders: Order[] = [];
  for (const monday of ['2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09']) {
    orders.push(order(`X-${monday}`, `${monday} 08:00`, 'SKU-X', 10), order(`Y1-${monday}`, `${monday} 08:00`, 'SKU-Y', 10), order(`Y2-${monday}`, `${monday} 09:00`, 'SKU-Y', 10));
  }
  const tickets: TicketRow[] = [
    // Previous four weeks: one damaged SKU-X (packaging), two size SKU-Y.
    ticket(2, { created: '2026-10-13 10:00', sku: 'SKU-X', reason: 'damaged', rootCause: 'packaging', status: 'closed', resolvedAt: at('2026-10-13 12:00') }),
    ticket(3, { created: '2026-10-20 10:00', sku: 'SKU-Y', reason: 'size', status: 'closed', resolvedAt: at('2026-10-20 12:00') }),
    ticket(4, { created: '2026-11-03 10:00', sku: 'SKU-Y', reason: 'size', status: 'closed', resolvedAt: at('2026-11-03 12:00') }),
    // Review week: three damaged SKU-X (two packaging), one size SKU-Y with a low score, one refund, one still open.
    ticket(5, { created: '2026-11-09 10:00', sku: 'SKU-X', reason: 'damaged', rootCause: 'packaging', status: 'resolved', resolvedAt: at('2026-11-09 14:00'), resolution: 'resend', csat: 5, csatAt: at('2026-11-10 10:00'), csatComment: 'great', description: 'box crushed, email me at a@b.co' }),
    ticket(6, { created: '2026-11-10 10:00', sku: 'SKU-X', reason: 'damaged', rootCause: 'packaging', status: 'resolved', resolvedAt: at('2026-11-12 10:00'), resolution: 'refund', orderId: 'X-2026-11-09', description: 'glass broke' }),
    ticket(7, { created: '2026-11-11 10:00', sku: 'SKU-X', reason: 'damaged', status: 'resolved', resolvedAt: at('2026-11-11 11:00'), resolution: 'resend', reopens: 1, description: 'dent' }),
    ticket(8, { created: '2026-11-12 10:00', sku: 'SKU-Y', reason: 'size', status: 'closed', resolvedAt: at('2026-11-13 10:00'), csat: 1, csatAt: at('2026-11-14 10:00'), description: 'too small' }),
    ticket(9, { created: '2026-11-13 10:00', sku: 'SKU-Y', reason: 'refund', status: 'resolved', resolvedAt: at('2026-11-13 11:00') }),
    ticket(10, { created: '2026-11-14 10:00', sku: 'SKU-X', reason: 'damaged', status: 'open' }),
  ];
  const actions: ActionItem[] = [
    { row: 2, actionId: 'A-1', action: 'Bubble wrap', department: 'packaging', owner: 'pack@shop.test', due: at('2026-11-05 00:00'), status: 'open', skus: ['SKU-X'], reasons: ['damaged'], rootCauses: ['packaging'], tickets: [], doneAt: null },
    { row: 3, actionId: 'A-2', action: 'Size chart', department: 'product', owner: 'pm@shop.test', due: at('2026-11-30 00:00'), status: 'open', skus: [], reasons: [], rootCauses: [], tickets: [], doneAt: null },
  ];
  const r = buildReview({ tickets, orders, calendar, policy, week: weekSpan('2026-W46'), now: at('2026-11-16 09:00'), departments: MAP, actions, inKnowledgeBase: new Set(['T6']), alpha: 0.05 });

  it('counts the week and the four before it (orders are distinct order IDs)', () => {
    expect(r.figures.map((f) => [f.week, f.tickets, f.orders])).toEqual([['2026-W46', 6, 3], ['2026-W45', 1, 3], ['2026-W44', 0, 3], ['2026-W43', 1, 3], ['2026-W42', 1, 3]]);
    expect(r.figures[0]!.perThousandOrders).toBeCloseTo(2000, 10);
    expect(r.figures[0]!.csatPercent).toBe(0.5);
    // One refund (order X-2026-11-09) of 3 orders in the week.
    expect(r.figures[0]!.returnRate).toBeCloseTo(1 / 3, 12);
  });

  it('gives each reason and root cause its change against the previous four weeks’ average', () => {
    expect(r.topReasons.map((c) => [c.key, c.tickets, c.previous, c.change, c.department])).toEqual([
      ['damaged', 4, 0.25, 3.75, 'packaging'], ['refund', 1, 0, 1, null], ['size', 1, 0.5, 0.5, 'product'],
    ]);
    expect(r.rootCauses.map((c) => [c.key, c.tickets, c.previous, c.change])).toEqual([['packaging', 2, 0.25, 1.75]]);
  });

  it('lists the SKU whose complaints per 1,000 units rose, with its Poisson p-value', () => {
    // SKU-X: 4 complaints / 10 units = 400 per 1,000, against 1 / 40 = 25 before; expected 0.25 →
    // P(Y ≥ 4) = 1 − e^−0.25 (1 + 0.25 + 0.03125 + 0.0026041667).
    expect(r.skus.map((s) => s.sku)).toEqual(['SKU-X']);
    const x = r.skus[0]!;
    expect([x.complaints, x.units, x.rate, x.previousComplaints, x.previousUnits, x.previousRate]).toEqual([4, 10, 400, 1, 40, 25]);
    expect(x.p).toBeCloseTo(1 - Math.exp(-0.25) * (1 + 0.25 + 0.03125 + 0.25 ** 3 / 6), 12);
    // SKU-Y: 1 size complaint (the refund belongs to no department) — fewer than 2: not listed.
  });

  it('feeds each department only its own tickets, masked quotes and open actions', () => {
    expect(r.departments.map((d) => [d.department, d.problems, d.previous, d.mailTo])).toEqual([
      ['packaging', 4, 0.25, ['pack@shop.test']], ['product', 1, 0.5, ['pm@shop.test']],
    ]);
    const p = r.departments[0]!;
    expect(p.reasons).toEqual([{ key: 'packaging', tickets: 2 }, { key: 'damaged', tickets: 2 }]);
    expect(p.skus).toEqual([{ sku: 'SKU-X', tickets: 4, previous: 0.25 }]);
    expect(p.quotes.map((q) => q.text)).toEqual(['box crushed, email me at [email]', 'glass broke', 'dent']);
    expect(p.openActions.map((a) => a.actionId)).toEqual(['A-1']);
    expect(r.departments[1]!.openActions.map((a) => a.actionId)).toEqual(['A-2']);
  });

  it('picks representative cases, unclassified tickets, KB candidates, the backlog and the actions due', () => {
    expect(r.cases.map((c) => [c.kind, c.ticketId])).toEqual([
      ['lowest_csat', 'T8'], ['longest_resolution', 'T6'], ['longest_resolution', 'T8'], ['longest_resolution', 'T5'],
      ['reopened', 'T7'], ['best_rated', 'T5'],
    ]);
    expect(r.unclassified.map((c) => c.ticketId)).toEqual(['T7', 'T8', 'T9']); // by Resolved At
    // T5 (rated 5), T7 is reopened without a score, T6 is already in the KB, T8 scored 1, T9 has no resolution.
    expect(r.knowledge.map((c) => c.ticketId)).toEqual(['T5']);
    expect(r.backlog).toMatchObject({ open: 1, olderThan2Days: 0 });
    expect(r.actionsDue.map((a) => a.actionId)).toEqual(['A-1']);
    expect(r.actionCounts).toEqual({ open: 2, overdue: 1, done: 0 });
  });
});
