/**
 * BigQuery table schemas of the export, derived from the tab definitions (sheets-templates): one column a field,
 * snake_case; enums as their keys; date-times as TIMESTAMP (UTC). Plus the columns the export computes.
 */
import type { ColumnDef, TabDef } from '../../../sheets-templates/schema';
import { TICKETS } from '../../../sheets-templates/tickets';
import { ORDERS } from '../../../sheets-templates/orders';

export type BqType = 'STRING' | 'TIMESTAMP' | 'INT64' | 'FLOAT64' | 'BOOL';

export interface BqField {
  name: string;
  type: BqType;
  mode: 'NULLABLE' | 'REQUIRED';
  description: string;
}

export function snake(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function bqType(col: ColumnDef): BqType {
  switch (col.type) {
    case 'datetime':
    case 'date':
      return 'TIMESTAMP';
    case 'integer':
      return 'INT64';
    case 'number':
      return 'FLOAT64';
    case 'boolean':
      return 'BOOL';
    default:
      return 'STRING';
  }
}

function fromTab(tab: TabDef, rename: Record<string, string> = {}): BqField[] {
  return tab.columns.map((c) => ({
    name: rename[c.field] ?? snake(c.field),
    type: bqType(c),
    mode: 'NULLABLE' as const,
    description: `${c.en} · ${c.zh}${c.type === 'enum' ? ' (key)' : ''}`,
  }));
}

const extra = (name: string, type: BqType, description: string): BqField => ({ name, type, mode: 'NULLABLE', description });

/** Tickets and archived tickets in one table; business hours are computed with the workbook's calendar. */
export const TICKETS_SCHEMA: BqField[] = [
  ...fromTab(TICKETS),
  extra('archived', 'BOOL', 'Row comes from the Archive tab'),
  extra('first_reply_business_hours', 'FLOAT64', 'Business hours from Created At to First Reply At (Settings business hours and holidays); null when not a valid reply'),
  extra('resolution_business_hours', 'FLOAT64', 'Business hours from Created At to Resolved At, resolved tickets only; null otherwise'),
];

export const ORDERS_SCHEMA: BqField[] = fromTab(ORDERS);

/** The Audit Log ('at', 'from', 'to' are SQL keywords: event_at, from_value, to_value). */
export const EVENTS_SCHEMA: BqField[] = [
  extra('event_at', 'TIMESTAMP', 'Time · 时间'),
  extra('ticket_id', 'STRING', 'Ticket ID · 工单号'),
  extra('actor', 'STRING', 'Actor · 操作人'),
  extra('field', 'STRING', 'Field · 字段'),
  extra('from_value', 'STRING', 'From · 原值'),
  extra('to_value', 'STRING', 'To · 新值'),
];

export const SLA_TARGETS_SCHEMA: BqField[] = [
  extra('priority', 'STRING', 'Priority key'),
  extra('first_reply_hours', 'FLOAT64', 'SLA First Reply Hours (business hours)'),
  extra('resolution_hours', 'FLOAT64', 'SLA Resolution Hours (business hours)'),
];

/** The periods the KPI views report on: whole local days, as UTC instants [start_at, end_at). Add your own rows. */
export const PERIODS_SCHEMA: BqField[] = [
  extra('period_id', 'STRING', 'Name of the period'),
  extra('from_date', 'STRING', 'First local day YYYY-MM-DD'),
  extra('to_date', 'STRING', 'Last local day YYYY-MM-DD'),
  extra('start_at', 'TIMESTAMP', 'from_date 00:00 in the workbook time zone'),
  extra('end_at', 'TIMESTAMP', 'the day after to_date, 00:00 in the workbook time zone'),
  extra('as_of', 'TIMESTAMP', 'Instant repurchase eligibility is judged at (default: the latest event in the data)'),
];

export const EXPORT_TABLES = {
  tickets: TICKETS_SCHEMA,
  orders: ORDERS_SCHEMA,
  events: EVENTS_SCHEMA,
  sla_targets: SLA_TARGETS_SCHEMA,
  periods: PERIODS_SCHEMA,
} as const;

export type ExportTable = keyof typeof EXPORT_TABLES;
