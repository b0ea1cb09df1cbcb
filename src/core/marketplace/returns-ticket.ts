/**
 * A return request as a ticket (pure): the new ticket for a Return ID seen the first time, and the update a later
 * export brings — Shopee's status moves the ticket's status (forward only, a dispute reopens) and nothing else;
 * the same status as stored means no change at all, so importing one export twice writes nothing.
 */
import type { ResolutionKey, StatusKey } from '../../../sheets-templates/enums';
import { applyUpdate, newTicket, type LifecycleContext, type NewTicketInput, type TicketEvent } from '../lifecycle';
import type { Order, Ticket } from '../records';
import { marketplaceClock, marketplaceDueAt, type MarketplacePolicy } from './clock';
import { statusInfo, type ReturnLine } from './returns-export';

export const RETURN_CHANNEL = 'shopee_chat' as const;

/** The status a ticket moves to when Shopee's status becomes `status`, or null for no move. */
export function returnStatusMove(current: StatusKey, status: string): StatusKey | null {
  const info = statusInfo(status);
  if (!info || !info.ticket || info.ticket === current) return null;
  const done = current === 'resolved' || current === 'closed';
  if (info.ticket === 'resolved') return done ? null : 'resolved';
  if (info.ticket === 'closed') return 'closed';
  if (info.ticket === 'open') return current === 'new' || (done && info.reopen) ? 'open' : null;
  return null;
}

function resolutionFor(line: ReturnLine): ResolutionKey | null {
  if (line.status === 'refund_paid') return line.solution ?? 'refund';
  if (line.status === 'cancelled') return 'none';
  return null;
}

export function returnDescription(line: ReturnLine): string {
  const parts = [`Shopee return request ${line.returnId}: ${line.reasonText || 'no reason given'}`];
  const item = `${line.product || line.sku}${line.sku && line.product ? ` [${line.sku}]` : ''}${line.quantity !== null ? ` × ${line.quantity}` : ''}`;
  if (item.trim()) parts.push(item);
  if (line.amount !== null) parts.push(`refund ${line.amount}`);
  if (line.tracking) parts.push(`return tracking ${line.tracking}`);
  return parts.join(' · ');
}

/** The Orders line a return belongs to: same Order ID, the same SKU when there is one. */
export function orderLineFor(line: ReturnLine, orders: Order[]): Order | null {
  const lines = orders.filter((o) => o.orderId.trim() === line.orderId);
  return lines.find((o) => line.sku && o.sku.trim().toLowerCase() === line.sku.toLowerCase()) ?? lines[0] ?? null;
}

/** The new-ticket input of a return line, the customer and SKU filled from its order when known. */
export function returnTicketInput(line: ReturnLine, order: Order | null, policy: MarketplacePolicy): Omit<NewTicketInput, 'ticketId'> {
  return {
    channel: RETURN_CHANNEL,
    reason: line.reason,
    orderId: line.orderId,
    customerId: line.buyer || order?.customerId || '',
    customerName: order?.customerName ?? '',
    email: order?.email ?? '',
    sku: line.sku || order?.sku || '',
    description: returnDescription(line),
    createdAt: line.createdAt,
    marketplaceDueAt: marketplaceDueAt(RETURN_CHANNEL, 'return_request', line.createdAt, policy),
  };
}

function withStatus(ticket: Ticket, line: ReturnLine, ctx: LifecycleContext, policy: MarketplacePolicy): { ticket: Ticket; events: TicketEvent[] } {
  const move = returnStatusMove(ticket.status ?? 'new', line.status);
  const resolution = ticket.resolution === null ? resolutionFor(line) : null;
  const applied = applyUpdate(ticket, { ...(move ? { status: move } : {}), ...(resolution ? { resolution } : {}) }, ctx);
  const t: Ticket = { ...applied.ticket, returnId: line.returnId, marketplaceStatus: line.status };
  t.marketplaceState = marketplaceClock(t, policy, ctx.now)?.state ?? null;
  const extra: TicketEvent[] = [];
  if (ticket.marketplaceStatus !== line.status) extra.push({ at: ctx.now, ticketId: t.ticketId, actor: ctx.actor, field: 'marketplaceStatus', from: ticket.marketplaceStatus ?? '', to: line.status });
  return { ticket: t, events: [...applied.events.filter((e) => e.field !== 'marketplaceStatus'), ...extra] };
}

export function createReturnTicket(input: NewTicketInput, line: ReturnLine, ctx: LifecycleContext, policy: MarketplacePolicy): { ticket: Ticket; events: TicketEvent[] } {
  const made = newTicket(input, ctx);
  const next = withStatus({ ...made.ticket, returnId: line.returnId }, line, ctx, policy);
  return { ticket: { ...next.ticket, updatedAt: ctx.now, updatedBy: ctx.actor }, events: [...made.events, ...next.events] };
}

/** Null when the export says nothing new about the ticket (same Shopee status as stored). */
export function updateReturnTicket(ticket: Ticket, line: ReturnLine, ctx: LifecycleContext, policy: MarketplacePolicy): { ticket: Ticket; events: TicketEvent[] } | null {
  if (ticket.marketplaceStatus === line.status) return null;
  const next = withStatus(ticket, line, ctx, policy);
  return { ticket: { ...next.ticket, updatedAt: ctx.now, updatedBy: ctx.actor }, events: next.events };
}
