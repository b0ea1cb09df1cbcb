/** The business calendar: opening hours per weekday, holidays and a time zone, read from Settings text. */
import { UserError } from './errors';
import { dateKey, isValidTimeZone, parseDateKey } from './time';

export interface BusinessCalendar {
  timeZone: string;
  /** index 0 = Sunday … 6 = Saturday; each a sorted list of [startMinute, endMinute) from local midnight. */
  week: Array<Array<[number, number]>>;
  holidays: ReadonlySet<string>; // 'YYYY-MM-DD' local dates that are closed
}

export type WeekdayName = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

const WEEKDAY_INDEX: Record<WeekdayName, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const WEEKDAY_ZH: Record<WeekdayName, string> = { Mon: '周一', Tue: '周二', Wed: '周三', Thu: '周四', Fri: '周五', Sat: '周六', Sun: '周日' };

/** Words people type for a day off, in both languages; an empty cell means closed too. */
const CLOSED_WORDS = new Set(['', 'closed', 'close', 'off', 'none', 'no', '-', '休息', '关闭', '關閉', '不营业', '休']);
const WHOLE_DAY_WORDS = new Set(['24h', '24hours', '24/7', 'allday', '全天', '24小时']);

export function parseBusinessCalendar(input: {
  timeZone: string;
  hours: Record<WeekdayName, string>;
  holidays: string;
}): BusinessCalendar {
  const timeZone = String(input.timeZone ?? '').trim();
  if (!timeZone || !isValidTimeZone(timeZone)) {
    throw new UserError(
      'time_zone_invalid',
      { en: `Time Zone: "${timeZone}" is not an IANA time zone such as Asia/Singapore.`, zh: `时区：“${timeZone}”不是 IANA 时区（例如 Asia/Singapore）。` },
      'Time Zone',
    );
  }
  const week: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
  for (const day of Object.keys(WEEKDAY_INDEX) as WeekdayName[]) {
    week[WEEKDAY_INDEX[day]] = parseDayHours(day, String(input.hours[day] ?? ''));
  }
  return { timeZone, week, holidays: parseHolidays(String(input.holidays ?? '')) };
}

/** One weekday's cell: '09:00-18:00', '09:00-12:00, 13:00-18:00', 'closed', '24h'. */
export function parseDayHours(day: WeekdayName, text: string): Array<[number, number]> {
  const norm = text.normalize('NFKC').trim().toLowerCase();
  if (CLOSED_WORDS.has(norm)) return [];
  if (WHOLE_DAY_WORDS.has(norm.replace(/\s+/g, ''))) return [[0, 1440]];
  const intervals: Array<[number, number]> = [];
  for (const raw of norm.split(/[,;，；、]+/)) {
    const token = raw.trim();
    if (!token) continue;
    const m = /^(\d{1,2}):(\d{2})\s*[-–—~至到]\s*(\d{1,2}):(\d{2})$/.exec(token);
    const start = m ? clockMinutes(Number(m[1]), Number(m[2])) : null;
    const end = m ? clockMinutes(Number(m[3]), Number(m[4])) : null;
    if (start === null || end === null) {
      throw new UserError(
        'business_hours_invalid',
        { en: `Business Hours ${day}: "${token}" is not HH:MM-HH:MM.`, zh: `营业时间${WEEKDAY_ZH[day]}：“${token}”不是 HH:MM-HH:MM 格式。` },
        `Business Hours ${day}`,
      );
    }
    if (end <= start) {
      // Overnight shifts would make one day's hours spill into the next; ask for two entries instead.
      throw new UserError(
        'business_hours_invalid',
        {
          en: `Business Hours ${day}: "${token}" ends before it starts — split a shift past midnight over two days (e.g. 22:00-24:00 and 00:00-02:00).`,
          zh: `营业时间${WEEKDAY_ZH[day]}：“${token}”结束早于开始——跨午夜的班次请拆到两天填写（如 22:00-24:00 与 00:00-02:00）。`,
        },
        `Business Hours ${day}`,
      );
    }
    intervals.push([start, end]);
  }
  return mergeIntervals(intervals);
}

/** Minutes from midnight, or null when the clock reading is impossible; 24:00 is allowed as the day's end. */
function clockMinutes(hour: number, minute: number): number | null {
  if (minute > 59 || hour > 24 || (hour === 24 && minute !== 0)) return null;
  return hour * 60 + minute;
}

/** Sorted, with overlapping or touching intervals joined, so later arithmetic never counts a minute twice. */
function mergeIntervals(list: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function parseHolidays(text: string): Set<string> {
  const out = new Set<string>();
  for (const token of text.normalize('NFKC').split(/[\s,;，；、]+/)) {
    if (!token) continue;
    const p = parseDateKey(token);
    if (!p) {
      throw new UserError(
        'holidays_invalid',
        { en: `Holidays: "${token}" is not a date YYYY-MM-DD.`, zh: `节假日：“${token}”不是 YYYY-MM-DD 格式的日期。` },
        'Holidays',
      );
    }
    out.add(dateKey(p.year, p.month, p.day));
  }
  return out;
}

export { addBusinessHours, addBusinessMinutes, businessHoursBetween, businessMinutesBetween, isOpen, nextOpening } from './calendar-clock';
