/** ISO weeks ('2026-W46') in the workbook's zone: a week's Monday–Sunday days, the weeks before it, the last complete one. */
import { UserError } from '../errors';
import { addDaysToKey, isoWeekOfKey, localDateKey, weekdayOfKey } from '../time';

const WEEK = /^(\d{4})-W(\d{2})$/;

export interface WeekSpan {
  week: string;
  /** Monday, 'YYYY-MM-DD'. */
  from: string;
  /** Sunday, 'YYYY-MM-DD'. */
  to: string;
}

/** The Monday of an ISO week: the Monday of the week holding 4 January, plus (w − 1) weeks. */
export function weekSpan(week: string): WeekSpan {
  const m = WEEK.exec(week.trim());
  const bad = () => new UserError('week_invalid', { en: `Week "${week}" is not an ISO week like 2026-W46.`, zh: `周“${week}”不是 ISO 周格式（如 2026-W46）。` }, 'week');
  if (!m) throw bad();
  const year = Number(m[1]);
  const w = Number(m[2]);
  const jan4 = `${year}-01-04`;
  const monday1 = addDaysToKey(jan4, -((weekdayOfKey(jan4) + 6) % 7));
  const from = addDaysToKey(monday1, (w - 1) * 7);
  if (w < 1 || isoWeekOfKey(from) !== `${year}-W${m[2]}`) throw bad(); // W53 of a 52-week year, W00
  return { week: `${year}-W${m[2]}`, from, to: addDaysToKey(from, 6) };
}

/** The week `n` weeks before (n > 0) or after (n < 0) the given one. */
export function shiftWeek(week: string, n: number): WeekSpan {
  return weekSpan(isoWeekOfKey(addDaysToKey(weekSpan(week).from, -7 * n)));
}

/** The last ISO week that has ended at `now` (on a Monday that is the week just finished). */
export function lastCompleteWeek(now: number, timeZone: string): WeekSpan {
  return weekSpan(isoWeekOfKey(addDaysToKey(localDateKey(timeZone, now), -7)));
}
