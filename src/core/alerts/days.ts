/**
 * Local-day bucketing for the detectors. Zone lookups go through Intl, which is slow when a run buckets thousands
 * of tickets, so the local day of each UTC quarter hour is memoised (every zone offset in use is a multiple of
 * 15 minutes, so a quarter hour never straddles a local midnight).
 */
import { addDaysToKey, localDateKey, parseDateKey, zonedTimeToUtc } from '../time';

const QUARTER_MS = 900_000;
const memo = new Map<string, Map<number, string>>();

/** The local 'YYYY-MM-DD' of an instant, memoised per zone and quarter hour. */
export function dayKeyOf(timeZone: string, ms: number): string {
  const slot = Math.floor(ms / QUARTER_MS);
  let zone = memo.get(timeZone);
  if (!zone) memo.set(timeZone, (zone = new Map()));
  let v = zone.get(slot);
  if (v === undefined) {
    if (zone.size > 200_000) zone.clear();
    v = localDateKey(timeZone, slot * QUARTER_MS);
    zone.set(slot, v);
  }
  return v;
}

/** The last `days` local days up to and including today; index days−1 is today. */
export interface DayAxis {
  days: number;
  firstKey: string;
  todayKey: string;
  keys: string[];
  /** The index of an instant, or −1 when it falls outside the axis. */
  indexOf(ms: number): number;
  indexOfKey(key: string): number;
}

export function dayAxis(timeZone: string, now: number, days: number): DayAxis {
  const todayKey = dayKeyOf(timeZone, now);
  const firstKey = addDaysToKey(todayKey, -(days - 1));
  const keys: string[] = [];
  for (let i = 0; i < days; i++) keys.push(addDaysToKey(firstKey, i));
  const index = new Map(keys.map((k, i) => [k, i]));
  const indexOfKey = (key: string) => index.get(key) ?? -1;
  // Local midnights as instants (one more for the end of today): an instant's day is a binary search away,
  // with no zone lookup per ticket or order line.
  const bounds = [...keys, addDaysToKey(todayKey, 1)].map((k) => {
    const p = parseDateKey(k)!;
    return zonedTimeToUtc(timeZone, p.year, p.month, p.day);
  });
  const indexOf = (ms: number) => {
    if (ms < bounds[0]! || ms >= bounds[days]!) return -1;
    let lo = 0;
    let hi = days;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (bounds[mid]! <= ms) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  return { days, firstKey, todayKey, keys, indexOfKey, indexOf };
}
