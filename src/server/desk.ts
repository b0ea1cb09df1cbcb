/** The case desk's state for one action: the tabs it needs, each read once, and the policies from Settings. */
import type { RowOf } from '../../sheets-templates/schema';
import type { LanguageKey } from '../../sheets-templates/enums';
import { LANGUAGES, enumKey } from '../../sheets-templates/enums';
import type { Agent } from '../core/assignment';
import type { Order, Ticket } from '../core/records';
import { deskPolicies, type DeskPolicies } from '../workbook/policies';
import { AGENTS, EVENTS, ORDERS, TICKETS } from '../workbook/tabs';
import { appendRecords, openForAppend, readTable, type Table } from '../workbook/table';
import type { TicketEvent } from '../core/lifecycle';
import { openContext, type ActionContext } from './context';

export type AgentRow = RowOf<typeof AGENTS>;
export type EventRow = RowOf<typeof EVENTS>;

export interface Desk {
  ctx: ActionContext;
  policies: DeskPolicies;
  tickets: Table<Ticket>;
  orders: Table<Order> | null;
  agents: Agent[];
  me: Agent;
}

export function toAgents(rows: AgentRow[]): Agent[] {
  return rows
    .filter((a) => a.email.trim())
    .map((a) => ({
      email: a.email.trim(),
      name: a.name.trim() || a.email.trim(),
      role: a.role ?? 'agent',
      languages: a.languages
        .split(/[,;，、\s]+/)
        .map((l) => enumKey(LANGUAGES, l))
        .filter((l): l is LanguageKey => l !== null),
      active: a.active,
      limit: a.limit,
    }));
}

export function loadDesk(opts: { orders?: boolean } = {}, ctx: ActionContext = openContext()): Desk {
  const policies = deskPolicies(ctx.settings);
  const tickets = readTable<Ticket>(ctx.ss, TICKETS, ctx.timeZone, ['ticketId', 'createdAt', 'status']);
  const orders = opts.orders === false ? null : readTable<Order>(ctx.ss, ORDERS, ctx.timeZone, ['orderId', 'sku']);
  const agents = toAgents(readTable<AgentRow>(ctx.ss, AGENTS, ctx.timeZone).rows.map((r) => r.record));
  const found = agents.find((a) => a.email.toLowerCase() === ctx.actor.toLowerCase());
  // Someone not in the Agents tab acts with an agent's authority and every language.
  const me: Agent = found ?? { email: ctx.actor, name: ctx.actor, role: 'agent', languages: [], active: true, limit: null };
  return { ctx, policies, tickets, orders, agents, me };
}

/** Opens the Audit Log for appending. Writers open it before their first write, so a missing tab stops them clean. */
export function openEventLog(ctx: ActionContext): Table<EventRow> {
  return openForAppend<EventRow>(ctx.ss, EVENTS, ctx.timeZone);
}

export function appendEvents(ctx: ActionContext, events: TicketEvent[], log?: Table<EventRow>): void {
  if (events.length === 0) return;
  const table = log ?? openEventLog(ctx);
  appendRecords(table, events.map((e) => ({ at: e.at, ticketId: e.ticketId, actor: e.actor, field: e.field, from: e.from, to: e.to })), ctx.makeDate);
}

export function findTicket(desk: Desk, ticketId: string): { row: number; ticket: Ticket } | null {
  const id = ticketId.trim().toUpperCase();
  const hit = desk.tickets.rows.find((r) => r.record.ticketId.trim().toUpperCase() === id);
  return hit ? { row: hit.row, ticket: hit.record } : null;
}
