/**
 * Which department e-mails went out for which week (document properties, one small JSON value): the idempotency
 * key `week:department` makes a re-run of a week, or a trigger firing twice, send nobody a second e-mail.
 */
const KEY = 'afterdesk.review.mailed';
/** Weeks remembered: far more than a re-run needs, far below the 9 KB a property may hold. */
const KEEP_WEEKS = 26;

type Mailed = Record<string, string[]>;

function store(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
}

export function mailedDepartments(week: string): Set<string> {
  try {
    const all = JSON.parse(store().getProperty(KEY) ?? '{}') as Mailed;
    return new Set(all[week] ?? []);
  } catch {
    return new Set();
  }
}

export function recordMailed(week: string, departments: string[]): void {
  if (departments.length === 0) return;
  const p = store();
  let all: Mailed = {};
  try {
    all = JSON.parse(p.getProperty(KEY) ?? '{}') as Mailed;
  } catch {
    all = {};
  }
  all[week] = [...new Set([...(all[week] ?? []), ...departments])].sort();
  const weeks = Object.keys(all).sort().slice(-KEEP_WEEKS);
  p.setProperty(KEY, JSON.stringify(Object.fromEntries(weeks.map((w) => [w, all[w]!]))));
}
