/**
 * The sidebar queue with the marketplace clocks beside the shop SLA: the earlier of the two running deadlines
 * orders the queue, and the worse of the two states (breached, due soon) ranks and highlights a ticket.
 */
import { PRIORITIES } from '../../../sheets-templates/enums';
import { marketplaceClock, worseState, type MarketplacePolicy } from '../../core/marketplace/clock';
import type { Ticket } from '../../core/records';
import type { TicketSummaryDto } from '../../shared/dto';
import { iso, nextDue, ticketSummary } from '../dto-map';

interface Entry {
  t: Ticket;
  due: number | null;
  state: Ticket['slaState'];
  summary: TicketSummaryDto;
}

function entry(t: Ticket, policy: MarketplacePolicy, now: number): Entry {
  const clock = marketplaceClock(t, policy, now);
  const shopDue = nextDue(t);
  const mDue = clock?.running ? clock.dueAt : null;
  const due = shopDue === null ? mDue : mDue === null ? shopDue : Math.min(shopDue, mDue);
  const state = clock?.running ? worseState(t.slaState, clock.state) : t.slaState;
  const summary: TicketSummaryDto = {
    ...ticketSummary(t),
    slaState: state,
    nextDueAt: iso(due),
    marketplaceDueAt: clock ? iso(clock.dueAt) : null,
    marketplaceState: clock?.state ?? null,
    marketplaceKind: clock?.kind ?? null,
  };
  return { t, due, state, summary };
}

const RANK = (s: Ticket['slaState']) => (s === 'breached' ? 0 : s === 'due_soon' ? 1 : 2);
const PR = (t: Ticket) => PRIORITIES.findIndex((p) => p.key === t.priority);

/** Queue order: breached first, then due soon, then the nearest deadline (shop or marketplace), priority, age. */
export function queueWithClocks(tickets: Ticket[], policy: MarketplacePolicy, now: number, max = 200): TicketSummaryDto[] {
  return tickets
    .map((t) => entry(t, policy, now))
    .sort((a, b) => RANK(a.state) - RANK(b.state) || (a.due ?? Infinity) - (b.due ?? Infinity) || PR(a.t) - PR(b.t) || (a.t.createdAt ?? 0) - (b.t.createdAt ?? 0))
    .slice(0, max)
    .map((e) => e.summary);
}
