/** Records → DTOs: epoch ms become ISO strings, nulls stay null, nothing else changes. */
import type { Ticket } from '../core/records';
import type { TicketDto, TicketSummaryDto } from '../shared/dto';

export function iso(ms: number | null | undefined): string | null {
  return typeof ms === 'number' && isFinite(ms) ? new Date(ms).toISOString() : null;
}

export function ticketDto(t: Ticket, row: number): TicketDto {
  return {
    ticketId: t.ticketId,
    row,
    createdAt: iso(t.createdAt),
    channel: t.channel,
    orderId: t.orderId,
    customerId: t.customerId,
    customerName: t.customerName,
    email: t.email,
    language: t.language,
    sku: t.sku,
    reason: t.reason,
    priority: t.priority,
    status: t.status,
    assignee: t.assignee,
    description: t.description,
    evidenceLinks: t.evidenceLinks,
    firstReplyAt: iso(t.firstReplyAt),
    resolvedAt: iso(t.resolvedAt),
    closedAt: iso(t.closedAt),
    reopens: t.reopens ?? 0,
    agentReplies: t.agentReplies ?? 0,
    waitingHours: t.waitingHours ?? 0,
    resolution: t.resolution,
    compensation: t.compensation,
    rootCause: t.rootCause,
    firstReplyDueAt: iso(t.firstReplyDueAt),
    resolutionDueAt: iso(t.resolutionDueAt),
    marketplaceDueAt: iso(t.marketplaceDueAt),
    slaState: t.slaState,
    surveyLink: t.surveyLink,
    csat: t.csat,
    csatComment: t.csatComment,
    sopDone: t.sopDone,
    updatedAt: iso(t.updatedAt),
    updatedBy: t.updatedBy,
  };
}

/** The next deadline that still matters: first reply while none was given, else resolution while open. */
export function nextDue(t: Ticket): number | null {
  if (t.status === 'resolved' || t.status === 'closed') return null;
  if (t.firstReplyAt === null && t.firstReplyDueAt !== null) return t.firstReplyDueAt;
  if (t.status === 'waiting') return null;
  return t.resolutionDueAt;
}

export function ticketSummary(t: Ticket): TicketSummaryDto {
  return {
    ticketId: t.ticketId,
    createdAt: iso(t.createdAt),
    reason: t.reason,
    status: t.status,
    priority: t.priority,
    slaState: t.slaState,
    customerName: t.customerName,
    orderId: t.orderId,
    nextDueAt: iso(nextDue(t)),
  };
}
