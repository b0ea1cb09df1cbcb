/**
 * The hourly job: ONE read of the recent window (Tickets and Orders), then SLA states, the Dashboard, the alert
 * check and the daily aggregates from it, under one document lock. Its cost follows the window, not the history.
 */
import { deskPolicies } from '../../workbook/policies';
import { runAlertCheck, type AlertCheckResult } from '../alerts';
import { openContext } from '../context';
import { renderDashboard, type RefreshReport } from '../dashboard';
import { withDocumentLock } from '../lock';
import { rebuildDailyStats, updateDailyStats, type DailyReport } from './daily-stats';
import { refreshWindowSla } from './sla';
import { readHourlyWindow } from './window';

export interface HourlyReport {
  window: { tickets: number; orders: number; firstTicketRow: number; firstOrderRow: number };
  sla: number | null;
  dashboard: RefreshReport | null;
  alerts: AlertCheckResult | null;
  daily: DailyReport | null;
  /** Steps that failed, with their message (the other steps still ran). */
  errors: { step: string; message: string }[];
}

function messageOf(e: unknown): string {
  const t = (e as { text?: { en: string } }).text;
  return t ? t.en : String((e as Error)?.message ?? e);
}

export function runHourly(): HourlyReport {
  const started = Date.now();
  const report = withDocumentLock(() => runLocked(started));
  if (report.daily?.needsRebuild) {
    // First run (or after a long pause): summarise the history once, outside the lock.
    try {
      const ctx = openContext();
      report.daily = rebuildDailyStats(ctx, deskPolicies(ctx.settings));
    } catch (e) {
      report.errors.push({ step: 'dailyStats', message: messageOf(e) });
    }
  }
  return report;
}

function runLocked(started: number): HourlyReport {
  const ctx = openContext();
  const policies = deskPolicies(ctx.settings);
  const w = readHourlyWindow(ctx);
  const errors: HourlyReport['errors'] = [];
  const step = <T>(name: string, fn: () => T): T | null => {
    try {
      return fn();
    } catch (e) {
      errors.push({ step: name, message: messageOf(e) });
      console.warn(`AfterDesk hourly ${name}: ${messageOf(e)}`);
      return null;
    }
  };
  const sla = step('refreshSla', () => refreshWindowSla(ctx, w.tickets, policies));
  const tickets = w.tickets.rows.map((r) => ({ row: r.row, ticket: r.record, issues: r.issues }));
  const orders = w.orders.rows.map((r) => r.record);
  const dashboard = step('refreshDashboard', () => renderDashboard(ctx, { tickets, orders, policies }, started));
  const alerts = step('checkAlerts', () => runAlertCheck(ctx, { tickets: tickets.map((t) => t.ticket), orders }));
  const daily = step('dailyStats', () => updateDailyStats(ctx, w, policies));
  return {
    window: { tickets: w.tickets.rows.length, orders: w.orders.rows.length, firstTicketRow: w.tickets.fromRow, firstOrderRow: w.orders.fromRow },
    sla,
    dashboard,
    alerts,
    daily,
    errors,
  };
}
