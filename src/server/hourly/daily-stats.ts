/**
 * The Daily Stats tab (hidden): one row a local day, sorted by day. The hourly job re-derives only the recent
 * days from its window and rewrites the rows whose figures changed; older days are final. The whole history is
 * summarised once (first run, or the menu's rebuild) from Tickets, Archive and Orders.
 */
import { DAY_FIELDS, dailyStats, kpisFromDaily, sameDay, type DailyKpis, type DayStats } from '../../core/kpi/daily';
import type { TicketRow } from '../../core/kpi/types';
import type { Order, Ticket } from '../../core/records';
import { addDaysToKey, localDateKey } from '../../core/time';
import { DAILY_STATS, ORDERS, TICKETS, ARCHIVE, findSheet } from '../../workbook/tabs';
import { appendRecords, readTable, tabMissing, writeRecords, type Table } from '../../workbook/table';
import { readTail } from '../../workbook/window';
import type { DeskPolicies } from '../../workbook/policies';
import type { ActionContext } from '../context';
import type { HourlyWindow } from './window';

/** Days re-derived each hour: their tickets (created, surveyed or rated on them) are all inside the 120-day window. */
export const RECENT_DAYS = 60;

type StatsRow = { day: string; updatedAt: number | null } & Record<(typeof DAY_FIELDS)[number], number | null>;

function asStats(r: StatsRow): DayStats {
  const out = { day: r.day } as DayStats;
  for (const f of DAY_FIELDS) out[f] = r[f] ?? 0;
  return out;
}

function statsSheet(ctx: ActionContext): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = findSheet(ctx.ss, DAILY_STATS);
  if (!sheet) throw tabMissing(DAILY_STATS);
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  return sheet;
}

export interface DailyReport {
  days: number;
  written: number;
  appended: number;
  rebuilt: boolean;
  /** The tab is empty or too far behind: the caller summarises the history (after releasing the lock). */
  needsRebuild?: boolean;
}

const REBUILD: DailyReport = { days: 0, written: 0, appended: 0, rebuilt: false, needsRebuild: true };

/** The hourly step: re-derive the last RECENT_DAYS days from the window, write only what changed. */
export function updateDailyStats(ctx: ActionContext, w: HourlyWindow, policies: DeskPolicies): DailyReport {
  const sheet = statsSheet(ctx);
  const last = sheet.getLastRow();
  if (last < 2) return REBUILD;
  const table = readTail<StatsRow>(ctx.ss, DAILY_STATS, ctx.timeZone, last - RECENT_DAYS - 7);
  const today = localDateKey(ctx.timeZone, ctx.now);
  const from = addDaysToKey(today, -(RECENT_DAYS - 1));
  const lastDay = table.rows.at(-1)?.record.day ?? '';
  // A gap of days the window cannot cover (the job did not run for months): summarise everything again.
  if (lastDay < addDaysToKey(from, -1)) return REBUILD;
  const tickets: TicketRow[] = w.tickets.rows.map((r) => ({ row: r.row, ticket: r.record, issues: r.issues }));
  const fresh = dailyStats({ tickets, orders: w.orders.rows.map((r) => r.record), calendar: policies.calendar, policy: policies.sla, from, to: today });
  const byDay = new Map(table.rows.map((r) => [r.record.day, r]));
  const changes: { row: number; record: Partial<StatsRow> }[] = [];
  const appends: Partial<StatsRow>[] = [];
  for (const d of fresh) {
    const have = byDay.get(d.day);
    if (have && sameDay(asStats(have.record), d)) continue;
    if (have) changes.push({ row: have.row, record: { ...d, updatedAt: ctx.now } });
    else if (d.day > lastDay) appends.push({ ...d, updatedAt: ctx.now });
  }
  writeRecords(table, changes, ctx.makeDate);
  appendRecords(table, appends, ctx.makeDate);
  return { days: fresh.length, written: changes.length, appended: appends.length, rebuilt: false };
}

/**
 * Summarises the whole history once: every ticket (Tickets and Archive) and order line; rewrites the tab. Runs
 * without the document lock (it only reads the data tabs, and only it and the hourly job write Daily Stats), so
 * a first summary of a large workbook does not keep agents from saving.
 */
export function rebuildDailyStats(ctx: ActionContext, policies: DeskPolicies): DailyReport {
  const sheet = statsSheet(ctx);
  const tickets: TicketRow[] = [];
  for (const tab of [TICKETS, ARCHIVE]) {
    if (!findSheet(ctx.ss, tab)) continue;
    for (const r of readTable<Ticket>(ctx.ss, tab, ctx.timeZone).rows) tickets.push({ row: r.row, ticket: r.record, issues: r.issues });
  }
  const orders = readTable<Order>(ctx.ss, ORDERS, ctx.timeZone).rows.map((r) => r.record);
  let first: number | null = null;
  for (const t of tickets) if (t.ticket.createdAt !== null && (first === null || t.ticket.createdAt < first)) first = t.ticket.createdAt;
  const today = localDateKey(ctx.timeZone, ctx.now);
  const from = first === null ? today : localDateKey(ctx.timeZone, Math.min(first, ctx.now));
  const days = dailyStats({ tickets, orders, calendar: policies.calendar, policy: policies.sla, from, to: today });
  const last = sheet.getLastRow();
  if (last >= 2) sheet.getRange(2, 1, last - 1, Math.max(sheet.getLastColumn(), 1)).clearContent();
  const table: Table<StatsRow> = { ...readTail<StatsRow>(ctx.ss, DAILY_STATS, ctx.timeZone, 2), lastRow: 1, rows: [] };
  appendRecords(table, days.map((d) => ({ ...d, updatedAt: ctx.now })), ctx.makeDate);
  return { days: days.length, written: days.length, appended: days.length, rebuilt: true };
}

/** The aggregable KPIs of any period from the Daily Stats rows (one small read: the days of the tab). */
export function dailyKpis(ctx: ActionContext, from: string, to: string): DailyKpis {
  statsSheet(ctx);
  const rows = readTail<StatsRow>(ctx.ss, DAILY_STATS, ctx.timeZone, 2).rows.map((r) => asStats(r.record));
  return kpisFromDaily(rows, from, to);
}
