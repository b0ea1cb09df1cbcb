/**
 * Scale entry points (issue 11), re-exported by main.ts: the hourly job on demand, KPIs of long periods from the
 * daily aggregates, rebuilding those aggregates, and the resumable archive job with its continuation trigger.
 */
import { asApi } from './api';
import { UserError } from '../core/errors';
import { openContext } from './context';
import { deskPolicies } from '../workbook/policies';
import { dailyKpis, rebuildDailyStats } from './hourly/daily-stats';
import { runHourly } from './hourly/run';
import { ARCHIVE_JOB } from './jobs/archive';
import { loadCheckpoint, runJob } from './jobs/runner';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function apiHourly_() {
  return asApi('hourly', runHourly);
}

/** Counts, sums, rates and means of any period from Daily Stats (medians and p90 need `apiKpi`). */
export function apiKpiDaily_(input: { from: string; to: string }) {
  return asApi('kpiDaily', () => {
    const from = String(input?.from ?? '');
    const to = String(input?.to ?? '');
    if (!DAY.test(from) || !DAY.test(to) || from > to) {
      throw new UserError('period_invalid', { en: `A period needs from ≤ to as YYYY-MM-DD, got "${from}" – "${to}".`, zh: `统计区间需为 YYYY-MM-DD 且开始不晚于结束，收到“${from}”–“${to}”。` }, 'from');
    }
    return dailyKpis(openContext(), from, to);
  });
}

export function apiRebuildDailyStats_() {
  return asApi('rebuildDailyStats', () => {
    const ctx = openContext();
    return rebuildDailyStats(ctx, deskPolicies(ctx.settings));
  });
}

export function apiArchive_() {
  return asApi('archive', () => runJob(ARCHIVE_JOB));
}

export function menuArchive(): void {
  const r = asApi('archive', () => runJob(ARCHIVE_JOB));
  if (!r.ok) SpreadsheetApp.getActiveSpreadsheet().toast(`${r.error.en}\n${r.error.zh}`, 'AfterDesk', 10);
}

/** The one-off trigger that continues an archive run past the 6-minute limit. */
export function continueArchive(): void {
  // A trigger: no role check (it runs as whoever started the archive, often with no visible e-mail). It only
  // continues a run a lead or owner started: with no checkpoint there is nothing to continue (issue 16 — called
  // from the console by any editor it used to start a whole archive run).
  if (loadCheckpoint(ARCHIVE_JOB.name) === null) return console.warn('AfterDesk archive: nothing to continue');
  const r = asApi('archiveContinue', () => runJob(ARCHIVE_JOB));
  if (!r.ok) console.warn(`AfterDesk archive: ${r.error.en}`);
}
