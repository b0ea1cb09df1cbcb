/** Installable triggers, created idempotently: a handler that already has a trigger is not given a second one. */

export interface TriggerReport {
  created: string[];
  existing: string[];
}

export function ensureTriggers(specs: { handler: string; create: () => void }[]): TriggerReport {
  const present = new Set(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction()));
  const report: TriggerReport = { created: [], existing: [] };
  for (const spec of specs) {
    if (present.has(spec.handler)) {
      report.existing.push(spec.handler);
      continue;
    }
    spec.create();
    report.created.push(spec.handler);
  }
  return report;
}

export function hourlyTrigger(handler: string): { handler: string; create: () => void } {
  return { handler, create: () => ScriptApp.newTrigger(handler).timeBased().everyHours(1).create() };
}

/** Weekly on `day` at `hour` o'clock in `timeZone` (the weekly review: Monday 09:00 workbook time). */
export function weeklyTrigger(handler: string, day: GoogleAppsScript.Base.Weekday, hour: number, timeZone: string): { handler: string; create: () => void } {
  return { handler, create: () => ScriptApp.newTrigger(handler).timeBased().onWeekDay(day).atHour(hour).inTimezone(timeZone).create() };
}
