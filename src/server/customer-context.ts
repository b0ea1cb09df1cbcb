/**
 * The customer's other tickets and their orders for the ticket view (one screen for the whole context).
 *
 * The customer's tickets and order lines come from the Lookup Index (only their rows are read, whatever the size
 * of the tabs); without a usable index, or for a customer known only by e-mail, from the two tabs read whole.
 */
import type { Order, Ticket } from '../core/records';
import type { CustomerContextDto } from '../shared/dto';
import { ORDERS, TICKETS, findSheet } from '../workbook/tabs';
import { readTable } from '../workbook/table';
import { flatCaseFacts, flatViewDesk } from './flat/views';
import type { ActionContext } from './context';
import { iso, ticketSummary } from './dto-map';

/** The payload stays bounded however long the customer's history is: the newest N of each, with the totals. */
export const CUSTOMER_CONTEXT_LIMIT = 10;

const norm = (s: string) => String(s ?? '').trim().toLowerCase();

/** Who the ticket's customer is: the Customer ID when set, else the e-mail; the ticket's own order always counts. */
function sameCustomer(ticket: Ticket): (x: { customerId: string; email: string; orderId: string }) => boolean {
  const id = norm(ticket.customerId);
  const email = norm(ticket.email);
  const order = norm(ticket.orderId);
  return (x) => (id ? norm(x.customerId) === id : !!email && norm(x.email) === email) || (!!order && norm(x.orderId) === order);
}

/** The candidate tickets and order lines of the ticket's customer (filtered again by `sameCustomer`). */
function candidates(ctx: ActionContext, ticket: Ticket): { tickets: readonly Ticket[]; orders: readonly Order[] } {
  if (ticket.customerId.trim()) {
    const flat = flatViewDesk(ctx, true);
    const facts = flat ? flatCaseFacts(flat, ticket.orderId.trim(), ticket.customerId.trim()) : null;
    if (facts) return { tickets: facts.tickets, orders: [...facts.orders, ...facts.lines] };
  }
  const tickets = readTable<Ticket>(ctx.ss, TICKETS, ctx.timeZone, ['ticketId']).rows.map((r) => r.record);
  const orders = findSheet(ctx.ss, ORDERS) ? readTable<Order>(ctx.ss, ORDERS, ctx.timeZone, ['orderId', 'sku']).rows.map((r) => r.record) : [];
  return { tickets, orders };
}

export function customerContextFor(ctx: ActionContext, ticket: Ticket): CustomerContextDto {
  const mine = sameCustomer(ticket);
  const self = norm(ticket.ticketId);
  const found = candidates(ctx, ticket);
  const others = found.tickets
    .filter((t) => norm(t.ticketId) !== self && mine(t))
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
  const seen = new Set<string>();
  const orders = found.orders.filter((o) => {
    const key = `${norm(o.orderId)}|${norm(o.sku)}`;
    if (seen.has(key) || !mine(o)) return false;
    seen.add(key);
    return true;
  });
  orders.sort((a, b) => (b.orderDate ?? 0) - (a.orderDate ?? 0) || a.orderId.localeCompare(b.orderId));
  return {
    tickets: others.slice(0, CUSTOMER_CONTEXT_LIMIT).map(ticketSummary),
    ticketsTotal: others.length,
    orders: orders.slice(0, CUSTOMER_CONTEXT_LIMIT).map((o) => ({ orderId: o.orderId, orderDate: iso(o.orderDate), sku: o.sku, product: o.product, quantity: o.quantity, amount: o.amount })),
    ordersTotal: orders.length,
  };
}
