/**
 * SLA State for the open tickets of the hourly window, written as ONE column block over the rows that changed
 * (the other cells of that column are written back as read in the same locked run). Open tickets older than the
 * window keep their last state: their targets passed long ago, so it is already final.
 */
import { slaState } from '../../core/sla';
import type { Ticket } from '../../core/records';
import { TICKETS } from '../../workbook/tabs';
import { encodeCell } from '../../workbook/codec';
import type { TailTable } from '../../workbook/window';
import type { DeskPolicies } from '../../workbook/policies';
import type { ActionContext } from '../context';

export function refreshWindowSla(ctx: ActionContext, tickets: TailTable<Ticket>, policies: DeskPolicies): number {
  const col = tickets.map.index['slaState'];
  if (col === undefined) return 0;
  const def = TICKETS.columns.find((c) => c.field === 'slaState')!;
  const changed = new Map<number, string | number | boolean | Date>();
  for (const r of tickets.rows) {
    const t = r.record;
    if (t.status !== 'new' && t.status !== 'open' && t.status !== 'waiting') continue;
    if (t.createdAt === null || t.priority === null) continue;
    const state = slaState(policies.calendar, policies.sla, t, ctx.now);
    if (state !== t.slaState) {
      changed.set(r.row, encodeCell(def, state, ctx.makeDate));
      r.record.slaState = state;
    }
  }
  if (changed.size === 0) return 0;
  const first = Math.min(...changed.keys());
  const last = Math.max(...changed.keys());
  const column = [];
  for (let row = first; row <= last; row++) column.push([changed.has(row) ? changed.get(row)! : (tickets.raw[row - tickets.fromRow]?.[col] ?? '')]);
  tickets.sheet.getRange(first, col + 1, column.length, 1).setValues(column);
  return changed.size;
}
