/** Benchmark of the pure business-hours clock: elapsed time and due-time walks over one-year spans. */
import { addBusinessHours, businessHoursBetween, parseBusinessCalendar } from '../../src/core/calendar';
import { DAY_MS } from '../../src/core/time';
import { type BenchRow, timed } from './table';

export function benchClock(n = 100_000): BenchRow[] {
  const cal = parseBusinessCalendar({
    timeZone: 'Asia/Kuala_Lumpur',
    hours: { Mon: '09:00-18:00', Tue: '09:00-18:00', Wed: '09:00-12:00, 13:00-18:00', Thu: '09:00-18:00', Fri: '09:00-18:00', Sat: '10:00-14:00', Sun: 'closed' },
    holidays: '2026-12-25, 2027-01-01, 2027-02-17, 2027-02-18, 2027-05-01, 2027-08-31',
  });
  const start = Date.UTC(2026, 10, 20, 9, 0);
  // Starts spread over a month at odd minutes, so no two calls hit the same day boundaries.
  const starts = Array.from({ length: n }, (_, i) => start + (i % 43_200) * 61_000);
  let sink = 0;
  const between = timed(() => {
    for (const s of starts) sink += businessHoursBetween(cal, s, s + 365 * DAY_MS);
  });
  const walk = timed(() => {
    for (const s of starts) sink += addBusinessHours(cal, s, 2_300);
  });
  const zone = timed(() => {
    const ny = parseBusinessCalendar({ ...cal, timeZone: 'America/New_York', hours: { Mon: '09:00-17:00', Tue: '09:00-17:00', Wed: '09:00-17:00', Thu: '09:00-17:00', Fri: '09:00-17:00', Sat: 'closed', Sun: 'closed' }, holidays: '' });
    for (const s of starts) sink += businessHoursBetween(ny, s, s + 365 * DAY_MS);
  });
  const note = `checksum ${Math.round(sink) % 100_000}`;
  return [
    { name: 'business hours between', n, ms: between.ms, note: `1-year spans, split shift + holidays; ${note}` },
    { name: 'add business hours', n, ms: walk.ms, note: '2,300 h ≈ 1 year of open time' },
    { name: 'business hours (DST zone)', n, ms: zone.ms, note: 'America/New_York, 1-year spans' },
  ];
}
