import { describe, expect, it } from 'vitest';
import { customerProfile, customerProfiles, DEFAULT_VALUE_TAG_POLICY as policy, raisePriorityFor } from '../../src/core/customers';
import type { Order, Ticket } from '../../src/core/records';

const DAY = 86_400_000;
const now = Date.parse('2026-11-23T00:00:00Z');
const daysAgo = (n: number) => now - n * DAY;

function order(orderId: string, customerId: string, amount: number | null, orderDate: number | null, sku = 'SKU-1'): Order {
  return { orderId, orderDate, customerId, customerName: '', email: '', sku, product: '', quantity: 1, amount, status: 'Completed', channel: '' };
}

function ticket(customerId: string, createdAt: number, status: Ticket['status'] = 'open'): Ticket {
  // Only the columns customer value reads matter here; the rest are empty.
  return { customerId, createdAt, status } as Ticket;
}

describe('customerProfile', () => {
  it('counts distinct orders, sums every order line, matches the ID trimmed and case-insensitively', () => {
    const orders = [
      order('O1', 'Buyer1', 100, daysAgo(40), 'A'),
      order('O1', 'buyer1 ', 50, daysAgo(40), 'B'),
      order('O2', 'BUYER1', 200.1, daysAgo(10)),
      order('O3', 'someone', 999, daysAgo(1)),
    ];
    const p = customerProfile(' buyer1 ', orders, [], policy, now);
    expect(p).toEqual({
      customerId: 'buyer1', orders: 2, spend: 350.1, firstOrderAt: daysAgo(40), lastOrderAt: daysAgo(10),
      tickets: 0, openTickets: 0, lastComplaintAt: null, tag: 'repeat',
    });
  });

  it('counts tickets, open ones, and the latest complaint', () => {
    const tickets = [ticket('b2', daysAgo(5), 'resolved'), ticket('B2', daysAgo(2), 'waiting'), ticket('b3', daysAgo(1))];
    const p = customerProfile('b2', [order('O9', 'b2', 20, daysAgo(6))], tickets, policy, now);
    expect([p.tickets, p.openTickets, p.lastComplaintAt, p.tag]).toEqual([2, 1, daysAgo(2), 'new']);
  });

  it('an unknown customer is new with nothing on record', () => {
    expect(customerProfile('ghost', [], [], policy, now)).toEqual({
      customerId: 'ghost', orders: 0, spend: 0, lastOrderAt: null, firstOrderAt: null, tickets: 0, openTickets: 0, lastComplaintAt: null, tag: 'new',
    });
  });
});

describe('value tags', () => {
  const tagOf = (orders: Order[], tickets: Ticket[] = []) => customerProfile('c', orders, tickets, policy, now).tag;
  const many = (n: number, amount = 1) => Array.from({ length: n }, (_, i) => order(`O${i}`, 'c', amount, daysAgo(100 - i)));

  it('VIP by spend (≥ 1000) or by orders (≥ 8)', () => {
    expect(tagOf([order('O1', 'c', 1000, daysAgo(3))])).toBe('vip');
    expect(tagOf([order('O1', 'c', 999.99, daysAgo(3))])).toBe('new');
    expect(tagOf(many(8))).toBe('vip');
    expect(tagOf(many(7))).toBe('repeat');
  });

  it('repeat from 2 orders, new below', () => {
    expect(tagOf(many(2))).toBe('repeat');
    expect(tagOf(many(1))).toBe('new');
    expect(tagOf([])).toBe('new');
  });

  it('at risk: a complaint at least 30 days old with no order since', () => {
    const before = [order('O1', 'c', 40, daysAgo(60)), order('O2', 'c', 40, daysAgo(50))];
    expect(tagOf(before, [ticket('c', daysAgo(31))])).toBe('at_risk');
    expect(tagOf(before, [ticket('c', daysAgo(30))])).toBe('at_risk');
    expect(tagOf(before, [ticket('c', daysAgo(29))])).toBe('repeat');
    expect(tagOf([...before, order('O3', 'c', 10, daysAgo(20))], [ticket('c', daysAgo(31))])).toBe('repeat');
    // the latest complaint counts: an old one followed by a fresh one is not at risk yet
    expect(tagOf(before, [ticket('c', daysAgo(45)), ticket('c', daysAgo(3))])).toBe('repeat');
    expect(tagOf([], [ticket('c', daysAgo(40))])).toBe('at_risk');
  });

  it('VIP outranks at risk', () => {
    expect(tagOf([order('O1', 'c', 1500, daysAgo(90))], [ticket('c', daysAgo(60))])).toBe('vip');
  });
});

describe('customerProfiles', () => {
  it('keys every customer from Orders or Tickets by the normalised ID', () => {
    const map = customerProfiles(
      [order('O1', 'Alice', 10, daysAgo(3)), order('O2', 'alice', 10, daysAgo(2)), order('O3', '', 10, daysAgo(2))],
      [ticket('Bob', daysAgo(40)), ticket('  ', daysAgo(1))],
      policy,
      now,
    );
    expect([...map.keys()].sort()).toEqual(['alice', 'bob']);
    expect(map.get('alice')).toMatchObject({ orders: 2, spend: 20, tag: 'repeat' });
    expect(map.get('bob')).toMatchObject({ orders: 0, tickets: 1, tag: 'at_risk' });
  });
});

describe('raisePriorityFor', () => {
  it('VIP raises one level up to urgent; at risk lifts low and normal to high; others unchanged', () => {
    expect(['low', 'normal', 'high', 'urgent'].map((p) => raisePriorityFor('vip', p as never))).toEqual(['normal', 'high', 'urgent', 'urgent']);
    expect(['low', 'normal', 'high', 'urgent'].map((p) => raisePriorityFor('at_risk', p as never))).toEqual(['high', 'high', 'high', 'urgent']);
    expect(raisePriorityFor('repeat', 'low')).toBe('low');
    expect(raisePriorityFor('new', 'normal')).toBe('normal');
  });
});
