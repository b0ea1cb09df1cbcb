/**
 * `afterdesk export`: the workbook's tickets (Tickets and Archive), orders and Audit Log as newline-delimited
 * JSON with BigQuery schemas, the SLA targets and the report periods, and the KPIs of METRICS.md as SQL views.
 * Reads the emulated workbook with the add-on's own readers (src/workbook), metered as one execution.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TabDef } from '../../../sheets-templates/schema';
import { PRIORITIES } from '../../../sheets-templates/enums';
import { businessHoursBetween } from '../../core/calendar';
import { defaultPeriod } from '../../core/kpi/compute';
import { periodBounds } from '../../core/kpi/period';
import type { Order, Ticket } from '../../core/records';
import { addDaysToKey, localDateKey } from '../../core/time';
import { deskPolicies } from '../../workbook/policies';
import { readSettings } from '../../workbook/settings';
import { readTable } from '../../workbook/table';
import { ARCHIVE, EVENTS, ORDERS, TICKETS, findSheet } from '../../workbook/tabs';
import type { GasEnvironment } from '../emu';
import { EXPORT_TABLES, bqType, snake, type ExportTable } from './schema';
import { kpiViews } from './sql';

export interface ExportOptions {
  /** BigQuery dataset the views name (default `afterdesk`). */
  dataset?: string;
  /** Extra report periods (local days) besides the last 7 and 28 days and each calendar month of the data. */
  periods?: { id: string; from: string; to: string }[];
  /** Repurchase as-of; default the latest event in the data (as `afterdesk kpi`). */
  asOf?: number;
}

export interface ExportReport {
  dir: string;
  rows: Record<ExportTable, number>;
  views: string[];
  files: string[];
}

type Json = Record<string, string | number | boolean | null>;

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

function toJson(tab: TabDef, record: Record<string, unknown>): Json {
  const out: Json = {};
  for (const c of tab.columns) {
    const v = record[c.field];
    const t = bqType(c);
    out[snake(c.field)] = v === undefined || v === null || (t !== 'STRING' && v === '') ? null : t === 'TIMESTAMP' ? iso(v as number) : (v as string | number | boolean);
  }
  return out;
}

