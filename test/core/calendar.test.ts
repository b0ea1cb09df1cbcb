import { describe, expect, it } from 'vitest';
import {
  addBusinessHours,
  addBusinessMinutes,
  businessHoursBetween,
  businessMinutesBetween,
  isOpen,
  nextOpening,
  parseBusinessCalendar,
  type BusinessCalendar,
} from '../../src/core/calendar';
import { isUserError, UserError } from '../../src/core/errors';
import { localDateKey, localParts } from '../../src/core/time';

const at = (iso: string) => Date.parse(iso);
const weekdays = (hours: string, weekend = 'closed') => ({ Mon: hours, Tue: hours, Wed: hours, Thu: hours, Fri: hours, Sat: weekend, Sun: weekend });

const sg = (holidays = '') => parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: weekdays('09:00-18:00'), holidays });
const london = (hours = '09:00-18:00', weekend = 'closed', holidays = '') =>
  parseBusinessCalendar({ timeZone: 'Europe/London', hours: weekdays(hours, weekend), holidays });

function caught(f: () => unknown): UserError {
  try {
    f();
  } catch (e) {
    if (isUserError(e)) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('parseBusinessCalendar', () => {
  it('reads single, split, closed and whole-day hours', () => {
    const cal = parseBusinessCalendar({
      timeZone: 'Asia/Singapore',
      hours: { Mon: '09:00-18:00', Tue: '09:00-12:00, 13:00-18:00', Wed: 'closed', Thu: '休息', Fri: '', Sat: '24h', Sun: '00:00-24:00' },
      holidays: '2026-12-25, 2027-01-01\n2027-2-1',
    });
    expect(cal.week[1]).toEqual([[540, 1080]]);
    expect(cal.week[2]).toEqual([[540, 720], [780, 1080]]);
    expect(cal.week[3]).toEqual([]);
    expect(cal.week[4]).toEqual([]);
    expect(cal.week[5]).toEqual([]);
    expect(cal.week[6]).toEqual([[0, 1440]]);
    expect(cal.week[0]).toEqual([[0, 1440]]);
    expect([...cal.holidays]).toEqual(['2026-12-25', '2027-01-01', '2027-02-01']);
  });

  it('sorts and merges overlapping intervals; accepts full-width punctuation', () => {
    const cal = parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: weekdays('13:00-18:00，09:00-13:30'), holidays: '' });
    expect(cal.week[1]).toEqual([[540, 1080]]);
    const cn = parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: weekdays('09：00－18：00'), holidays: '' });
    expect(cn.week[3]).toEqual([[540, 1080]]);
  });

  it('names the weekday and the bad token', () => {
    const hours = { ...weekdays('09:00-18:00'), Tue: '9-18' };
    const e = caught(() => parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours, holidays: '' }));
    expect(e.key).toBe('business_hours_invalid');
    expect(e.text.en).toBe('Business Hours Tue: "9-18" is not HH:MM-HH:MM.');
    expect(e.text.zh).toContain('周二');
    expect(e.field).toBe('Business Hours Tue');
    const overnight = caught(() => parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: { ...weekdays('09:00-18:00'), Fri: '22:00-02:00' }, holidays: '' }));
    expect(overnight.field).toBe('Business Hours Fri');
    expect(caught(() => parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: { ...weekdays('09:00-18:00'), Mon: '09:00-25:00' }, holidays: '' })).key).toBe('business_hours_invalid');
  });

  it('rejects bad holidays and unknown zones', () => {
    const h = caught(() => sg('2026-12-25, 2026-13-01'));
    expect(h.key).toBe('holidays_invalid');
    expect(h.text.en).toContain('"2026-13-01"');
    expect(caught(() => parseBusinessCalendar({ timeZone: 'Mars/Olympus', hours: weekdays('09:00-18:00'), holidays: '' })).key).toBe('time_zone_invalid');
  });
});

