/**
 * The business-hours clock: elapsed open time between two instants and deadlines that walk forward through open
 * intervals, in the calendar's time zone. Each local day's intervals are turned into instants with that day's own
 * offset, so DST days are exact; long spans jump whole weeks where no DST change or holiday interferes.
 */
import type { BusinessCalendar } from './calendar';
import { UserError } from './errors';
import { DAY_MS, MINUTE_MS, HOUR_MS, parseDateKey, zoneOffsetMinutes } from './time';

/** The calendar in the form the clock walks fastest: local days as integers, holidays as sorted day numbers. */
interface CompiledCalendar {
  timeZone: string;
  week: Array<Array<[number, number]>>;
  /** Open wall-clock milliseconds per weekday and per week (DST days differ; those are walked day by day). */
  dayMs: number[];
  weekMs: number;
  holidaySet: Set<number>;
  holidayList: number[];
  offsets: Map<number, number>;
  /** Per local day: its open intervals as instants [start0, end0, start1, end1 …] (none on a holiday). */
  days: Map<number, number[]>;
  /** Per local day: open ms of the week starting that day. */
  weeks: Map<number, number>;
}

// Keyed by the calendar object: callers build a calendar once per action and ask thousands of questions of it.
const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

/** A walk longer than this many local days means something is wrong (e.g. decades of holidays); stop it. */
const MAX_WALK_DAYS = 366 * 30;

function compile(cal: BusinessCalendar): CompiledCalendar {
  let c = compiled.get(cal);
  if (c) return c;
  const dayMs = cal.week.map((list) => list.reduce((sum, [a, b]) => sum + (b - a) * MINUTE_MS, 0));
  const holidayList: number[] = [];
  for (const key of cal.holidays) {
    const p = parseDateKey(key);
    if (p) holidayList.push(Date.UTC(p.year, p.month - 1, p.day) / DAY_MS);
  }
  holidayList.sort((a, b) => a - b);
  c = {
    timeZone: cal.timeZone,
    week: cal.week,
    dayMs,
    weekMs: dayMs.reduce((a, b) => a + b, 0),
    holidaySet: new Set(holidayList),
    holidayList,
    offsets: new Map(),
    days: new Map(),
    weeks: new Map(),
  };
  compiled.set(cal, c);
  return c;
}

/** Zone offset in ms at an instant, cached per UTC hour on the calendar itself (numeric keys are cheap). */
function offsetMs(c: CompiledCalendar, ms: number): number {
  const hour = Math.floor(ms / HOUR_MS);
  let off = c.offsets.get(hour);
  if (off === undefined) {
    off = zoneOffsetMinutes(c.timeZone, ms) * MINUTE_MS;
    if (c.offsets.size > 20_000) c.offsets.clear();
    c.offsets.set(hour, off);
  }
  return off;
}

/** Local day number (days since 1970-01-01 in local wall time) of an instant. */
function localDay(c: CompiledCalendar, ms: number): number {
  return Math.floor((ms + offsetMs(c, ms)) / DAY_MS);
}

function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** The instant local wall time reads `minute` past midnight of local day `day` (same rule as zonedTimeToUtc). */
function wallInstant(c: CompiledCalendar, day: number, minute: number): number {
  const naive = day * DAY_MS + minute * MINUTE_MS;
  const guess = naive - offsetMs(c, naive);
  const second = naive - offsetMs(c, guess);
  return second === guess ? guess : Math.max(guess, second);
}

/** A bounded memo: a KPI run asks about the same few hundred days again and again. */
function remember<V>(map: Map<number, V>, key: number, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) {
    v = make();
    if (map.size > 50_000) map.clear();
    map.set(key, v);
  }
  return v;
}

/** Local day `day`'s open intervals as instants, each boundary converted with its own offset (DST-exact). */
function dayInstants(c: CompiledCalendar, day: number): number[] {
  return remember(c.days, day, () => {
    if (c.holidaySet.has(day)) return [];
    const out: number[] = [];
    for (const [a, b] of c.week[weekdayOf(day)]!) out.push(wallInstant(c, day, a), wallInstant(c, day, b));
    return out;
  });
}

/** Open milliseconds of local day `day` that fall inside [from, to). */
function dayOverlap(c: CompiledCalendar, day: number, from: number, to: number): number {
  const list = dayInstants(c, day);
  let sum = 0;
  for (let i = 0; i < list.length; i += 2) {
    const start = list[i]!;
    if (start >= to) break;
    const overlap = Math.min(list[i + 1]!, to) - Math.max(start, from);
    if (overlap > 0) sum += overlap;
  }
  return sum;
}

