/**
 * Rows appended to Tickets by writers that do not keep the Lookup Index (a returns import, a save that was cut
 * short) sit in its "tail" until a save takes them in: their customer keys go into the buckets and their open
 * tickets into the counts, before the save moves the covered row count past them (else they are lost to it).
 */
import { LOOKUP_INDEX } from '../../../sheets-templates/lookup';
import { addTicketRow, moveOpen } from '../../workbook/lookup-index';
import { findSheet } from '../../workbook/tabs';
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

/**
 * For a writer that changes tickets' status or assignee without keeping the index (a returns import): before
 * its first write the index is made unusable (its state loses `v`, a pending save journal is kept), so the next
 * save reads the tabs and rebuilds it, whether or not this writer finishes.
 */
export function invalidateIndex(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheet = findSheet(ss, LOOKUP_INDEX);
  if (!sheet) return;
  const cell = sheet.getRange(2, 1);
  let state: Record<string, unknown> = {};
  try {
    const v = JSON.parse(String(cell.getValue() ?? '')) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v)) state = v as Record<string, unknown>;
  } catch {
    return; // already stale
  }
  cell.setValue(JSON.stringify({ ...state, v: 0 }));
}
