/**
 * Large workbooks built in memory (straight into the emulator's cells, not through thousands of bundle calls):
 * `n` tickets over two years, mostly closed, spread over many customers, and order lines for those customers.
 * Shared by the flat-cost tests and `npm run bench`.
 */
import { DateCell, type CellValue } from '../../src/local/emu/values';
import { freshDesk, type Desk } from './harness';

const DAY = 86_400_000;
const SPARE_ROWS = 500;
const AGENTS = ['owner@shop.test', 'lead@shop.test', 'aisyah@shop.test', 'jun@shop.test'];

export const SCALE_CASE = { channel: 'Shopee Chat', reason: 'damaged', language: 'en', description: 'Broken mug' };

export interface Scale {
  desk: Desk;
  tickets: number;
  orders: number;
  /** A customer with a few orders and tickets, one of their order IDs, and an existing ticket. */
  customerId: string;
  orderId: string;
  ticketId: string;
}

function sheetData(desk: Desk, name: string) {
  const s = desk.env.emu.book.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no tab ${name}`);
  return s;
}

function header(desk: Desk, name: string): Map<string, number> {
  return new Map((sheetData(desk, name).values[0] ?? []).map((h, i) => [String(h), i]));
}

/**
 * Builds the workbook: `tickets` rows (the last `open` of them still open), `orders` order lines, and
 * `events` Audit Log rows a ticket.
 */
export function scaleDesk(tickets: number, orders = tickets * 3, open = 60, events = 0): Scale {
  const desk = freshDesk();
  const customers = Math.max(1, Math.floor(orders / 4));
  const now = desk.env.clock.now();
  // Order lines: two lines an order, customer k % customers.
  const oh = header(desk, 'Orders');
  const oRows: CellValue[][] = [];
  for (let k = 0; k < orders; k++) {
    const row: CellValue[] = new Array(oh.size).fill('');
    const order = Math.floor(k / 2);
    row[oh.get('Order ID')!] = `26${String(100000 + order)}SG`;
    row[oh.get('Order Date')!] = new DateCell(now - 730 * DAY + Math.floor((order / Math.max(orders / 2, 1)) * 725 * DAY));
    row[oh.get('Customer ID')!] = `buyer${order % customers}`;
    row[oh.get('Customer Name')!] = `Buyer ${order % customers}`;
    row[oh.get('SKU')!] = `SKU-${k % 2}`;
    row[oh.get('Product')!] = k % 2 ? 'Mug' : 'Plate';
    row[oh.get('Quantity')!] = 1;
    row[oh.get('Amount')!] = 19.9;
    row[oh.get('Status')!] = 'Completed';
    row[oh.get('Channel')!] = 'Shopee';
    oRows.push(row);
  }
  const od = sheetData(desk, 'Orders');
  od.values = [od.values[0]!, ...oRows];
  // A grown sheet keeps spare rows below its data (AfterDesk grows the grid 500 rows at a time): saves measured
  // here pay the steady cost, not the one-off growth (about 20,000 cells written once per 500 appends).
  od.grow(oRows.length + 1 + SPARE_ROWS, oh.size);
  // Tickets: a logged ticket is the template; IDs in order, the last `open` still open.
  desk.ok('apiLogCase', SCALE_CASE);
  const td = sheetData(desk, 'Tickets');
  const th = header(desk, 'Tickets');
  const template = td.values[1]!;
  const tRows: CellValue[][] = [];
  for (let i = 0; i < tickets; i++) {
    const row = template.slice();
    const order = Math.floor((i * 7) % Math.max(orders / 2, 1));
    const created = now - 730 * DAY + Math.floor((i / tickets) * 729 * DAY);
    row[th.get('Ticket ID')!] = `T-${String(i + 1).padStart(6, '0')}`;
    row[th.get('Created At')!] = new DateCell(created);
    row[th.get('Order ID')!] = orders ? `26${String(100000 + order)}SG` : '';
    row[th.get('Customer ID')!] = orders ? `buyer${order % customers}` : `buyer${i}`;
    row[th.get('Status')!] = i >= tickets - open ? 'Open' : 'Closed';
    row[th.get('Assignee')!] = AGENTS[i % AGENTS.length]!;
    row[th.get('Updated At')!] = new DateCell(created + DAY);
    tRows.push(row);
  }
  td.values = [td.values[0]!, ...tRows];
  td.grow(tRows.length + 1 + SPARE_ROWS, th.size);
  desk.env.properties.document['AFTERDESK_LAST_TICKET_SEQ'] = String(tickets);
  if (events > 0) {
    const ed = sheetData(desk, 'Audit Log');
    const fields = ['status', 'assignee', 'reply', 'priority'];
    for (let i = 0; i < tickets; i++) {
      const at = new DateCell(now - 730 * DAY + Math.floor((i / tickets) * 729 * DAY));
      for (let k = 0; k < events; k++) ed.values.push([at, `T-${String(i + 1).padStart(6, '0')}`, AGENTS[i % AGENTS.length]!, fields[k % fields.length]!, '', 'Open']);
    }
    ed.grow(ed.values.length + SPARE_ROWS, 6);
  }
  // The rows were written behind the add-on's back: rebuild the Lookup Index, as the hourly job does.
  desk.ok('apiRebuildLookupIndex');
  const probe = tickets - Math.floor(open / 2);
  const cust = String(tRows[probe - 1]![th.get('Customer ID')!]);
  return { desk, tickets, orders, customerId: cust, orderId: String(tRows[probe - 1]![th.get('Order ID')!]), ticketId: `T-${String(probe).padStart(6, '0')}` };
}

/** Runs an API function as one execution and returns its cost record (throws on an error envelope). */
export function costOf(desk: Desk, fn: string, ...args: unknown[]) {
  desk.ok(fn, ...args);
  return desk.env.cost.last();
}
