/**
 * The read-only views at flat cost: one ticket with its history (TextFinder on the Audit Log's ticket column),
 * the agent's queue (TextFinder on the Status column for open tickets), and the new-case context through the
 * Lookup Index. Each returns null when the index cannot be used; the view then reads the tabs as before.
 */
import { STATUSES } from '../../../sheets-templates/enums';
import type { Order, Ticket } from '../../core/records';
import { APPROVALS, EVENTS } from '../../workbook/tabs';
import { findRows, openLean, readRowsAt } from '../../workbook/lookup';
import type { ApprovalRow } from '../approvals';
import type { ActionContext } from '../context';
import type { EventRow } from '../desk';
import { StaleIndex, customerRecords, findFlatTicket, openFlatDesk, orderLines, preloadKeys, type FlatDesk } from './desk';

const OPEN_KEYS = new Set(['new', 'open', 'waiting']);

function flat<T>(fn: () => T | null): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof StaleIndex) return null;
    throw e;
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The open tickets (new, open, waiting), found by one TextFinder on the Status column, then read by row. */
export function openTickets(desk: FlatDesk): Ticket[] {
  const labels = STATUSES.filter((s) => OPEN_KEYS.has(s.key)).flatMap((s) => [s.en, s.zh, s.key]);
  const rows = findRows(desk.tickets, 'status', `(${labels.map(escape).join('|')})`, { regex: true });
  return readRowsAt(desk.tickets, rows).map((r) => r.record).filter((t) => OPEN_KEYS.has(t.status ?? ''));
}

/** The desk for a view, or null (no usable index). */
export function flatViewDesk(ctx: ActionContext, orders: boolean): FlatDesk | null {
  return flat(() => openFlatDesk(ctx, { orders }));
}

/** A ticket, its events and its pending approval, or null when the index is unusable; undefined when unknown. */
export function flatTicketView(desk: FlatDesk, ticketId: string): { row: number; ticket: Ticket; events: EventRow[]; pending: ApprovalRow | null } | undefined {
  const hit = findFlatTicket(desk, ticketId);
  if (!hit) return undefined;
  const { ctx } = desk;
  const log = openLean<EventRow>(ctx.ss, EVENTS, ctx.timeZone, 'at', desk.index.state.events, ['ticketId']);
  const events = readRowsAt(log, findRows(log, 'ticketId', hit.ticket.ticketId)).map((r) => r.record).filter((e) => e.ticketId === hit.ticket.ticketId);
  const approvals = openLean<ApprovalRow>(ctx.ss, APPROVALS, ctx.timeZone, 'approvalId', null, ['ticketId']);
  const pending = readRowsAt(approvals, findRows(approvals, 'ticketId', hit.ticket.ticketId))
    .map((r) => r.record)
    .find((a) => a.ticketId === hit.ticket.ticketId && a.status === 'pending') ?? null;
  return { ...hit, events, pending };
}

/** Order lines of an order and the customer's orders and tickets, through the index (null: index unusable). */
export function flatCaseFacts(desk: FlatDesk, orderId: string, customerId: string): { lines: Order[]; customerId: string; orders: Order[]; tickets: Ticket[] } | null {
  return flat(() => {
    preloadKeys(desk, orderId, customerId);
    const lines = orderId ? orderLines(desk, orderId) : [];
    const who = customerId || lines[0]?.customerId || '';
    const mine = who ? customerRecords(desk, who) : { orders: [], tickets: [] };
    return { lines, customerId: who, orders: mine.orders, tickets: mine.tickets.map((r) => r.record) };
  });
}
