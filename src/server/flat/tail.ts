/**
 * Rows appended to Tickets by writers that do not keep the Lookup Index (a returns import, a save that was cut
 * short) sit in its "tail" until a save takes them in: their customer keys go into the buckets and their open
 * tickets into the counts, before the save moves the covered row count past them (else they are lost to it).
 */
import { addTicketRow, moveOpen } from '../../workbook/lookup-index';
import { readRowsAt } from '../../workbook/lookup';
import type { FlatDesk } from './desk';

export function absorbTicketTail(desk: FlatDesk): void {
  const from = desk.index.state.tickets + 1;
  const to = desk.tickets.lastRow;
  if (to < from) return;
  const rows: number[] = [];
  for (let r = from; r <= to; r++) rows.push(r);
  for (const h of readRowsAt(desk.tickets, rows)) {
    addTicketRow(desk.index, h.record.customerId, h.row);
    moveOpen(desk.index, null, h.record);
  }
  desk.index.state.tickets = Math.max(desk.index.state.tickets, to);
}

