/**
 * Apps Script's own failure messages, verbatim, and what each fault does to the call it hits: whether the
 * call's effect happened before the script saw the error. The emulator's fault plan (plan.ts) throws these.
 */

export const MESSAGES = {
  /** A daily quota is spent: the call is refused (nothing happens). MailApp's is the daily recipients quota. */
  quota: (service: string) => `Service invoked too many times for one day: ${service}.`,
  /** LockService.waitLock gave up: nothing was locked. */
  lock: 'Lock timeout: another process was holding the lock for too long.',
  /** Google stopped the execution: this call and every later one fail, the execution's locks are released. */
  kill: 'Exceeded maximum execution time',
  /** The Sheets backend refused the call: it did not happen. */
  failed: (id: string) => `Service Spreadsheets failed while accessing document with id ${id}.`,
  /** The Sheets backend did not answer in time: the call may have landed (after) or not (before). */
  timedOut: (id: string) => `Service Spreadsheets timed out while accessing document with id ${id}.`,
} as const;

/**
 * The kinds of fault, and whether the call's effect happened:
 * - `quota`        refused before the call (MailApp.sendEmail → "email", Properties → "properties"); no effect.
 * - `lock`         a lock is held by another execution for longer than the wait: tryLock returns false,
 *                  waitLock throws the lock message; no effect.
 * - `kill`         "Exceeded maximum execution time" before the call; the execution is dead from then on.
 * - `failed`       Spreadsheets "failed while accessing document" before the call; no effect.
 * - `timeoutBefore` Spreadsheets "timed out" before the call; no effect.
 * - `timeoutAfter` Spreadsheets "timed out" AFTER the call landed: the write is in the sheet, the script
 *                  sees an error (the realistic hard case: a retry must not do it twice).
 * - `slow`         the call takes seconds of the clock (lock waits and time budgets see it); no error.
 */
export type FaultKind = 'quota' | 'lock' | 'kill' | 'failed' | 'timeoutBefore' | 'timeoutAfter' | 'slow';

export const FAULT_KINDS: readonly FaultKind[] = ['quota', 'lock', 'kill', 'failed', 'timeoutBefore', 'timeoutAfter', 'slow'];

/** Calls to the Sheets backend (Spreadsheet service and its objects), which the Spreadsheets messages name. */
export function isSheetsCall(name: string): boolean {
  return /^(SpreadsheetApp|Spreadsheet|Sheet|Range|Protection)\./.test(name);
}

/** The quota a call counts against, or null when none is modelled. */
export function quotaService(name: string): string | null {
  if (name === 'MailApp.sendEmail') return 'email';
  if (name.startsWith('Properties.')) return 'properties';
  return null;
}

/** Calls that obtain a lock. */
export function isLockCall(name: string): boolean {
  return name === 'Lock.tryLock' || name === 'Lock.waitLock';
}
