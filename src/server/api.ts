/** Wraps an action for the sidebar and the CLI: UserErrors become an error envelope, anything else is logged and rethrown. */
import { isUserError } from '../core/errors';
import type { ApiResult } from '../shared/result';

export function asApi<T>(name: string, fn: () => T, ticketId?: string): ApiResult<T> {
  try {
    return { ok: true, data: fn() };
  } catch (e) {
    if (isUserError(e)) {
      const error = { key: e.key, en: e.text.en, zh: e.text.zh, ...(e.field ? { field: e.field } : {}) };
      return { ok: false, error };
    }
    console.error(`AfterDesk ${name}${ticketId ? ` (ticket ${ticketId})` : ''} failed: ${e instanceof Error ? e.stack : String(e)}`);
    throw e;
  }
}
