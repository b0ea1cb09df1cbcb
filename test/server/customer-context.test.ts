/**
 * The ticket view's customer context through the real bundle: the customer's other tickets and orders, newest first,
 * bounded to 10 of each with the totals; and the KB's most used articles for a blank query.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDesk, type Desk } from './harness';

describe('apiGetTicket carries the customer’s other tickets and orders', () => {
  let d: Desk;
  const ids: string[] = [];
  beforeAll(() => {
    d = freshDesk();
    // nurul88 has 12 order lines on 12 days (Nov 1…12), someone else one line.
    const lines = Array.from({ length: 12 }, (_, i) => `2600000000000${String(i + 1).padStart(2, '0')},2026-11-${String(i + 1).padStart(2, '0')} 10:00,nurul88,Nurul,SKU-${i + 1},Shirt,1,${10 + i}.00`);
    d.ok('apiImportOrders', ['Order ID,Order Creation Date,Username (Buyer),Receiver Name,SKU Reference No.,Product Name,Quantity,Product Subtotal', ...lines,
      '260000000000099,2026-11-13 10:00,other.buyer,Other,SKU-9,Shirt,1,99.00'].join('\n'));
    // 12 tickets for nurul88 an hour apart (the last one for order 01), one for someone else, one by e-mail only.
    for (let i = 0; i < 12; i++) {
      d.env.clock.set(Date.parse('2026-11-16T02:00:00Z') + i * 3_600_000);
      ids.push(d.ok('apiLogCase', { channel: 'shopee_chat', customerId: i % 2 ? 'NURUL88' : 'nurul88', orderId: i === 11 ? '260000000000001' : '', reason: 'damaged', description: `case ${i}` }).ticket.ticketId);
    }
    d.ok('apiLogCase', { channel: 'shopee_chat', customerId: 'other.buyer', reason: 'damaged', email: 'x@example.com' });
    d.ok('apiLogCase', { channel: 'email', email: 'X@example.com', reason: 'refund' });
  });

  it('lists the newest 10 other tickets (not this one, any case of the ID) and the newest 10 order lines, with the totals', () => {
    const view = d.ok('apiGetTicket', ids[11]);
    const c = view.customer;
    expect(c.ticketsTotal).toBe(11);
    expect(c.tickets.map((t: { ticketId: string }) => t.ticketId)).toEqual(ids.slice(1, 11).reverse());
    expect(c.ordersTotal).toBe(12);
    expect(c.orders).toHaveLength(10);
    expect(c.orders[0]).toMatchObject({ orderId: '260000000000012', sku: 'SKU-12', amount: 21, quantity: 1 });
    expect(c.orders[9].orderId).toBe('260000000000003');
    expect(c.orders.some((o: { orderId: string }) => o.orderId === '260000000000099')).toBe(false);
  });

  it('without a Customer ID matches by e-mail (any case)', () => {
    const rows = d.rows('Tickets');
    const byMail = String(rows[rows.length - 1]![0]);
    const c = d.ok('apiGetTicket', byMail).customer;
    expect(c.ticketsTotal).toBe(1);
    expect(c.ordersTotal).toBe(0);
  });

  it('a blank KB query lists the most used published articles, most used first', () => {
    const sheet = d.sheet('Knowledge Base');
    const values = sheet.getDataRange().getValues();
    const usesCol = values[0]!.indexOf('Uses');
    const published = values.slice(1).filter((r) => String(r[values[0]!.indexOf('Status')]).toLowerCase() !== 'draft');
    expect(published.length).toBeGreaterThanOrEqual(6);
    sheet.getRange(2, usesCol + 1, values.length - 1, 1).setValues(values.slice(1).map((_, i) => [i === 3 ? 50 : i === 1 ? 9 : i === 5 ? 9 : 0]));
    const hits = d.ok('apiKbSearch', '  ', {});
    expect(hits).toHaveLength(5);
    expect(hits.slice(0, 3).map((h: { id: string; uses: number }) => [h.id, h.uses])).toEqual([[values[4]![0], 50], [values[2]![0], 9], [values[6]![0], 9]]);
    expect(hits[0].snippet.length).toBeGreaterThan(0);
  });
});
