/**
 * The customer's other tickets and their orders for the ticket view (one screen for the whole context).
 *
 * Kept in this one function on purpose: getTicket calls it and adds the result to its DTO. Today it filters the
 * Tickets rows getTicket already read and reads the Orders tab once; when the flat-cost lookup index (issue 11)
 * lands, only the two look-ups below change (tickets and order lines by customer), not the DTO or the sidebar.
 */
import type { Order, Ticket } from '../core/records';
import type { CustomerContextDto } from '../shared/dto';
import { ORDERS, findSheet } from '../workbook/tabs';
import { readTable } from '../workbook/table';
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

/**
 * @param tickets the Tickets rows the caller already read (getTicket has them), so this reads only the Orders tab.
 */
export function customerContextFor(ctx: ActionContext, ticket: Ticket, tickets: readonly Ticket[]): CustomerContextDto {
  const mine = sameCustomer(ticket);
  const self = norm(ticket.ticketId);
  const others = tickets
    .filter((t) => norm(t.ticketId) !== self && mine(t))
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
  const orders: Order[] = findSheet(ctx.ss, ORDERS)
    ? readTable<Order>(ctx.ss, ORDERS, ctx.timeZone, ['orderId', 'sku']).rows.map((r) => r.record).filter(mine)
    : [];
  orders.sort((a, b) => (b.orderDate ?? 0) - (a.orderDate ?? 0) || a.orderId.localeCompare(b.orderId));
  return {
    tickets: others.slice(0, CUSTOMER_CONTEXT_LIMIT).map(ticketSummary),
    ticketsTotal: others.length,
    orders: orders.slice(0, CUSTOMER_CONTEXT_LIMIT).map((o) => ({ orderId: o.orderId, orderDate: iso(o.orderDate), sku: o.sku, product: o.product, quantity: o.quantity, amount: o.amount })),
    ordersTotal: orders.length,
  };
}