/** First index in the sorted holiday list whose day is ≥ `day`. */
function firstHolidayFrom(c: CompiledCalendar, day: number): number {
  let lo = 0;
  let hi = c.holidayList.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.holidayList[mid]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when the week starting at local day `day` has one offset throughout (no DST change inside it). */
function steadyWeek(c: CompiledCalendar, day: number): boolean {
  return offsetMs(c, wallInstant(c, day, 0)) === offsetMs(c, wallInstant(c, day + 7, 0));
}

/** Open milliseconds of the whole local week starting at `day`: exact, holidays and DST included. */
function fullWeekMs(c: CompiledCalendar, day: number): number {
  return remember(c.weeks, day, () => {
    if (!steadyWeek(c, day)) {
      let sum = 0;
      for (let d = day; d < day + 7; d++) sum += dayOverlap(c, d, -Infinity, Infinity);
      return sum;
    }
    let sum = c.weekMs;
    for (let i = firstHolidayFrom(c, day); i < c.holidayList.length && c.holidayList[i]! < day + 7; i++) {
      sum -= c.dayMs[weekdayOf(c.holidayList[i]!)]!;
    }
    return sum;
  });
}

function businessMsBetween(cal: BusinessCalendar, startMs: number, endMs: number): number {
  if (!(endMs > startMs)) return 0;
  const c = compile(cal);
  if (c.weekMs === 0) return 0;
  const first = localDay(c, startMs);
  const last = localDay(c, endMs);
  let total = 0;
  if (last - first < 21) {
    for (let d = first; d <= last; d++) total += dayOverlap(c, d, startMs, endMs);
    return total;
  }
  // The first and last weeks are clipped day by day; every week between lies wholly inside the span.
  let d = first;
  for (; d < first + 7; d++) total += dayOverlap(c, d, startMs, endMs);
  for (; d + 7 <= last - 7; d += 7) total += fullWeekMs(c, d);
  for (; d <= last; d++) total += dayOverlap(c, d, startMs, endMs);
  return total;
}

export function businessMinutesBetween(cal: BusinessCalendar, startMs: number, endMs: number): number {
  return businessMsBetween(cal, startMs, endMs) / MINUTE_MS;
}

export function businessHoursBetween(cal: BusinessCalendar, startMs: number, endMs: number): number {
  return businessMsBetween(cal, startMs, endMs) / HOUR_MS;
}

function noOpenHours(): UserError {
  return new UserError(
    'business_hours_none',
    {
      en: 'Business Hours: every weekday is closed, so no due time can be computed — open at least one day in Settings.',
      zh: '营业时间：每天都是休息，无法计算截止时间——请在设置中至少开放一天。',
    },
    'Business Hours Mon',
  );
}

function walkTooLong(): UserError {
  return new UserError(
    'business_hours_none',
    { en: 'Business Hours and Holidays leave no open time within 30 years.', zh: '营业时间与节假日设置使 30 年内都没有营业时间。' },
    'Holidays',
  );
}

/**
 * The instant `ms` milliseconds of open time after `startMs`. A start while closed counts from the next opening;
 * a target used up exactly at a closing time is due at that closing (not at the next opening).
 */
function addBusinessMs(cal: BusinessCalendar, startMs: number, ms: number): number {
  if (!(ms > 0)) return startMs;
  const c = compile(cal);
  if (c.weekMs === 0) throw noOpenHours();
  let remaining = ms;
  const first = localDay(c, startMs);
  for (let d = first; d < first + MAX_WALK_DAYS; d++) {
    // Whole-week jumps once past the start day; the strict '>' leaves a target ending in this week to the walk.
    for (let week = fullWeekMs(c, d); d > first && remaining > week; week = fullWeekMs(c, d)) {
      remaining -= week;
      d += 7;
    }
    const list = dayInstants(c, d);
    for (let i = 0; i < list.length; i += 2) {
      const end = list[i + 1]!;
      if (end <= startMs) continue;
      const from = Math.max(list[i]!, startMs);
      const available = end - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
  }
  throw walkTooLong();
}

export function addBusinessMinutes(cal: BusinessCalendar, startMs: number, minutes: number): number {
  return addBusinessMs(cal, startMs, minutes * MINUTE_MS);
}

export function addBusinessHours(cal: BusinessCalendar, startMs: number, hours: number): number {
  return addBusinessMs(cal, startMs, hours * HOUR_MS);
}

/** True when `ms` falls inside an open interval ([opening, closing): the closing instant itself is closed). */
export function isOpen(cal: BusinessCalendar, ms: number): boolean {
  const c = compile(cal);
  const list = dayInstants(c, localDay(c, ms));
  for (let i = 0; i < list.length; i += 2) if (list[i]! <= ms && ms < list[i + 1]!) return true;
  return false;
}

/** `ms` itself when open, else the next opening instant. */
export function nextOpening(cal: BusinessCalendar, ms: number): number {
  const c = compile(cal);
  if (c.weekMs === 0) throw noOpenHours();
  const first = localDay(c, ms);
  for (let d = first; d < first + MAX_WALK_DAYS; d++) {
    const list = dayInstants(c, d);
    for (let i = 0; i < list.length; i += 2) if (list[i + 1]! > ms) return Math.max(list[i]!, ms);
  }
  throw walkTooLong();
}
