/**
 * The flat-cost desk: what an action needs, found without reading whole tabs — tabs opened by header and a
 * verified last row, a customer's orders and tickets and an order's lines through the Lookup Index, each
 * row checked on read. `openFlatDesk` returns null when a shortcut cannot be trusted (no index, rows deleted,
 * a long unindexed tail): the caller then reads the tabs as before and rebuilds the index.
 */
import { customerKey } from '../../core/customers';
import type { Order, Ticket } from '../../core/records';
import { deskPolicies } from '../../workbook/policies';
import { AGENTS, EVENTS, ORDERS, TICKETS } from '../../workbook/tabs';
import type { Table, TableRow } from '../../workbook/table';
import { findTicketRow, openLean, readRowsAt, readSmallTable } from '../../workbook/lookup';
import { customerIndexKey, indexRows, openIndex, orderKey, preload, type LookupIndex } from '../../workbook/lookup-index';
import type { ActionContext } from '../context';
import { toAgents, type AgentRow, type Desk, type EventRow } from '../desk';

/** Rows appended since the index was written that are read directly rather than through it. */
const MAX_TAIL = 200;

export interface FlatDesk extends Desk {
  index: LookupIndex;
}

/** Thrown inside a flat read when a row found does not match: the action restarts the exact way. */
export class StaleIndex extends Error {
  constructor(what: string) {
    super(`lookup index out of date: ${what}`);
  }
}

function tailOk(table: Table<unknown>, covered: number): boolean {
  return table.lastRow >= covered && table.lastRow - covered <= MAX_TAIL;
}

/** Opens Tickets (and Orders) lean; the Agents tab is small and read whole. Null when the index is unusable. */
export function openFlatDesk(ctx: ActionContext, opts: { orders?: boolean } = {}): FlatDesk | null {
  // The state cell read by the journal check just before (once: a later open reads it again).
  const index = openIndex(ctx.ss, ctx.lookupRead);
  ctx.lookupRead = null;
  if (!index) return null;
  const tickets = openLean<Ticket>(ctx.ss, TICKETS, ctx.timeZone, 'ticketId', index.state.tickets, ['createdAt', 'status']);
  if (!tailOk(tickets, index.state.tickets)) return null;
  let orders: Table<Order> | null = null;
  if (opts.orders !== false) {
    orders = openLean<Order>(ctx.ss, ORDERS, ctx.timeZone, 'orderId', index.state.orders, ['sku']);
    if (!tailOk(orders, index.state.orders)) return null;
  }
  const agents = toAgents(readSmallTable<AgentRow>(ctx.ss, AGENTS, ctx.timeZone).rows.map((r) => r.record));
  const found = agents.find((a) => a.email.toLowerCase() === ctx.actor.toLowerCase());
  const me = found ?? { email: ctx.actor, name: ctx.actor, role: 'agent' as const, languages: [], active: true, limit: null };
  return { ctx, policies: deskPolicies(ctx.settings), tickets, orders, agents, me, index };
}

/** The Audit Log opened for appending from the index's hint (no size look-up when the hint holds). */
export function openFlatEvents(desk: FlatDesk): Table<EventRow> {
  return openLean<EventRow>(desk.ctx.ss, EVENTS, desk.ctx.timeZone, 'at', desk.index.state.events);
}

/** Rows from the index for a key, plus the unindexed tail, read and kept only when `match` holds. */
function indexed<T>(table: Table<T>, covered: number, rows: number[], match: (r: T) => boolean, what: string): TableRow<T>[] {
  const tail: number[] = [];
  for (let r = covered + 1; r <= table.lastRow; r++) tail.push(r);
  const hits = readRowsAt(table, [...rows, ...tail]);
  const listed = new Set(rows);
  const out: TableRow<T>[] = [];
  for (const h of hits) {
    if (match(h.record)) out.push(h);
    else if (listed.has(h.row)) throw new StaleIndex(what);
  }
  // A listed row that came back empty was deleted or moved.
  if (rows.some((r) => !hits.some((h) => h.row === r))) throw new StaleIndex(what);
  return out;
}

/** The lines of an order (Order ID matched trimmed, exactly). */
export function orderLines(desk: FlatDesk, orderId: string): Order[] {
  if (!desk.orders || !orderId) return [];
  const key = orderKey(orderId);
  return indexed(desk.orders, desk.index.state.orders, indexRows(desk.index, 'orders', key), (o) => o.orderId.trim() === orderId.trim(), key).map((r) => r.record);
}

/** A customer's order lines and tickets (Customer ID trimmed, case-insensitive, as customerProfile matches). */
export function customerRecords(desk: FlatDesk, customerId: string): { orders: Order[]; tickets: TableRow<Ticket>[] } {
  const key = customerIndexKey(customerId);
  const want = customerKey(customerId);
  const orders = desk.orders
    ? indexed(desk.orders, desk.index.state.orders, indexRows(desk.index, 'orders', key), (o) => customerKey(o.customerId) === want, key).map((r) => r.record)
    : [];
  const tickets = indexed(desk.tickets, desk.index.state.tickets, indexRows(desk.index, 'tickets', key), (t) => customerKey(t.customerId) === want, key);
  return { orders, tickets };
}

/** Reads the index buckets of an order and a customer in one go. */
export function preloadKeys(desk: FlatDesk, orderId: string, customerId: string): void {
  preload(desk.index, [orderId ? orderKey(orderId) : '', customerId ? customerIndexKey(customerId) : '']);
}

/** One ticket by ID: its row found without reading the tab, then read. */
export function findFlatTicket(desk: FlatDesk, ticketId: string): { row: number; ticket: Ticket } | null {
  const row = findTicketRow(desk.tickets, ticketId);
  if (row === null) return null;
  const hit = readRowsAt(desk.tickets, [row])[0];
  if (!hit) return null;
  // The lean table then holds the row it read, as a whole-tab read would (writers may compare against it).
  (desk.tickets.rows as TableRow<Ticket>[]).push(hit);
  return { row, ticket: hit.record };
}
