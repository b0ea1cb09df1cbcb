/**
 * A shop's own formula columns feed AfterDesk exactly as Sheets computes them: an Amount = Unit Price × Quantity
 * column drives the customer's spend and VIP tag, and an Order Date typed as a formula counts in the return rate.
 */
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../src/workbook/headers';
import { freshDesk } from './harness';

const CSV = [
  'Order Number,Date,Customer,Name,Email,SKU,Item,Qty,Total,Status,Channel',
  'LZ-1,2026-11-10 08:00,ahmad@example.my,Ahmad,ahmad@example.my,BAG-3,Tote bag,2,0,Delivered,Lazada',
  'LZ-2,2026-11-11 09:00,ahmad@example.my,Ahmad,ahmad@example.my,LMP-2,Desk lamp,3,0,Delivered,Lazada',
  'LZ-3,2026-11-11 10:00,mei@example.my,Mei,mei@example.my,BAG-3,Tote bag,1,0,Delivered,Lazada',
].join('\n');

describe('formula columns in the shop workbook', () => {
  it('Amount = Unit Price × Quantity feeds spend and the VIP tag; a formula Order Date counts in the return rate', () => {
    const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
    desk.ok('apiImportOrders', CSV);
    const orders = desk.sheet('Orders');
    const header = orders.getRange(1, 1, 1, orders.getLastColumn()).getValues()[0]!.map(String);
    const col = (h: string) => header.indexOf(h) + 1;
    // The shop adds its own Unit Price column and turns Amount into a formula, as people do in Sheets.
    const price = header.length + 1;
    orders.getRange(1, price).setValue('Unit Price');
    orders.getRange(2, price, 3, 1).setValues([[260], [199.5], [260]]);
    const q = columnLetter(col('Quantity') - 1);
    const p = columnLetter(price - 1);
    orders.getRange(2, col('Amount'), 3, 1).setFormulas([2, 3, 4].map((r) => [`=${q}${r}*${p}${r}`]));
    // The third line's date is typed as a formula (e.g. pasted from a calculation).
    orders.getRange(4, col('Order Date')).setFormula('=DATE(2026,11,12)+TIME(10,0,0)');

    const ctx = desk.ok('apiCaseContext', { orderId: 'LZ-2', reason: 'defective' });
    expect(ctx.orderLines.map((l: { amount: number }) => l.amount)).toEqual([598.5]);
    // 2 × 260 + 3 × 199.5 = 1,118.50 ≥ the VIP Spend default of 1,000.
    expect(ctx.customer).toMatchObject({ customerId: 'ahmad@example.my', orders: 2, spend: 1118.5, tag: 'vip' });
    const mei = desk.ok('apiCaseContext', { orderId: 'LZ-3' });
    expect(mei.orderLines[0].orderDate).toBe('2026-11-12T02:00:00.000Z');
    expect(mei.customer).toMatchObject({ spend: 260, tag: 'new' });

    // One refunded order out of the three ordered on 10–12 Nov: return rate 1/3 — 1/2 if the formula date were lost.
    const t = desk.ok('apiLogCase', { channel: 'Lazada Chat', reason: 'defective', orderId: 'LZ-3' });
    desk.ok('apiUpdateTicket', t.ticket.ticketId, { status: 'resolved', resolution: 'refund', reply: 'Refunded.' });
    const kpi = desk.ok('apiKpi', { from: '2026-11-10', to: '2026-11-16' });
    expect(kpi.return_rate).toBeCloseTo(1 / 3, 12);
    // The price change reaches the figures on the next read, as Sheets recalculates: 798.50 < 1,000, no longer VIP.
    orders.getRange(2, price).setValue(100);
    expect(desk.ok('apiCaseContext', { orderId: 'LZ-1' }).customer).toMatchObject({ spend: 798.5, tag: 'repeat' });
  });
});
