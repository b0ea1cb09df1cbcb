/**
 * Benchmarks of the case desk through the real bundle in the emulator: log, update, set-up and orders import at
 * realistic sizes, each reporting wall time and Spreadsheet-service calls of the one API call measured.
 */
import { fillTickets, freshDesk, type Desk } from '../../test/server/harness';
import { type BenchRow, timed } from './table';

const CASE = { channel: 'Shopee Chat', reason: 'damaged', language: 'en', customerId: 'bench.buyer', description: 'Broken mug' };

/** One API call measured: wall time and Spreadsheet-service calls. */
function measure(desk: Desk, fn: string, ...args: unknown[]): { ms: number; calls: number } {
  desk.env.calls.reset();
  const { ms } = timed(() => desk.ok(fn, ...args));
  return { ms, calls: desk.env.calls.spreadsheet() };
}

function deskWithTickets(n: number): Desk {
  const desk = freshDesk();
  desk.ok('apiLogCase', CASE);
  if (n > 1) fillTickets(desk, n - 1);
  desk.env.clock.advance(60_000);
  return desk;
}

/** A Shopee English export of `n` order lines (two lines an order), as a seller downloads it. */
function shopeeCsv(n: number): string {
  const lines = ['Order ID,Order Status,Order Creation Date,Username (Buyer),Receiver Name,Product Name,SKU Reference No.,Variation Name,Deal Price,Quantity,Product Subtotal'];
  for (let i = 0; i < n; i++) {
    const order = `2611${String(100000 + Math.floor(i / 2)).padStart(6, '0')}AB`;
    const day = 1 + (i % 28);
    lines.push(`${order},Completed,2026-10-${String(day).padStart(2, '0')} 1${i % 10}:15,buyer${i % 997},Buyer ${i % 997},Mug,SKU-${i % 2},White,19.90,1,19.90`);
  }
  return lines.join('\n');
}

/** A Shopee return export of `n` requests against the orders of shopeeCsv. */
function returnsCsv(n: number, status: string): string {
  const lines = ['Return ID,Order ID,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return / Refund Status'];
  for (let i = 0; i < n; i++) {
    const order = `2611${String(100000 + i).padStart(6, '0')}AB`;
    lines.push(`R${String(i).padStart(8, '0')},${order},Mug,SKU-0,1,Damaged item,2026-10-${String(1 + (i % 28)).padStart(2, '0')} 12:00,${status}`);
  }
  return lines.join('\n');
}

export function benchDesk(): BenchRow[] {
  const rows: BenchRow[] = [];
  let largest: Desk | null = null;
  for (const n of [100, 10_000, 50_000]) {
    const desk = deskWithTickets(n);
    const m = measure(desk, 'apiLogCase', CASE);
    rows.push({ name: 'log a case', n, ...m, note: 'existing tickets; lock → read tabs → core → append' });
    if (n === 50_000) largest = desk;
  }
  if (largest) {
    const m = measure(largest, 'apiUpdateTicket', 'T-040000', { status: 'open', reply: 'Checking with the courier' });
    rows.push({ name: 'update a ticket', n: 50_000, ...m, note: 'existing tickets; one row written back' });
    const view = measure(largest, 'apiMyQueue');
    rows.push({ name: 'my queue', n: 50_000, ...view, note: 'existing tickets; read only' });
  }
  const setupDesk = deskWithTickets(20_000);
  rows.push({ name: 'set-up / repair', n: 20_000, ...measure(setupDesk, 'apiSetup'), note: 'ticket rows; headers, formats, validation' });
  const importDesk = freshDesk();
  const csv = shopeeCsv(5_000);
  rows.push({ name: 'orders import', n: 5_000, ...measure(importDesk, 'apiImportOrders', csv), note: 'Shopee (English) lines, fresh Orders tab' });
  rows.push({ name: 'orders re-import', n: 5_000, ...measure(importDesk, 'apiImportOrders', csv.replace(/Completed/g, 'Return Requested')), note: 'every line updated in place' });
  // Shopee return requests (issue 15): 1,000 Return IDs against those orders, then the same export, then new statuses.
  const returns = returnsCsv(1_000, 'Requested');
  importDesk.env.clock.set(Date.parse('2026-11-01T02:00:00Z'));
  rows.push({ name: 'returns import', n: 1_000, ...measure(importDesk, 'apiImportReturns', returns), note: 'Return IDs → new tickets, 5,000 order lines' });
  rows.push({ name: 'returns re-import, same', n: 1_000, ...measure(importDesk, 'apiImportReturns', returns), note: 'unchanged: nothing written' });
  rows.push({ name: 'returns re-import, moved', n: 1_000, ...measure(importDesk, 'apiImportReturns', returnsCsv(1_000, 'REFUND_PAID')), note: 'every ticket resolved in place' });
  return rows;
}