function ndjson(rows: Json[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

const EVENT_FIELDS = ['createdAt', 'firstReplyAt', 'resolvedAt', 'closedAt', 'surveySentAt', 'csatAt', 'waitingSince', 'updatedAt'] as const;

export function exportWorkbook(env: GasEnvironment, dir: string, opts: ExportOptions = {}): ExportReport {
  const dataset = opts.dataset ?? 'afterdesk';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(dataset)) throw new Error(`dataset "${dataset}" must be letters, digits and _`);
  env.emu.cost.begin('export');
  try {
    const ss = env.spreadsheet;
    const now = env.clock.now();
    const settings = readSettings(ss, { year: new Date(now).getUTCFullYear(), spreadsheetTimeZone: ss.getSpreadsheetTimeZone() });
    const policies = deskPolicies(settings);
    const tz = settings.timeZone;
    const cal = policies.calendar;

    let latest: number | null = null;
    const seen = (ms: number | null) => {
      if (ms !== null && (latest === null || ms > latest)) latest = ms;
    };
    const tickets: Json[] = [];
    let firstDay: string | null = null;
    for (const [tab, archived] of [[TICKETS, false], [ARCHIVE, true]] as const) {
      if (!findSheet(ss, tab)) continue;
      for (const r of readTable<Ticket>(ss, tab, tz).rows) {
        const t = r.record;
        for (const f of EVENT_FIELDS) seen(t[f] ?? null);
        const created = t.createdAt;
        if (created !== null) {
          const day = localDateKey(tz, created);
          if (firstDay === null || day < firstDay) firstDay = day;
        }
        const validReply = created !== null && t.firstReplyAt !== null && t.firstReplyAt >= created;
        const resolved = (t.status === 'resolved' || t.status === 'closed') && created !== null && t.resolvedAt !== null && t.resolvedAt >= created;
        tickets.push({
          ...toJson(TICKETS, t as unknown as Record<string, unknown>),
          archived,
          first_reply_business_hours: validReply ? businessHoursBetween(cal, created!, t.firstReplyAt!) : null,
          resolution_business_hours: resolved ? businessHoursBetween(cal, created!, t.resolvedAt!) : null,
        });
      }
    }
    const orders = readTable<Order>(ss, ORDERS, tz).rows.map((r) => {
      seen(r.record.orderDate);
      return toJson(ORDERS, r.record as unknown as Record<string, unknown>);
    });
    const events = findSheet(ss, EVENTS)
      ? readTable<Record<string, unknown>>(ss, EVENTS, tz).rows.map((r) => ({
        event_at: iso(r.record['at'] as number | null), ticket_id: String(r.record['ticketId'] ?? ''), actor: String(r.record['actor'] ?? ''),
        field: String(r.record['field'] ?? ''), from_value: String(r.record['from'] ?? ''), to_value: String(r.record['to'] ?? ''),
      }))
      : [];
    const sla = PRIORITIES.map((p) => ({ priority: p.key, first_reply_hours: policies.sla.firstReplyHours[p.key], resolution_hours: policies.sla.resolutionHours[p.key] }));

    const asOf = iso(opts.asOf ?? latest);
    const wanted: { id: string; from: string; to: string }[] = [
      { id: 'last_7_days', ...defaultPeriod(now, tz, 7) },
      { id: 'last_28_days', ...defaultPeriod(now, tz, 28) },
    ];
    const today = localDateKey(tz, now);
    if (firstDay !== null) {
      for (let m = `${(firstDay as string).slice(0, 7)}-01`; m <= today; ) {
        const next = `${addDaysToKey(m, 32).slice(0, 7)}-01`;
        wanted.push({ id: `month_${m.slice(0, 7)}`, from: m, to: addDaysToKey(next, -1) });
        m = next;
      }
    }
    wanted.push(...(opts.periods ?? []));
    const periods = wanted.map((p) => {
      const b = periodBounds(tz, p.from, p.to);
      return { period_id: p.id, from_date: b.from, to_date: b.to, start_at: iso(b.startMs), end_at: iso(b.endMs), as_of: asOf };
    });

    mkdirSync(join(dir, 'schemas'), { recursive: true });
    mkdirSync(join(dir, 'views'), { recursive: true });
    const data: Record<ExportTable, Json[]> = { tickets, orders, events, sla_targets: sla, periods };
    const files: string[] = [];
    for (const name of Object.keys(EXPORT_TABLES) as ExportTable[]) {
      writeFileSync(join(dir, `${name}.ndjson`), ndjson(data[name]));
      writeFileSync(join(dir, 'schemas', `${name}.json`), JSON.stringify(EXPORT_TABLES[name], null, 2) + '\n');
      files.push(`${name}.ndjson`, `schemas/${name}.json`);
    }
    const views = kpiViews(dataset);
    views.forEach((v, i) => {
      const file = `views/${String(i + 1).padStart(2, '0')}_${v.name}.sql`;
      writeFileSync(join(dir, file), `${v.sql};\n`);
      files.push(file);
    });
    const load = [
      '#!/bin/sh',
      '# Load the export into BigQuery (bq CLI, Google Cloud SDK), then create the KPI views.',
      'set -e',
      `bq mk --dataset --force "\${PROJECT:+$PROJECT:}${dataset}"`,
      ...(Object.keys(EXPORT_TABLES) as ExportTable[]).map((n) => `bq load --replace --source_format=NEWLINE_DELIMITED_JSON ${dataset}.${n} ${n}.ndjson schemas/${n}.json`),
      ...views.map((v, i) => `bq query --use_legacy_sql=false < views/${String(i + 1).padStart(2, '0')}_${v.name}.sql`),
      '',
    ].join('\n');
    writeFileSync(join(dir, 'load.sh'), load, { mode: 0o755 });
    files.push('load.sh');
    return { dir, rows: { tickets: tickets.length, orders: orders.length, events: events.length, sla_targets: sla.length, periods: periods.length }, views: views.map((v) => v.name), files };
  } finally {
    env.emu.cost.end();
  }
}
