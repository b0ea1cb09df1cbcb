/**
 * Keeping the Lookup Index usable: rebuilt from the tabs on demand, or only when it cannot be trusted (for the
 * hourly job), and the open-ticket counts per agent repaired from a read of the tickets done anyway.
 */
import type { Order, Ticket } from '../../core/records';
import { EVENTS, ORDERS, TICKETS } from '../../workbook/tabs';
import { readTable } from '../../workbook/table';
import { lastRowFrom } from '../../workbook/lookup';
import { buildIndex, openIndex, openLoadOf, saveIndex, type IndexState } from '../../workbook/lookup-index';
import { findSheet } from '../../workbook/tabs';
import { openContext, type ActionContext } from '../context';
import { withDocumentLock } from '../lock';
import { StaleIndex, openFlatDesk } from './desk';

/** Reads Tickets and Orders whole and writes the index (under the document lock). */
export function rebuildLookupIndex(ctx?: ActionContext): { buckets: number; tickets: number; orders: number } {
  return withDocumentLock(() => {
    const c = ctx ?? openContext();
    const tickets = readTable<Ticket>(c.ss, TICKETS, c.timeZone, ['ticketId']);
    const orders = readTable<Order>(c.ss, ORDERS, c.timeZone, ['orderId']);
    const events = findSheet(c.ss, EVENTS);
    const state: IndexState = buildIndex(c.ss, tickets.rows, orders.rows, { tickets: tickets.lastRow, orders: orders.lastRow, events: events ? lastRowFrom(events, 1, null) : 0 });
    return { buckets: state.buckets, tickets: tickets.rows.length, orders: orders.rows.length };
  });
}

/** For the hourly job: a cheap check (a few cells); rebuilds only when the index cannot be used. */
export function ensureLookupIndex(ctx?: ActionContext): { rebuilt: boolean } {
  const c = ctx ?? openContext();
  let usable = false;
  try {
    usable = openFlatDesk(c) !== null;
  } catch (e) {
    if (!(e instanceof StaleIndex)) throw e;
  }
  if (usable) return { rebuilt: false };
  rebuildLookupIndex(c);
  return { rebuilt: true };
}

/** Replaces the maintained open counts with ones counted from all tickets (a job that read them anyway; call it under the document lock). */
export function repairOpenCounts(ctx: ActionContext, tickets: Ticket[]): { changed: boolean } {
  const ix = openIndex(ctx.ss);
  if (!ix) return { changed: false };
  const open = openLoadOf(tickets);
  const same = JSON.stringify(Object.entries(open).sort()) === JSON.stringify(Object.entries(ix.state.open).filter(([, n]) => n > 0).sort());
  if (same) return { changed: false };
  ix.state.open = open;
  saveIndex(ix);
  return { changed: true };
}