describe('business-hours clock (METHODS.md checks, Asia/Singapore Mon–Fri 09–18)', () => {
  it('Fri 17:00 + 4 h → Mon 12:00', () => {
    expect(addBusinessHours(sg(), at('2026-11-20T17:00:00+08:00'), 4)).toBe(at('2026-11-23T12:00:00+08:00'));
  });

  it('Fri 17:00 + 1 h → Fri 18:00 (used up at closing is due at closing)', () => {
    expect(addBusinessHours(sg(), at('2026-11-20T17:00:00+08:00'), 1)).toBe(at('2026-11-20T18:00:00+08:00'));
    expect(addBusinessMinutes(sg(), at('2026-11-20T17:00:00+08:00'), 60)).toBe(at('2026-11-20T18:00:00+08:00'));
  });

  it('Fri 17:00 → Wed 10:00 with Tuesday a holiday = 660 minutes', () => {
    expect(businessMinutesBetween(sg('2026-11-24'), at('2026-11-20T17:00:00+08:00'), at('2026-11-25T10:00:00+08:00'))).toBe(660);
    // without the holiday Tuesday adds its 540 minutes
    expect(businessMinutesBetween(sg(), at('2026-11-20T17:00:00+08:00'), at('2026-11-25T10:00:00+08:00'))).toBe(1200);
  });

  it('a Friday-evening ticket starts at the next opening', () => {
    const cal = sg();
    const friEvening = at('2026-11-20T19:00:00+08:00');
    expect(isOpen(cal, friEvening)).toBe(false);
    expect(nextOpening(cal, friEvening)).toBe(at('2026-11-23T09:00:00+08:00'));
    expect(addBusinessHours(cal, friEvening, 1)).toBe(at('2026-11-23T10:00:00+08:00'));
    expect(businessHoursBetween(cal, friEvening, at('2026-11-23T10:30:00+08:00'))).toBe(1.5);
  });

  it('skips a holiday Monday', () => {
    expect(addBusinessHours(sg('2026-11-23'), at('2026-11-20T17:00:00+08:00'), 4)).toBe(at('2026-11-24T12:00:00+08:00'));
  });

  it('open is [opening, closing)', () => {
    const cal = sg();
    expect(isOpen(cal, at('2026-11-20T09:00:00+08:00'))).toBe(true);
    expect(isOpen(cal, at('2026-11-20T17:59:59+08:00'))).toBe(true);
    expect(isOpen(cal, at('2026-11-20T18:00:00+08:00'))).toBe(false);
    expect(nextOpening(cal, at('2026-11-20T12:00:00+08:00'))).toBe(at('2026-11-20T12:00:00+08:00'));
  });

  it('an empty or reversed span is 0; a zero target is the start itself', () => {
    const t = at('2026-11-20T12:00:00+08:00');
    expect(businessMinutesBetween(sg(), t, t)).toBe(0);
    expect(businessMinutesBetween(sg(), t + 1000, t)).toBe(0);
    expect(addBusinessHours(sg(), t, 0)).toBe(t);
  });

  it('counts seconds exactly', () => {
    expect(businessMinutesBetween(sg(), at('2026-11-20T17:59:30+08:00'), at('2026-11-23T09:00:30+08:00'))).toBe(1);
  });
});

describe('split shifts', () => {
  const cal = parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: weekdays('09:00-12:00, 13:00-18:00'), holidays: '' });
  it('skips the lunch break', () => {
    expect(addBusinessHours(cal, at('2026-11-23T11:00:00+08:00'), 2)).toBe(at('2026-11-23T14:00:00+08:00'));
    expect(addBusinessHours(cal, at('2026-11-23T11:00:00+08:00'), 1)).toBe(at('2026-11-23T12:00:00+08:00'));
    expect(businessMinutesBetween(cal, at('2026-11-23T11:30:00+08:00'), at('2026-11-23T13:30:00+08:00'))).toBe(60);
    expect(isOpen(cal, at('2026-11-23T12:30:00+08:00'))).toBe(false);
    expect(nextOpening(cal, at('2026-11-23T12:30:00+08:00'))).toBe(at('2026-11-23T13:00:00+08:00'));
  });
});

