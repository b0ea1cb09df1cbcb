/**
 * Quiet hours 'HH:MM-HH:MM' in the workbook zone (the range may cross midnight, '22:00-08:00'): whether a digest
 * is held now and the instant it may go.
 */
import { UserError } from '../errors';
import { addDaysToKey, localDateKey, localParts, zonedTimeToUtc } from '../time';

export interface QuietHours {
  startMinute: number;
  endMinute: number;
}

export function parseQuietHours(text: string): QuietHours | null {
  const s = String(text ?? '').trim();
  if (!s || /^(none|off|no|-|无|關閉|关闭)$/i.test(s)) return null;
  const m = /^(\d{1,2}):(\d{2})\s*[-–~至到]\s*(\d{1,2}):(\d{2})$/.exec(s);
  const ok = m && +m[1] <= 24 && +m[2] < 60 && +m[3] <= 24 && +m[4] < 60;
  if (!ok) {
    throw new UserError('quiet_hours_invalid', { en: `Alert Quiet Hours: "${s}" should look like 22:00-08:00.`, zh: `预警免打扰时段：“${s}”应写成 22:00-08:00。` }, 'Alert Quiet Hours');
  }
  const startMinute = +m![1] * 60 + +m![2];
  const endMinute = +m![3] * 60 + +m![4];
  return startMinute === endMinute ? null : { startMinute, endMinute };
}

/** null when mail may go now; otherwise the instant quiet hours end. */
export function quietUntil(q: QuietHours | null, timeZone: string, now: number): number | null {
  if (!q) return null;
  const p = localParts(timeZone, now);
  const minute = p.hour * 60 + p.minute;
  const crosses = q.startMinute > q.endMinute;
  const inside = crosses ? minute >= q.startMinute || minute < q.endMinute : minute >= q.startMinute && minute < q.endMinute;
  if (!inside) return null;
  let day = localDateKey(timeZone, now);
  if (crosses && minute >= q.startMinute) day = addDaysToKey(day, 1);
  const [y, mo, d] = day.split('-').map(Number);
  return zonedTimeToUtc(timeZone, y, mo, d, Math.floor(q.endMinute / 60), q.endMinute % 60);
}
