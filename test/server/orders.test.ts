/**
 * Orders import through the real bundle: Shopee's English and Chinese exports and a generic CSV, merged by
 * (Order ID, SKU), bad lines rejected with their reason, long numeric Order IDs kept as text; then the new-case
 * context finds the order and fills the customer and SKU.
 */
import { describe, expect, it } from 'vitest';
import { freshDesk, ms, record, wallTime, type Desk } from './harness';

const SHOPEE_EN = [
  'Order ID,Order Status,Order Creation Date,Username (Buyer),Receiver Name,Product Name,SKU Reference No.,Variation Name,Deal Price,Quantity,Product Subtotal',
  '261110ABCD1234,Completed,2026-11-10 14:32,mei.lin88,Mei Lin,Ceramic Mug,MUG-01,White,19.90,2,39.80',
  '261110ABCD1234,Completed,2026-11-10 14:32,mei.lin88,Mei Lin,Coaster Set,CST-04,,9.50,1,9.50',
  '"2611101234567890123",Shipping,2026/11/11 09:05,raj_k,Raj Kumar,"Lamp, Desk",LMP-02,Black,59.00,1,59.00',
  '2.61110E+17,Completed,2026-11-11 10:00,someone,Some One,Mug,MUG-01,,19.90,1,19.90',
  '261112XYZ,Completed,31/13/2026,x,Y,Mug,MUG-01,,19.90,1,19.90',
].join('\r\n');

const SHOPEE_ZH = [
  '订单编号,订单状态,订单创建时间,买家用户名,收件者姓名,商品名称,商品选项货号,商品选项名称,商品活动价格,数量,商品小计',
  '261113QWER5678,已完成,2026-11-13 20:15,小红,王小红,保温杯,CUP-09,红色,45.00,1,45.00',
].join('\n');

const GENERIC = [
  'Order Number,Date,Customer,Name,Email,SKU,Item,Qty,Total,Status,Channel',
  'LZ-7781,2026-11-12 08:00,ahmad@example.my,Ahmad,ahmad@example.my,BAG-3,Tote bag,1,35,Delivered,Lazada',
].join('\n');

function orders(desk: Desk): Record<string, unknown>[] {
  const rows = desk.rows('Orders');
  return rows.slice(1).map((_, i) => record(rows, i + 1));
}

