/** The KPI engine's input and output shapes; output keys are METRICS.md's `afterdesk kpi --json` keys. */
import type { PriorityKey } from '../../../sheets-templates/enums';
import type { BusinessCalendar } from '../calendar';
import type { Order, Ticket } from '../records';
import type { SlaPolicy } from '../sla';
import type { Summary } from './stats';

export type { Summary } from './stats';

/** A problem the sheet reader found in one cell (same shape as src/workbook's RowIssue). */
export interface RowIssue {
  row: number;
  column: string;
  field: string;
  message: string;
}

export interface TicketRow {
  row: number;
  ticket: Ticket;
  issues: RowIssue[];
}

export interface KpiInput {
  tickets: TicketRow[];
  orders: Order[];
  calendar: BusinessCalendar;
  policy: SlaPolicy;
  /** 'YYYY-MM-DD' local dates, both included. */
  from: string;
  to: string;
  /** The instant repurchase eligibility is judged at; default the latest event date-time in Tickets and Orders. */
  asOf?: number;
  /** Tab name for cell references in `skipped` (default 'Tickets'). */
  tab?: string;
  /** Column letter per Ticket field as laid out in the sheet, for defects the engine finds itself; default the template order. */
  columns?: Partial<Record<string, string>>;
}

/** A row left out of some figures, and why. */
export interface SkippedRow {
  row: number;
  column: string;
  field: string;
  /** e.g. 'Tickets!F12' */
  cell: string;
  message: string;
  /** The JSON keys of the figures this row was left out of. */
  figures: string[];
}

/** Figures of one group (a reason, an agent, a channel, a SKU, a root cause, a day, a week). */
export interface GroupFigures {
  tickets: number;
  resolution_rate: number | null;
  csat_percent: number | null;
  first_reply_hours_median: number | null;
  /** Extras the Dashboard's recognition table needs. */
  one_touch_rate: number | null;
  csat_responses: number;
}

/** SLA attainment of one priority. */
export interface PriorityFigures {
  tickets: number;
  first_reply_target_hours: number;
  resolution_target_hours: number;
  sla_first_reply_rate: number | null;
  sla_resolution_rate: number | null;
}

export interface KpiResult {
  tickets: number;
  first_reply_hours: Summary;
  first_reply_business_hours: Summary;
  resolution_hours: Summary;
  resolution_business_hours: Summary;
  requester_wait_business_hours: Summary;
  resolution_rate: number | null;
  one_touch_rate: number | null;
  reopen_rate: number | null;
  sla_first_reply_rate: number | null;
  sla_resolution_rate: number | null;
  csat_percent: number | null;
  csat_average: number | null;
  csat_response_rate: number | null;
  return_rate: number | null;
  repurchase_30d_rate: number | null;
  recovery_rate: number | null;
  by_reason: Record<string, GroupFigures>;
  by_assignee: Record<string, GroupFigures>;
  by_channel: Record<string, GroupFigures>;
  by_sku: Record<string, GroupFigures>;
  // Extras (METRICS.md allows more keys):
  by_root_cause: Record<string, GroupFigures>;
  /** Keyed 'YYYY-MM-DD': tickets by Created At day, CSAT by CSAT At day. Every day of the period is present. */
  by_day: Record<string, GroupFigures>;
  /** Keyed ISO week 'YYYY-Www', same rule as by_day (edge weeks are partial). */
  by_week: Record<string, GroupFigures>;
  by_priority: Record<PriorityKey, PriorityFigures>;
  /** Survey responses counted in csat_percent. */
  csat_responses: number;
  /** Eligible complainants behind repurchase_30d_rate and recovery_rate. */
  eligible_complainants: number;
  skipped: SkippedRow[];
  /** Distinct rows in `skipped`. */
  skipped_rows: number;
  period: { from: string; to: string; asOf: number | null };
}
