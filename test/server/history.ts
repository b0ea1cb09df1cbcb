/**
 * A shop with years of history, written straight into the emulated tabs (no execution, so no cost): `perDay`
 * tickets a day for `tickets / perDay` days up to yesterday, two order lines a ticket, deterministic.
 * Old tickets are closed with CSAT; the last fortnight has open, waiting and resolved ones.
 */
import type { Desk } from './harness';

const REASONS = ['Damaged', 'Defective', 'Not received', 'Size', 'Logistics', 'Wrong item'];
const AGENTS = ['aisyah@shop.test', 'jun@shop.test', 'lee@shop.test'];
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface History {
  tickets: number;
  orders: number;
  firstDay: number;
}

/** Writes the history; `now` is the emulator clock. Returns the sizes written. */
export function writeHistory(desk: Desk, tickets: number, opts: { perDay?: number; seed?: number; customers?: number } = {}): History {
  const perDay = opts.perDay ?? 100;
  const rand = rng(opts.seed ?? 11);
  const now = desk.env.clock.now();
  const start = now - Math.ceil(tickets / perDay) * DAY - DAY;
  const date = (ms: number | null) => (ms === null ? '' : desk.env.emu.makeDate(Math.round(ms / 60_000) * 60_000));
  const tSheet = desk.sheet('Tickets');
  const header = tSheet.getRange(1, 1, 1, tSheet.getLastColumn()).getValues()[0]!.map(String);
  const rows: unknown[][] = [];
  const orders: unknown[][] = [];
  for (let i = 0; i < tickets; i++) {
    const created = start + (i / perDay) * DAY + rand() * HOUR;
    const age = now - created;
    const firstReply = created + (0.5 + rand() * 6) * HOUR;
    const resolvedOk = age > 14 * DAY || rand() < 0.5;
    const resolved = resolvedOk ? Math.min(created + (4 + rand() * 60) * HOUR, now - HOUR) : null;
    const closed = resolved !== null && age > 10 * DAY ? resolved + 3 * DAY : null;
    const rated = resolved !== null && rand() < 0.4 && resolved + DAY < now;
    const csatAt = rated ? resolved! + DAY : null;
    const status = closed !== null ? 'Closed' : resolved !== null ? 'Resolved' : ['New', 'Open', 'Waiting on Customer'][Math.floor(rand() * 3)]!;
    const customer = `buyer${Math.floor(rand() * (opts.customers ?? 20_000))}`;
    const order = `O${String(i).padStart(8, '0')}`;
    const v: Record<string, unknown> = {
      'Ticket ID': `T-${String(i + 1).padStart(6, '0')}`,
      'Created At': date(created),
      Channel: 'Shopee Chat',
      'Order ID': order,
      'Customer ID': customer,
      'Customer Name': `Buyer ${customer.slice(5)}`,
      Email: '',
      Language: 'en',
      SKU: `SKU-${Math.floor(rand() * 40)}`,
      Reason: REASONS[Math.floor(rand() * REASONS.length)],
      Priority: rand() < 0.1 ? 'High' : 'Normal',
      Status: status,
      Assignee: AGENTS[i % AGENTS.length],
      Description: 'The mug arrived broken, the handle is off and the box is crushed.',
      'First Reply At': date(firstReply < now ? firstReply : null),
      'Resolved At': date(resolved),
      'Closed At': date(closed),
      Reopens: rand() < 0.05 ? 1 : 0,
      'Agent Replies': 1 + Math.floor(rand() * 3),
      'Waiting Hours': 0,
      Resolution: resolved !== null ? (rand() < 0.15 ? 'Refund' : 'Explanation') : '',
      'Survey Sent At': date(resolved),
      CSAT: rated ? 1 + Math.floor(rand() * 5) : '',
      'CSAT At': date(csatAt),
      'Updated At': date(Math.max(created, resolved ?? 0, closed ?? 0, csatAt ?? 0)),
      'Updated By': 'history',
    };
    rows.push(header.map((h) => v[h] ?? ''));
    for (let k = 0; k < 2; k++) orders.push([order, date(created - 5 * DAY), customer, `Buyer ${customer.slice(5)}`, '', `SKU-${(i + k) % 40}`, 'Mug', 1, 19.9, 'Completed', 'Shopee']);
  }
  // Number formats as set-up leaves them (text IDs), then the values.
  const write = (name: string, data: unknown[][]) => {
    const sheet = desk.sheet(name);
    // Through the API the grid is grown first (a paste in Sheets grows it by itself).
    if (sheet.getMaxRows() < data.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), data.length + 1 - sheet.getMaxRows());
    for (let at = 0; at < data.length; at += 50_000) {
      const part = data.slice(at, at + 50_000);
      sheet.getRange(2 + at, 1, part.length, part[0]!.length).setValues(part as never);
    }
  };
  if (rows.length) write('Tickets', rows);
  if (orders.length) write('Orders', orders);
  return { tickets, orders: orders.length, firstDay: start };
}
