/** The audit trail of a ticket change: one event per changed field, values shown as keys, numbers or local ISO times. */
import { TICKETS } from '../../sheets-templates/tickets';
import type { Ticket } from './records';
import { toLocalIso } from './time';

export interface TicketEvent {
  at: number;
  ticketId: string;
  actor: string;
  field: string;
  from: string;
  to: string;
}

/** Bookkeeping columns every save touches; an event for them would only repeat the event's own at/actor. */
const UNTRACKED = new Set(['updatedAt', 'updatedBy']);

const DATETIME_FIELDS = new Set<string>(TICKETS.columns.filter((c) => c.type === 'datetime').map((c) => c.field));

export function displayValue(field: string, value: unknown, timeZone: string): string {
  if (value === null || value === undefined) return '';
  if (DATETIME_FIELDS.has(field) && typeof value === 'number') return toLocalIso(timeZone, value);
  return String(value);
}

/** Events for every field that differs between `before` and `after`, in the Tickets tab's column order. */
export function diffEvents(before: Ticket, after: Ticket, ctx: { now: number; actor: string; timeZone: string }): TicketEvent[] {
  const events: TicketEvent[] = [];
  for (const column of TICKETS.columns) {
    const field = column.field;
    if (UNTRACKED.has(field)) continue;
    const from = (before as Record<string, unknown>)[field];
    const to = (after as Record<string, unknown>)[field];
    if (from === to || (from == null && to == null)) continue;
    events.push({
      at: ctx.now,
      ticketId: after.ticketId,
      actor: ctx.actor,
      field,
      from: displayValue(field, from, ctx.timeZone),
      to: displayValue(field, to, ctx.timeZone),
    });
  }
  return events;
}
