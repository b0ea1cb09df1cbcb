/**
 * Wraps an action for the sidebar and the CLI: the caller's role is checked first (team/roles.ts), UserErrors
 * and missing permissions become an error envelope, anything else is logged and rethrown. After an action that
 * queued mail, the automation owner's own click sends it at once, outside the lock (others' waits ≤ 5 min).
 */
import { isUserError } from '../core/errors';
import type { ApiResult } from '../shared/result';
import { takeQueuedFlag } from './mail';
import { drainMailQueue } from './team/mail-drain';
import { checkRole } from './team/roles';
import { translatePermissionError } from './team/scopes';

const MAIL_ACTIONS = new Set(['updateTicket', 'decideApproval', 'surveyResponse', 'logCase', 'completeCallback', 'weeklyReview', 'weeklyReviewTrigger']);

export function asApi<T>(name: string, fn: () => T, ticketId?: string): ApiResult<T> {
  try {
    checkRole(name);
    const data = fn();
    // Only an action that queued mail drains (two property reads otherwise spent on every save); mail queued by
    // others goes out with the owner's 5-minute trigger.
    if (takeQueuedFlag() && MAIL_ACTIONS.has(name)) drainAfter(name);
    return { ok: true, data };
  } catch (raw) {
    const e = isUserError(raw) ? raw : translatePermissionError(raw) ?? raw;
    if (isUserError(e)) {
      const error = { key: e.key, en: e.text.en, zh: e.text.zh, ...(e.field ? { field: e.field } : {}) };
      return { ok: false, error };
    }
    console.error(`AfterDesk ${name}${ticketId ? ` (ticket ${ticketId})` : ''} failed: ${e instanceof Error ? e.stack : String(e)}`);
    throw e;
  }
}

/** A failed send never fails the save that queued it: the message stays queued for the next drain. */
function drainAfter(name: string): void {
  try {
    drainMailQueue();
  } catch (e) {
    console.warn(`AfterDesk ${name}: mail stays queued (${String(e)})`);
  }
}
