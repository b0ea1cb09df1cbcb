/**
 * Outreach pacing (pure): proactive messages to buyers go out only inside the messaging window (Shopee: broadcasts
 * 08:00–22:00) and at most `weeklyCap` to one buyer in any 7 days; the rest are scheduled for the first moment both
 * rules allow. Messages already sent or scheduled count against the cap.
 */
import { UserError } from '../errors';
import { addDaysToKey, DAY_MS, localDateKey, localParts, zonedTimeToUtc } from '../time';

export interface MessagingWindow {
  startMinute: number;
  endMinute: number;
}

export interface PacingPolicy {
  /** Null: any hour. */
  window: MessagingWindow | null;
  weeklyCap: number;
}

export function parseWindow(text: string): MessagingWindow | null {
  const s = String(text ?? '').trim();
  if (!s || /^(any|always|24h|全天)$/i.test(s)) return null;
  const m = /^(\d{1,2}):(\d{2})\s*[-–~至到]\s*(\d{1,2}):(\d{2})$/.exec(s);
  const ok = m && +m[1] <= 24 && +m[2] < 60 && +m[3] <= 24 && +m[4] < 60 && +m[1] * 60 + +m[2] < +m[3] * 60 + +m[4];
  if (!ok) {
    throw new UserError('outreach_hours_invalid', { en: `Outreach Hours: "${s}" should look like 08:00-22:00 (start before end).`, zh: `主动联系时段：“${s}”应写成 08:00-22:00（开始早于结束）。` }, 'Outreach Hours');
  }
  return { startMinute: +m![1] * 60 + +m![2], endMinute: +m![3] * 60 + +m![4] };
}

/** `ms` itself when inside the window, else the next opening of the window (local wall time in `timeZone`). */
export function nextInWindow(w: MessagingWindow | null, timeZone: string, ms: number): number {
  if (!w) return ms;
  const p = localParts(timeZone, ms);
  const minute = p.hour * 60 + p.minute;
  if (minute >= w.startMinute && minute < w.endMinute) return ms;
  const day = minute < w.startMinute ? localDateKey(timeZone, ms) : addDaysToKey(localDateKey(timeZone, ms), 1);
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  return zonedTimeToUtc(timeZone, y, mo, d, Math.floor(w.startMinute / 60), w.startMinute % 60);
}

/**
 * When to send each message of `buyers` (in priority order): `sent` are the messages each buyer already had or
 * has scheduled (buyer key → instants). Returns one instant per entry of `buyers`.
 */
export function scheduleMessages(buyers: string[], sent: Map<string, number[]>, now: number, timeZone: string, policy: PacingPolicy): number[] {
  const cap = Math.max(1, Math.floor(policy.weeklyCap));
  const plan = new Map<string, number[]>();
  for (const [k, list] of sent) plan.set(k, [...list].sort((a, b) => a - b));
  return buyers.map((buyer) => {
    const key = buyer.trim().toLowerCase();
    const list = key ? plan.get(key) ?? [] : [];
    let at = nextInWindow(policy.window, timeZone, now);
    for (let guard = 0; guard < 1000; guard++) {
      // Messages within the 7 days before `at`, and those already booked after it (they will be sent too).
      const near = list.filter((x) => x > at - 7 * DAY_MS && x < at + 7 * DAY_MS);
      const window = near.filter((x) => x <= at);
      if (window.length < cap && near.length < cap) break;
      const blocking = near.length >= cap ? near[near.length - cap]! : window[0]!;
      at = nextInWindow(policy.window, timeZone, Math.max(at, blocking + 7 * DAY_MS));
    }
    if (key) {
      list.push(at);
      list.sort((a, b) => a - b);
      plan.set(key, list);
    }
    return at;
  });
}
