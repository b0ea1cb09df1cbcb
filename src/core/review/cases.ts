/** The review's ticket lists: representative cases, resolved-but-unclassified, KB candidates, and the open backlog. */
import type { Ticket } from '../records';
import type { TicketRow } from '../kpi/types';
import type { CaseKind, CaseLine } from './types';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface Window {
  startMs: number;
  endMs: number;
}

const within = (w: Window, ms: number | null): ms is number => ms !== null && ms >= w.startMs && ms < w.endMs;
const isResolved = (t: Ticket) => t.status === 'resolved' || t.status === 'closed';

export function caseLine(tr: TicketRow, kind?: CaseKind): CaseLine {
  const t = tr.ticket;
  return {
    ...(kind ? { kind } : {}),
    row: tr.row,
    ticketId: t.ticketId,
    reason: t.reason,
    rootCause: t.rootCause,
    resolution: t.resolution,
    sku: t.sku,
    csat: t.csat,
    resolutionHours: t.resolvedAt !== null && t.createdAt !== null && isResolved(t) ? (t.resolvedAt - t.createdAt) / HOUR_MS : null,
    createdAt: t.createdAt,
    resolvedAt: t.resolvedAt,
    status: t.status ?? '',
    assignee: t.assignee,
    description: t.description,
    comment: t.csatComment,
  };
}

function top(rows: TicketRow[], keep: (t: Ticket) => boolean, order: (a: Ticket, b: Ticket) => number, n: number, kind: CaseKind): CaseLine[] {
  return rows.filter((r) => keep(r.ticket)).sort((a, b) => order(a.ticket, b.ticket) || a.row - b.row).slice(0, n).map((r) => caseLine(r, kind));
}

/**
 * Three of each: the lowest CSAT answers of the week, the longest resolutions finished in it, the reopened cases
 * created or resolved in it, and the best-rated answers (those with a comment first) for recognition.
 */
export function representativeCases(rows: TicketRow[], w: Window, n = 3): CaseLine[] {
  const hours = (t: Ticket) => (t.resolvedAt! - t.createdAt!) / HOUR_MS;
  return [
    ...top(rows, (t) => within(w, t.csatAt) && t.csat !== null && t.csat <= 2, (a, b) => a.csat! - b.csat! || a.csatAt! - b.csatAt!, n, 'lowest_csat'),
    ...top(rows, (t) => isResolved(t) && within(w, t.resolvedAt) && t.createdAt !== null && t.resolvedAt! >= t.createdAt, (a, b) => hours(b) - hours(a), n, 'longest_resolution'),
    ...top(rows, (t) => (t.reopens ?? 0) >= 1 && (within(w, t.createdAt) || within(w, t.resolvedAt)), (a, b) => (b.reopens ?? 0) - (a.reopens ?? 0), n, 'reopened'),
    ...top(rows, (t) => within(w, t.csatAt) && t.csat !== null && t.csat >= 4, (a, b) => b.csat! - a.csat! || Number(!!b.csatComment.trim()) - Number(!!a.csatComment.trim()) || b.csatAt! - a.csatAt!, n, 'best_rated'),
  ];
}

/** Tickets resolved in the week with no root cause recorded: the team's list to classify. */
export function unclassified(rows: TicketRow[], w: Window): CaseLine[] {
  return rows
    .filter((r) => isResolved(r.ticket) && within(w, r.ticket.resolvedAt) && r.ticket.rootCause === null && !r.issues.some((i) => i.field === 'rootCause'))
    .sort((a, b) => a.ticket.resolvedAt! - b.ticket.resolvedAt!)
    .map((r) => caseLine(r));
}

/**
 * Solutions worth keeping: resolved in the week with a resolution, rated 4–5 (or not rated and never reopened),
 * and not yet the source of a Knowledge Base article. Rated ones first.
 */
export function knowledgeCandidates(rows: TicketRow[], w: Window, inKb: ReadonlySet<string>, n = 10): CaseLine[] {
  return rows
    .filter((r) => {
      const t = r.ticket;
      const good = t.csat !== null ? t.csat >= 4 : (t.reopens ?? 0) === 0;
      return isResolved(t) && within(w, t.resolvedAt) && t.resolution !== null && t.resolution !== 'none' && good && !inKb.has(t.ticketId) && t.description.trim() !== '';
    })
    .sort((a, b) => (b.ticket.csat ?? 0) - (a.ticket.csat ?? 0) || a.ticket.resolvedAt! - b.ticket.resolvedAt!)
    .slice(0, n)
    .map((r) => caseLine(r));
}

/** Open tickets (new, open, waiting) at `now`, with how many are older than 2 and 7 days, and the oldest five. */
export function backlog(rows: TicketRow[], now: number): { open: number; olderThan2Days: number; olderThan7Days: number; oldest: CaseLine[] } {
  const open = rows.filter((r) => r.ticket.status !== null && !isResolved(r.ticket) && r.ticket.createdAt !== null && r.ticket.createdAt <= now);
  const age = (r: TicketRow) => now - r.ticket.createdAt!;
  return {
    open: open.length,
    olderThan2Days: open.filter((r) => age(r) > 2 * DAY_MS).length,
    olderThan7Days: open.filter((r) => age(r) > 7 * DAY_MS).length,
    oldest: open.sort((a, b) => age(b) - age(a) || a.row - b.row).slice(0, 5).map((r) => caseLine(r)),
  };
}