describe('DST (Europe/London)', () => {
  it('spring forward: Fri 17:00 GMT + 4 h → Mon 12:00 BST', () => {
    const cal = london();
    const fri = at('2026-03-27T17:00:00Z');
    const mon = at('2026-03-30T12:00:00+01:00');
    expect(addBusinessHours(cal, fri, 4)).toBe(mon);
    expect(businessHoursBetween(cal, fri, mon)).toBe(4);
  });

  it('fall back: Fri 17:00 BST + 4 h → Mon 12:00 GMT', () => {
    const cal = london();
    const fri = at('2026-10-23T17:00:00+01:00');
    expect(addBusinessHours(cal, fri, 4)).toBe(at('2026-10-26T12:00:00Z'));
  });

  it('a 24-hour day is 23 h on the spring Sunday and 25 h on the autumn one', () => {
    const cal = london('24h', '24h');
    expect(businessHoursBetween(cal, at('2026-03-29T00:00:00Z'), at('2026-03-30T00:00:00+01:00'))).toBe(23);
    expect(businessHoursBetween(cal, at('2026-10-25T00:00:00+01:00'), at('2026-10-26T00:00:00Z'))).toBe(25);
    expect(addBusinessHours(cal, at('2026-03-28T12:00:00Z'), 24)).toBe(at('2026-03-29T12:00:00Z'));
  });

  it('a long span through a DST week takes the day-by-day path for that week', () => {
    const cal = london('24h', '24h');
    // 2026-01-05 → 2026-06-01 is 147 local days, one of them 23 h long
    expect(businessHoursBetween(cal, at('2026-01-05T00:00:00Z'), at('2026-06-01T00:00:00+01:00'))).toBe(147 * 24 - 1);
  });
});

describe('long spans (whole-week jumps)', () => {
  it('a year of weeks minus a holiday, and a deadline used up at a closing time', () => {
    const cal = sg('2026-12-25, 2026-06-06, 2026-01-01');
    const start = at('2026-01-05T09:00:00+08:00');
    // 52 weeks × 45 h, minus Christmas (a Friday); 2026-06-06 is a closed Saturday, 2026-01-01 is before the span
    expect(businessHoursBetween(cal, start, at('2027-01-04T09:00:00+08:00'))).toBe(52 * 45 - 9);
    expect(addBusinessHours(cal, start, 52 * 45 - 9)).toBe(at('2027-01-01T18:00:00+08:00'));
    expect(addBusinessHours(cal, start, 52 * 45 - 8)).toBe(at('2027-01-04T10:00:00+08:00'));
  });
});

/** Reference clock: 15-minute slots checked against wall-clock parts, independent of the calendar's own walk. */
function referenceMinutes(cal: BusinessCalendar, start: number, end: number): number {
  let minutes = 0;
  for (let t = start; t < end; t += 15 * 60_000) {
    if (cal.holidays.has(localDateKey(cal.timeZone, t))) continue;
    const p = localParts(cal.timeZone, t);
    const m = p.hour * 60 + p.minute;
    if (cal.week[p.weekday]!.some(([a, b]) => a <= m && m < b)) minutes += 15;
  }
  return minutes;
}

describe('agrees with a slot-by-slot reference', () => {
  it('random spans up to 70 days in London with split shifts, a Saturday and holidays', () => {
    const cal = london('08:30-12:00, 13:00-17:45', '10:00-14:00', '2026-03-30, 2026-04-03, 2026-10-26, 2026-12-25');
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const base = at('2026-02-01T00:00:00Z');
    const slot = 15 * 60_000;
    for (let i = 0; i < 30; i++) {
      const start = base + Math.floor(rand() * 320 * 96) * slot;
      const end = start + Math.floor(rand() * 70 * 96) * slot;
      const expected = referenceMinutes(cal, start, end);
      expect(businessMinutesBetween(cal, start, end)).toBe(expected);
      if (expected > 0) {
        const due = addBusinessMinutes(cal, start, expected);
        expect(due).toBeLessThanOrEqual(end);
        expect(businessMinutesBetween(cal, start, due)).toBe(expected);
      }
    }
  });
});

describe('a calendar with no open hours', () => {
  const closed = parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: weekdays('closed'), holidays: '' });
  it('counts nothing and refuses to compute deadlines instead of looping', () => {
    expect(businessMinutesBetween(closed, at('2026-11-20T00:00:00Z'), at('2026-12-20T00:00:00Z'))).toBe(0);
    expect(caught(() => addBusinessHours(closed, at('2026-11-20T00:00:00Z'), 1)).key).toBe('business_hours_none');
    expect(caught(() => nextOpening(closed, at('2026-11-20T00:00:00Z'))).key).toBe('business_hours_none');
    expect(isOpen(closed, at('2026-11-20T05:00:00Z'))).toBe(false);
  });
});
