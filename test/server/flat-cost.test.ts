/**
 * Flat-cost actions through the real bundle, measured by the emulator's cost model (counts, not wall time):
 * cells read stay flat from 2,000 to 30,000 tickets, saves model ≤ 1.0 s at 30,000 and 50,000 tickets, and the
 * Lookup Index gives the same answers as reading the tabs — and gives way to it when rows moved behind its back.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DateCell } from '../../src/local/emu/values';
import { column, type Desk } from './harness';
import { SCALE_CASE, costOf, scaleDesk, type Scale } from './scale';

const UPDATE = { status: 'open', reply: 'Checking with the courier' };

function actions(s: Scale) {
  s.desk.env.clock.advance(60_000);
  const log = costOf(s.desk, 'apiLogCase', { ...SCALE_CASE, orderId: s.orderId });
  s.desk.env.clock.advance(60_000);
  const update = costOf(s.desk, 'apiUpdateTicket', s.ticketId, UPDATE);
  const view = costOf(s.desk, 'apiGetTicket', s.ticketId);
  const queue = costOf(s.desk, 'apiMyQueue');
  const context = costOf(s.desk, 'apiCaseContext', { orderId: s.orderId });
  return { log, update, view, queue, context };
}

describe('cost at scale (bundle, cost model)', () => {
  let small: ReturnType<typeof actions>;
  let mid: ReturnType<typeof actions>;
  let large: ReturnType<typeof actions>;
  beforeAll(() => {
    small = actions(scaleDesk(2_000, 6_000));
    mid = actions(scaleDesk(30_000, 90_000));
    large = actions(scaleDesk(50_000, 150_000));
  }, 600_000);

  it('log-case, update-ticket, the ticket view, the queue and the case context read within 1.2× the cells at 30,000 tickets as at 2,000', () => {
    for (const k of ['log', 'update', 'view', 'queue', 'context'] as const) {
      expect(mid[k].cellsRead, k).toBeLessThanOrEqual(small[k].cellsRead * 1.2);
      expect(large[k].cellsRead, k).toBeLessThanOrEqual(small[k].cellsRead * 1.2);
      // Reading the Tickets tab whole would be 30,000 × 37 cells.
      expect(mid[k].cellsRead, k).toBeLessThan(20_000);
    }
  });

  it('log-case and update-ticket model at most 1.0 s at 30,000 and at 50,000 tickets (150,000 order lines)', () => {
    for (const run of [mid, large]) {
      expect(run.log.modelledSeconds).toBeLessThanOrEqual(1.0);
      expect(run.update.modelledSeconds).toBeLessThanOrEqual(1.0);
      // No size look-up of a big tab, no TextFinder in a save.
      expect(run.log.textFinds).toBe(0);
      expect(run.update.textFinds).toBe(0);
    }
  });
});

function orders(desk: Desk) {
  return desk.env.emu.book.sheets.find((s) => s.name === 'Orders')!;
}

function indexState(desk: Desk): { tickets: number; open: Record<string, number> } {
  return JSON.parse(String(desk.sheet('Lookup Index').getRange(2, 1).getValue()));
}

describe('the Lookup Index gives the same answers as reading the tabs', () => {
  it('the case context through the index equals the one from whole tabs', () => {
    const s = scaleDesk(300, 900);
    s.desk.env.calls.reset();
    const viaIndex = s.desk.ok('apiCaseContext', { orderId: s.orderId });
    expect(s.desk.env.calls.get('Sheet.getDataRange')).toBe(0);
    expect(viaIndex.orderLines.length).toBe(2);
    expect(viaIndex.customer.customerId).toBe(s.customerId);
    expect(viaIndex.history.length).toBeGreaterThan(0);
    // Without the index the view reads the tabs: same answer.
    s.desk.env.spreadsheet.deleteSheet(s.desk.sheet('Lookup Index') as never);
    s.desk.env.calls.reset();
    const viaTabs = s.desk.ok('apiCaseContext', { orderId: s.orderId });
    expect(s.desk.env.calls.get('Sheet.getDataRange')).toBeGreaterThan(0);
    expect(viaTabs).toEqual(viaIndex);
  });

  it('order lines appended after the index was written are found too; eight orders make a VIP and raise the priority', () => {
    const s = scaleDesk(300, 900);
    const o = orders(s.desk);
    const head = o.values[0]!.map(String);
    // Eight new orders for a new customer, pasted below the indexed rows.
    for (let k = 0; k < 8; k++) {
      const row = new Array(head.length).fill('');
      row[head.indexOf('Order ID')] = `VIP-${k}`;
      row[head.indexOf('Order Date')] = new DateCell(s.desk.env.clock.now() - 86_400_000);
      row[head.indexOf('Customer ID')] = 'Big.Spender';
      row[head.indexOf('Customer Name')] = 'Big Spender';
      row[head.indexOf('Email')] = 'big@spender.test';
      row[head.indexOf('SKU')] = 'SKU-9';
      row[head.indexOf('Amount')] = 50;
      o.values.push(row);
    }
    s.desk.env.calls.reset();
    const r = s.desk.ok('apiLogCase', { ...SCALE_CASE, orderId: 'VIP-3' });
    expect(s.desk.env.calls.get('Sheet.getDataRange')).toBe(0);
    expect(r.ticket.customerId).toBe('Big.Spender');
    expect(r.ticket.email).toBe('big@spender.test');
    expect(r.ticket.priority).toBe('high'); // normal, raised one step for a VIP
    expect(r.ticket.ticketId).toBe('T-000301');
    const ctx = s.desk.ok('apiCaseContext', { customerId: 'big.spender' });
    expect(ctx.customer).toMatchObject({ orders: 8, spend: 400, tag: 'vip', tickets: 1 });
  });

  it('rows deleted behind its back: the save reads the tabs, updates the right ticket, and rebuilds the index', () => {
    const s = scaleDesk(300, 900);
    s.desk.sheet('Tickets').deleteRow(10); // T-000009
    s.desk.env.calls.reset();
    s.desk.ok('apiUpdateTicket', 'T-000250', { status: 'open', reply: 'On it' });
    expect(s.desk.env.calls.get('Sheet.getDataRange')).toBeGreaterThan(0);
    const rows = s.desk.rows('Tickets');
    const ids = column(rows, 'Ticket ID');
    const at = ids.indexOf('T-000250');
    expect(column(rows, 'Status')[at]).toBe('Open');
    expect(column(rows, 'Agent Replies')[at]).toBe(1);
    // Rebuilt: the next save is flat again and still finds the right row.
    s.desk.env.calls.reset();
    s.desk.ok('apiUpdateTicket', 'T-000251', { status: 'waiting', reply: 'Sent a label' });
    expect(s.desk.env.calls.get('Sheet.getDataRange')).toBe(0);
    expect(column(s.desk.rows('Tickets'), 'Status')[ids.indexOf('T-000251')]).toBe('Waiting on Customer');
    expect(indexState(s.desk).tickets).toBe(300);
  });

  it('IDs stay unique when the last rows were deleted, and each new ticket goes into the index', () => {
    const s = scaleDesk(300, 900);
    s.desk.sheet('Tickets').deleteRows(290, 12); // T-000289 … T-000300
    const a = s.desk.ok('apiLogCase', { ...SCALE_CASE, customerId: 'buyer7' }).ticket.ticketId;
    s.desk.env.clock.advance(60_000);
    const b = s.desk.ok('apiLogCase', { ...SCALE_CASE, customerId: 'buyer7' }).ticket.ticketId;
    expect([a, b]).toEqual(['T-000301', 'T-000302']);
    const ctx = s.desk.ok('apiCaseContext', { customerId: 'buyer7' });
    expect(ctx.history.slice(0, 2).map((t: { ticketId: string }) => t.ticketId)).toEqual(['T-000302', 'T-000301']);
  });

  it('an orders import updates the index: the next case finds an imported order without reading the tabs', () => {
    const s = scaleDesk(300, 900);
    const lines = ['Order ID,Order Status,Order Creation Date,Username (Buyer),Receiver Name,Product Name,SKU Reference No.,Variation Name,Deal Price,Quantity,Product Subtotal'];
    for (let i = 0; i < 400; i++) lines.push(`IMP${1000 + i},Completed,2026-11-0${1 + (i % 9)} 10:15,importer${i % 50},Importer ${i % 50},Mug,SKU-${i % 2},White,19.90,1,19.90`);
    expect(s.desk.ok('apiImportOrders', lines.join('\n')).imported).toBe(400);
    s.desk.env.calls.reset();
    const r = s.desk.ok('apiLogCase', { ...SCALE_CASE, orderId: 'IMP1390' });
    expect(s.desk.env.calls.get('Sheet.getDataRange')).toBe(0);
    expect(r.ticket.customerId).toBe('importer40');
    expect(r.warnings).toEqual([]);
  });

  it('a row typed at the bottom without an ID is not overwritten by the next case', () => {
    const s = scaleDesk(300, 900);
    const rows = s.desk.rows('Tickets');
    const desc = (rows[0] as unknown[]).indexOf('Description') + 1;
    s.desk.sheet('Tickets').getRange(302, desc).setValue('typed by hand');
    const r = s.desk.ok('apiLogCase', { ...SCALE_CASE, customerId: 'buyer3' });
    expect(r.ticket.row).toBe(303);
    expect(s.desk.sheet('Tickets').getRange(302, desc).getValue()).toBe('typed by hand');
    expect(s.desk.sheet('Tickets').getRange(303, 1).getValue()).toBe('T-000301');
  });

  it('open tickets per agent are kept up to date by saves', () => {
    const s = scaleDesk(300, 900, 20);
    const before = indexState(s.desk).open;
    expect(Object.values(before).reduce((x, y) => x + y, 0)).toBe(20);
    const r = s.desk.ok('apiLogCase', { ...SCALE_CASE, customerId: 'buyer1' });
    const who = r.ticket.assignee as string;
    expect(indexState(s.desk).open[who]).toBe((before[who] ?? 0) + 1);
    s.desk.ok('apiUpdateTicket', r.ticket.ticketId, { status: 'resolved', resolution: 'refund' });
    expect(indexState(s.desk).open[who]).toBe(before[who] ?? 0);
  });
});
