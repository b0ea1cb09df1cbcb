/**
 * The staffing triggers, created idempotently like the hourly one (by handler name): a weekly refresh (Monday
 * 06:00) and a one-off refresh at 06:00 on the eve of the next Promo Day, which re-arms itself for the one after.
 */
import { addDaysToKey, localDateKey, parseDateKey, zonedTimeToUtc } from '../../core/time';
import { openContext } from '../context';
import { staffingSettings } from './settings';

export const WEEKLY_STAFFING = 'onWeeklyStaffing';
export const PROMO_STAFFING = 'onPromoEveStaffing';
const EVE_HOUR = 6;

/** 06:00 local on the day before the first Promo Day whose eve is still ahead, or null. */
export function nextPromoEve(promoDays: readonly string[], timeZone: string, now: number): number | null {
  const today = localDateKey(timeZone, now);
  let best: number | null = null;
  for (const day of promoDays) {
    if (day <= today) continue;
    const p = parseDateKey(addDaysToKey(day, -1))!;
    const at = zonedTimeToUtc(timeZone, p.year, p.month, p.day, EVE_HOUR);
    if (at > now && (best === null || at < best)) best = at;
  }
  return best;
}

export function staffingTriggerSpecs(promoDays: readonly string[], timeZone: string, now: number): { handler: string; create: () => void }[] {
  const specs = [
    { handler: WEEKLY_STAFFING, create: () => void ScriptApp.newTrigger(WEEKLY_STAFFING).timeBased().everyWeeks(1).onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(EVE_HOUR).create() },
  ];
  const eve = nextPromoEve(promoDays, timeZone, now);
  if (eve !== null) specs.push({ handler: PROMO_STAFFING, create: () => void ScriptApp.newTrigger(PROMO_STAFFING).timeBased().at(new Date(eve)).create() });
  return specs;
}

/** A fired one-off trigger stays listed in Apps Script: remove it so the next Promo Day's can be created. */
export function removePromoTriggers(): void {
  for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === PROMO_STAFFING) ScriptApp.deleteTrigger(t);
}

/** The staffing trigger specs for the workbook's Promo Days (weekly only when Settings cannot be read). */
export function staffingTriggers(): { handler: string; create: () => void }[] {
  try {
    const ctx = openContext();
    return staffingTriggerSpecs(staffingSettings(ctx.settings).promoDays, ctx.timeZone, ctx.now);
  } catch (e) {
    console.warn(`AfterDesk staffing triggers: ${e instanceof Error ? e.message : String(e)}`);
    return staffingTriggerSpecs([], 'UTC', Date.now());
  }
}
