/**
 * Defective rows: which figures each kind of defect is left out of, and the de-duplicated list the Dashboard shows
 * ("3 rows skipped: Tickets!F12 not a date, …"). A bad row never fails the run; it only leaves the figures it
 * would corrupt — the rest of the row still counts.
 */
import { TICKETS } from '../../../sheets-templates/tickets';
import type { RowIssue, SkippedRow } from './types';

/**
 * The figures each defect excludes (JSON keys). Chosen so a bad cell cannot bias a figure it feeds:
 * - no usable Created At: every cohort figure (the row's period is unknown); CSAT by CSAT At and the response
 *   rate by Survey Sent At do not need it and still count the row.
 * - unknown or empty Status: whether it is resolved is unknown, so it leaves the resolved-based figures and the
 *   resolution-rate denominator, but still counts in `tickets` and the first-reply figures.
 * - bad First Reply At (not a date, or before Created At): the first-reply figures only.
 * - bad/missing Resolved At on a resolved ticket, or before Created At: the resolution durations and what is
 *   derived from them (requester wait, resolution SLA); it still counts as resolved.
 * - bad Waiting Hours (not a number, negative, more than the resolution's business hours): requester wait and
 *   resolution SLA only.
 * - bad Reopens / Agent Replies: reopen and one-touch rates (Agent Replies: one-touch only).
 * - unknown Priority: the SLA rates (its target is unknown); an empty Priority is Normal, as in sla.ts.
 * - bad CSAT (not a whole number, outside 1–5): the CSAT figures and the response rate; for recovery the score is
 *   ignored (the customer can still be recovered by a repurchase).
 * - CSAT At not a date / missing beside a CSAT: csat_percent and csat_average (its period is unknown).
 * - bad Survey Sent At: the response rate.  Unknown Resolution: the return-rate numerator.
 * - unknown Reason / Channel / Root Cause: that breakdown only (lumping them into a bucket would misstate it).
 */
export const FIGURES = {
  cohort: ['tickets', 'first_reply_hours', 'first_reply_business_hours', 'resolution_hours', 'resolution_business_hours', 'requester_wait_business_hours', 'resolution_rate', 'one_touch_rate', 'reopen_rate', 'sla_first_reply_rate', 'sla_resolution_rate', 'return_rate', 'repurchase_30d_rate', 'recovery_rate', 'by_reason', 'by_assignee', 'by_channel', 'by_sku', 'by_root_cause', 'by_day', 'by_week', 'by_priority'],
  status: ['resolution_rate', 'one_touch_rate', 'reopen_rate', 'resolution_hours', 'resolution_business_hours', 'requester_wait_business_hours', 'sla_resolution_rate'],
  firstReply: ['first_reply_hours', 'first_reply_business_hours', 'sla_first_reply_rate'],
  resolvedAt: ['resolution_hours', 'resolution_business_hours', 'requester_wait_business_hours', 'sla_resolution_rate'],
  waiting: ['requester_wait_business_hours', 'sla_resolution_rate'],
  reopens: ['reopen_rate', 'one_touch_rate'],
  agentReplies: ['one_touch_rate'],
  priority: ['sla_first_reply_rate', 'sla_resolution_rate', 'by_priority'],
  csat: ['csat_percent', 'csat_average', 'csat_response_rate'],
  csatAt: ['csat_percent', 'csat_average'],
  survey: ['csat_response_rate'],
  resolution: ['return_rate'],
  reason: ['by_reason'],
  channel: ['by_channel'],
  rootCause: ['by_root_cause'],
} as const satisfies Record<string, readonly string[]>;

/** Column letter of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const TEMPLATE_COLUMNS: Record<string, string> = Object.fromEntries(TICKETS.columns.map((c, i) => [c.field, columnLetter(i)]));

/** Collects defects once per (row, field, message), merging the figures they were left out of. */
export class SkipLog {
  private readonly entries = new Map<string, SkippedRow>();

  constructor(
    private readonly tab: string,
    private readonly columns: Partial<Record<string, string>>,
  ) {}

  /** A problem the reader reported for this cell. */
  issue(issue: RowIssue, figures: readonly string[]): void {
    this.add(issue.row, issue.column, issue.field, issue.message, figures);
  }

  /** A problem the engine found itself (a value the reader accepted but that makes no sense here). */
  defect(row: number, field: string, message: string, figures: readonly string[]): void {
    this.add(row, this.columns[field] ?? TEMPLATE_COLUMNS[field] ?? '?', field, message, figures);
  }

  private add(row: number, column: string, field: string, message: string, figures: readonly string[]): void {
    const key = `${row}|${field}|${message}`;
    const found = this.entries.get(key);
    if (found) {
      for (const f of figures) if (!found.figures.includes(f)) found.figures.push(f);
      return;
    }
    this.entries.set(key, { row, column, field, cell: `${this.tab}!${column}${row}`, message, figures: [...figures] });
  }

  list(): SkippedRow[] {
    return [...this.entries.values()].sort((a, b) => a.row - b.row || a.column.length - b.column.length || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  }
}

/** The reader's issues of one row, by field (a row rarely has more than one). */
export function issuesByField(issues: readonly RowIssue[]): Map<string, RowIssue> | null {
  if (issues.length === 0) return null;
  const out = new Map<string, RowIssue>();
  for (const i of issues) if (!out.has(i.field)) out.set(i.field, i);
  return out;
}
