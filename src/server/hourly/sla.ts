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
import { marketplaceClock } from '../../core/marketplace/clock';
import { marketplacePolicy } from '../../workbook/marketplace-settings';

export function refreshWindowSla(ctx: ActionContext, tickets: TailTable<Ticket>, policies: DeskPolicies): number {
  const marketplace = marketplacePolicy(ctx.settings);
  const changed: Record<StateField, Map<number, string | number | boolean | Date>> = { slaState: new Map(), marketplaceState: new Map() };
  const defs = { slaState: def('slaState'), marketplaceState: def('marketplaceState') };
  for (const r of tickets.rows) {
    const t = r.record;
    if (t.status !== 'new' && t.status !== 'open' && t.status !== 'waiting') continue;
    if (t.createdAt === null || t.priority === null) continue;
    const state = slaState(policies.calendar, policies.sla, t, ctx.now);
    if (state !== t.slaState) {
      changed.slaState.set(r.row, encodeCell(defs.slaState, state, ctx.makeDate));
      r.record.slaState = state;
    }
    // The marketplace clock's state (Shopee return request or chat) is kept true beside the shop SLA.
    const market = marketplaceClock(t, marketplace, ctx.now)?.state ?? t.marketplaceState;
    if (market !== t.marketplaceState) {
      changed.marketplaceState.set(r.row, encodeCell(defs.marketplaceState, market, ctx.makeDate));
      r.record.marketplaceState = market;
    }
  }
  return writeColumn(tickets, 'slaState', changed.slaState) + writeColumn(tickets, 'marketplaceState', changed.marketplaceState);
}

type StateField = 'slaState' | 'marketplaceState';

function def(field: StateField) {
  return TICKETS.columns.find((c) => c.field === field)!;
}

/** One column block from the first to the last changed row; the cells between are written back as read. */
function writeColumn(tickets: TailTable<Ticket>, field: StateField, changed: Map<number, string | number | boolean | Date>): number {
  const col = tickets.map.index[field];
  if (col === undefined || changed.size === 0) return 0;
  const first = Math.min(...changed.keys());
  const last = Math.max(...changed.keys());
  const column = [];
  for (let row = first; row <= last; row++) column.push([changed.has(row) ? changed.get(row)! : (tickets.raw[row - tickets.fromRow]?.[col] ?? '')]);
  tickets.sheet.getRange(first, col + 1, column.length, 1).setValues(column);
  return changed.size;
}
