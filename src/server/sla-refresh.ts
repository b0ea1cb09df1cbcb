/** Keeps the SLA State column true between edits: recomputed for every open ticket, written in one block. */
import { slaState } from '../core/sla';
import type { Ticket } from '../core/records';
import { writeRecords } from '../workbook/table';
import { loadDesk } from './desk';
import { marketplaceClock } from '../core/marketplace/clock';
import { marketplacePolicy } from '../workbook/marketplace-settings';
import type { ActionContext } from './context';

export function refreshSlaStates(ctx: ActionContext): number {
  const desk = loadDesk({ orders: false }, ctx);
  const { calendar, sla } = desk.policies;
  const marketplace = marketplacePolicy(ctx.settings);
  const changes: { row: number; record: Partial<Ticket> }[] = [];
  for (const r of desk.tickets.rows) {
    const t = r.record;
    if (t.status !== 'new' && t.status !== 'open' && t.status !== 'waiting') continue;
    if (t.createdAt === null || t.priority === null) continue;
    const state = slaState(calendar, sla, t, ctx.now);
    // The marketplace clock's state (Shopee return request or chat) is kept true beside the shop SLA.
    const market = marketplaceClock(t, marketplace, ctx.now)?.state ?? t.marketplaceState;
    if (state !== t.slaState || market !== t.marketplaceState) changes.push({ row: r.row, record: { slaState: state, marketplaceState: market } });
  }
  writeRecords(desk.tickets, changes, ctx.makeDate);
  return changes.length;
}