describe('orders import', () => {
  it('reads a Shopee English export: two lines of one order, a long numeric ID as text, bad lines rejected', () => {
    const desk = freshDesk();
    const report = desk.ok('apiImportOrders', SHOPEE_EN);
    expect(report.format).toBe('Shopee (English)');
    expect([report.imported, report.updated]).toEqual([3, 0]);
    expect(report.rejected.map((r: { line: number }) => r.line)).toEqual([5, 6]);
    expect(report.rejected[0].reason).toContain('2.61110E+17');
    expect(report.rejected[0].reason).toContain('turned into a number');
    expect(report.rejected[1].reason).toContain('31/13/2026');
    const list = orders(desk);
    expect(list.map((o) => [o['Order ID'], o['SKU'], o['Quantity'], o['Amount'], o['Customer ID'], o['Customer Name']])).toEqual([
      ['261110ABCD1234', 'MUG-01', 2, 39.8, 'mei.lin88', 'Mei Lin'],
      ['261110ABCD1234', 'CST-04', 1, 9.5, 'mei.lin88', 'Mei Lin'],
      ['2611101234567890123', 'LMP-02', 1, 59, 'raj_k', 'Raj Kumar'],
    ]);
    // Variation is kept with the product name; the channel is Shopee.
    expect([list[0]!['Product'], list[0]!['Channel'], list[2]!['Product']]).toEqual(['Ceramic Mug (White)', 'Shopee', 'Lamp, Desk (Black)']);
    // Local 14:32 in Kuala Lumpur = 06:32Z; slashes in dates are read as dashes.
    expect(ms(list[0]!['Order Date'])).toBe(wallTime('2026-11-10 14:32'));
    expect(ms(list[2]!['Order Date'])).toBe(wallTime('2026-11-11 09:05'));
    // 19 digits would lose precision as a number: the cell holds the exact text.
    const idCell = desk.sheet('Orders').getRange(4, 1);
    expect(idCell.getValue()).toBe('2611101234567890123');
    expect(idCell.getFormula()).toBe('');
  });

  it('reads the Chinese Shopee export and a generic CSV', () => {
    const desk = freshDesk();
    const zh = desk.ok('apiImportOrders', SHOPEE_ZH);
    expect(zh.format).toBe('Shopee (中文)');
    expect(zh.imported).toBe(1);
    const gen = desk.ok('apiImportOrders', GENERIC);
    expect(gen.format).toBe('Generic');
    expect(gen.imported).toBe(1);
    expect(gen.rejected).toEqual([]);
    const list = orders(desk);
    expect(list.map((o) => [o['Order ID'], o['Customer ID'], o['Customer Name'], o['SKU'], o['Product'], o['Amount'], o['Status'], o['Channel']])).toEqual([
      ['261113QWER5678', '小红', '王小红', 'CUP-09', '保温杯 (红色)', 45, '已完成', 'Shopee'],
      ['LZ-7781', 'ahmad@example.my', 'Ahmad', 'BAG-3', 'Tote bag', 35, 'Delivered', 'Lazada'],
    ]);
    expect(list[1]!['Email']).toBe('ahmad@example.my');
  });

  it('re-importing updates lines by (Order ID, SKU) instead of duplicating them', () => {
    const desk = freshDesk();
    desk.ok('apiImportOrders', SHOPEE_EN);
    const again = desk.ok('apiImportOrders', SHOPEE_EN.replace('Completed,2026-11-10 14:32,mei.lin88,Mei Lin,Ceramic Mug', 'Return Requested,2026-11-10 14:32,mei.lin88,Mei Lin,Ceramic Mug'));
    // The mug line changed status; the coaster and the lamp are identical (unchanged, not counted).
    expect([again.imported, again.updated]).toEqual([0, 1]);
    expect(desk.sheet('Orders').getLastRow()).toBe(4);
    expect(orders(desk).map((o) => o['Status'])).toEqual(['Return Requested', 'Completed', 'Shipping']);
    // A duplicate line inside one file is rejected, not merged.
    const dup = desk.ok('apiImportOrders', [GENERIC, GENERIC.split('\n')[1]].join('\n'));
    expect(dup.imported).toBe(1);
    expect(dup.rejected).toEqual([{ line: 3, reason: 'duplicate of line 2 (same Order ID and SKU)' }]);
    expect(desk.sheet('Orders').getLastRow()).toBe(5);
  });

  it('an empty CSV is a user error and writes nothing', () => {
    const desk = freshDesk();
    expect(desk.err('apiImportOrders', '  \n ')).toMatchObject({ key: 'csv_empty', field: 'csv' });
    expect(desk.sheet('Orders').getLastRow()).toBe(1);
  });

  it('the new-case context finds the imported order; logging with the order ID fills customer and SKU', () => {
    const desk = freshDesk();
    desk.ok('apiImportOrders', SHOPEE_EN);
    const ctx = desk.ok('apiCaseContext', { orderId: '261110ABCD1234', reason: 'damaged' });
    expect(ctx.orderFound).toBe(true);
    expect(ctx.orderLines.map((l: { sku: string; amount: number }) => [l.sku, l.amount])).toEqual([['MUG-01', 39.8], ['CST-04', 9.5]]);
    expect(ctx.customer).toMatchObject({ customerId: 'mei.lin88', orders: 1, spend: 49.3, tickets: 0, tag: 'new' });
    expect(ctx.orderLines[0].orderDate).toBe('2026-11-10T06:32:00.000Z');
    const unknown = desk.ok('apiCaseContext', { orderId: '999' });
    expect([unknown.orderFound, unknown.customer]).toEqual([false, null]);

    const logged = desk.ok('apiLogCase', { channel: 'Shopee Chat', reason: 'damaged', orderId: '2611101234567890123' });
    expect(logged.warnings).toEqual([]);
    const row = record(desk.rows('Tickets'), 1);
    expect([row['Order ID'], row['Customer ID'], row['Customer Name'], row['SKU']]).toEqual(['2611101234567890123', 'raj_k', 'Raj Kumar', 'LMP-02']);
    // With a SKU given, the matching line is used.
    desk.env.clock.advance(60_000);
    desk.ok('apiLogCase', { channel: 'Shopee Chat', reason: 'missing_item', orderId: '261110ABCD1234', sku: 'CST-04' });
    expect(record(desk.rows('Tickets'), 2)['SKU']).toBe('CST-04');
  });
});
