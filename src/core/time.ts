/** Time-zone arithmetic on epoch milliseconds, via Intl (available in Apps Script V8 and Node). */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday … 6 = Saturday
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when the IANA zone name is known to the runtime. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Offsets change at most a few times a year; cache per UTC hour.
const offsetCache = new Map<string, number>();

/** Minutes to add to UTC to get local wall time in `timeZone` at instant `ms`. */
export function zoneOffsetMinutes(timeZone: string, ms: number): number {
  const hourKey = `${timeZone}|${Math.floor(ms / HOUR_MS)}`;
  const cached = offsetCache.get(hourKey);
  if (cached !== undefined) return cached;
  const p = rawParts(timeZone, ms);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offset = Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / MINUTE_MS);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(hourKey, offset);
  return offset;
}

function rawParts(timeZone: string, ms: number): Omit<LocalParts, 'weekday'> {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of parts) {
    if (part.type in out) (out as Record<string, number>)[part.type] = Number(part.value);
  }
  if (out.hour === 24) out.hour = 0;
  return out;
}

/** Local wall-clock parts of instant `ms` in `timeZone`. */
export function localParts(timeZone: string, ms: number): LocalParts {
  const local = ms + zoneOffsetMinutes(timeZone, ms) * MINUTE_MS;
  const d = new Date(local);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** 'YYYY-MM-DD' of the local day containing `ms`. */
export function localDateKey(timeZone: string, ms: number): string {
  const p = localParts(timeZone, ms);
  return dateKey(p.year, p.month, p.day);
}

export function dateKey(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses 'YYYY-MM-DD' into numbers, or null. */
export function parseDateKey(key: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(key.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * The instant at which local wall time in `timeZone` reads the given parts. For a wall time skipped by a DST
 * jump the later instant is returned; for a repeated one, the first.
 */
export function zonedTimeToUtc(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute, second);
  let guess = naive - zoneOffsetMinutes(timeZone, naive) * MINUTE_MS;
  const second2 = naive - zoneOffsetMinutes(timeZone, guess) * MINUTE_MS;
  if (second2 !== guess) guess = Math.max(guess, second2);
  return guess;
}

/** Start (00:00 local) of the local day containing `ms`. */
export function startOfLocalDay(timeZone: string, ms: number): number {
  const p = localParts(timeZone, ms);
  return zonedTimeToUtc(timeZone, p.year, p.month, p.day);
}

/** Adds `days` calendar days to a 'YYYY-MM-DD' key. */
export function addDaysToKey(key: string, days: number): string {
  const p = parseDateKey(key);
  if (!p) throw new Error(`Not a date key: ${key}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return dateKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Weekday (0 = Sunday) of a 'YYYY-MM-DD' key. */
export function weekdayOfKey(key: string): number {
  const p = parseDateKey(key);
  if (!p) throw new Error(`Not a date key: ${key}`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}

/** ISO week label 'YYYY-Www' of a 'YYYY-MM-DD' key. */
export function isoWeekOfKey(key: string): string {
  const p = parseDateKey(key);
  if (!p) throw new Error(`Not a date key: ${key}`);
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
  const dow = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** ISO 8601 with the zone's offset, e.g. 2026-11-20T09:00:00+08:00. */
export function toLocalIso(timeZone: string, ms: number): string {
  const p = localParts(timeZone, ms);
  const off = zoneOffsetMinutes(timeZone, ms);
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${dateKey(p.year, p.month, p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
