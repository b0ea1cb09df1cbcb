/** Blank Ticket and Order records (every column empty, typed as the tabs read them) for generators and tests. */
import { ORDERS } from '../../sheets-templates/orders';
import { TICKETS } from '../../sheets-templates/tickets';
import type { Order, Ticket } from '../../src/core/records';

function blank(columns: readonly { field: string; type: string }[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c.field] = c.type === 'text' || c.type === 'longtext' ? '' : c.type === 'boolean' ? false : null;
  return out;
}

export function ticket(fields: Partial<Ticket>): Ticket {
  return { ...(blank(TICKETS.columns) as Ticket), ...fields };
}

export function order(fields: Partial<Order>): Order {
  return { ...(blank(ORDERS.columns) as Order), ...fields };
}
