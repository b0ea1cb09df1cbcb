/** KPI periods: whole local days [from 00:00, to 24:00) in the workbook time zone, and the default "last N days". */
import { UserError } from '../errors';
import { addDaysToKey, localDateKey, parseDateKey, zonedTimeToUtc } from '../time';

export interface PeriodBounds {
  from: string;
  to: string;
  /** Instant of `from` 00:00 local. */
  startMs: number;
  /** Instant of the day after `to`, 00:00 local (exclusive end). */
  endMs: number;
  /** Every local day of the period, in order, with its start instant (DST days are 23 or 25 h long). */
  days: string[];
  dayStarts: number[];
}

/** The last `days` complete local days before `now` (today is still running, so it is left out). */
export function defaultPeriod(now: number, timeZone: string, days = 28): { from: string; to: string } {
  const to = addDaysToKey(localDateKey(timeZone, now), -1);
  return { from: addDaysToKey(to, -(Math.max(1, Math.floor(days)) - 1)), to };
}

function startOfKey(timeZone: string, key: string, field: 'from' | 'to'): number {
  const p = parseDateKey(key);
  if (!p) {
    throw new UserError('period_invalid', { en: `Period ${field}: "${key}" is not a date YYYY-MM-DD.`, zh: `统计区间${field === 'from' ? '起始' : '结束'}日期“${key}”不是 YYYY-MM-DD 格式。` }, field);
  }
  return zonedTimeToUtc(timeZone, p.year, p.month, p.day);
}

export function periodBounds(timeZone: string, from: string, to: string): PeriodBounds {
  const startMs = startOfKey(timeZone, from, 'from');
  startOfKey(timeZone, to, 'to');
  if (to < from) {
    throw new UserError('period_invalid', { en: `Period: ${from} is after ${to}.`, zh: `统计区间：${from} 晚于 ${to}。` }, 'from');
  }
  const days: string[] = [];
  const dayStarts: number[] = [];
  for (let key = from; key <= to; key = addDaysToKey(key, 1)) {
    days.push(key);
    dayStarts.push(key === from ? startMs : startOfKey(timeZone, key, 'to'));
  }
  const after = addDaysToKey(to, 1);
  return { from, to, startMs, endMs: startOfKey(timeZone, after, 'to'), days, dayStarts };
}

/** Index of the period day containing `ms` (caller has checked startMs ≤ ms < endMs): binary search, no Intl. */
export function dayIndex(bounds: PeriodBounds, ms: number): number {
  const starts = bounds.dayStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= ms) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
