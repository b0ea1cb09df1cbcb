/** Keeps the SLA State column true between edits: recomputed for every open ticket, written in one block. */
import { slaState } from '../core/sla';
import type { Ticket } from '../core/records';
import { writeRecords } from '../workbook/table';
import { loadDesk } from './desk';
import type { ActionContext } from './context';

export function refreshSlaStates(ctx: ActionContext): number {
  const desk = loadDesk({ orders: false }, ctx);
  const { calendar, sla } = desk.policies;
  const changes: { row: number; record: Partial<Ticket> }[] = [];
  for (const r of desk.tickets.rows) {
    const t = r.record;
    if (t.status !== 'new' && t.status !== 'open' && t.status !== 'waiting') continue;
    if (t.createdAt === null || t.priority === null) continue;
    const state = slaState(calendar, sla, t, ctx.now);
    if (state !== t.slaState) changes.push({ row: r.row, record: { slaState: state } });
  }
  writeRecords(desk.tickets, changes, ctx.makeDate);
  return changes.length;
}
