/**
 * Bench rows for the staffing refresh (loaded by scripts/bench.ts): the Staffing tab rewritten through the bundle
 * for a Tickets tab of 1,000 to 50,000 rows over 16 weeks and three order lines per ticket; wall time, Spreadsheet
 * calls and the cells read and written (only Created At and Channel of Tickets, Order ID and Order Date of Orders).
 */
import { freshDesk, type Desk } from '../test/server/harness';
import { mulberry32 } from '../src/local/random';
import { type BenchRow, timed } from './bench/table';

const DAY = 86_400_000;

function shop(tickets: number): Desk {
  const desk = freshDesk({ now: '2026-11-02T00:00:00Z' });
  const rand = mulberry32(tickets);
  const start = Date.parse('2026-11-02T00:00:00Z') - 112 * DAY;
  const t = desk.sheet('Tickets');
  const tw = t.getLastColumn();
  const rows = Array.from({ length: tickets }, (_, i) => {
    const r = new Array(tw).fill('');
    r[0] = `T-${String(i + 1).padStart(6, '0')}`;
    r[1] = new Date(start + rand() * 112 * DAY);
    r[2] = rand() < 0.85 ? 'Shopee Chat' : 'Email';
    return r;
  });
  const grow = (sheet: typeof t, rowsNeeded: number) => {
    if (rowsNeeded > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rowsNeeded - sheet.getMaxRows());
  };
  grow(t, tickets + 1);
  t.getRange(2, 1, tickets, tw).setValues(rows);
  const o = desk.sheet('Orders');
  const ow = o.getLastColumn();
  const orders = Array.from({ length: tickets * 3 }, (_, i) => {
    const r = new Array(ow).fill('');
    r[0] = `O-${Math.floor(i / 2)}`;
    r[1] = new Date(start + (Math.floor(i / 2) / (tickets * 1.5)) * 112 * DAY);
    return r;
  });
  grow(o, orders.length + 1);
  o.getRange(2, 1, orders.length, ow).setValues(orders);
  return desk;
}

export function benchStaffing(): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const n of [1_000, 10_000, 50_000]) {
    const desk = shop(n);
    desk.env.calls.reset();
    const { ms, value } = timed(() => desk.ok('apiRefreshStaffing'));
    rows.push({
      name: 'staffing refresh (4 weeks)',
      n,
      ms,
      calls: desk.env.calls.spreadsheet(),
      note: `reads 2 Tickets + 2 Orders columns = ${(8 * n).toLocaleString('en-US')} cells; writes ${value.rowsWritten} rows in one setValues`,
    });
  }
  return rows;
}
