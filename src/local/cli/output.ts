/** Printing results: one JSON document on stdout with --json, readable lines otherwise. */
import type { ApiResult } from '../../shared/result';
import { CliError } from './errors';

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Unwraps an API envelope: a user error becomes a one-line CLI error (exit 1). */
export function unwrap<T>(result: unknown): T {
  const r = result as ApiResult<T>;
  if (r && typeof r === 'object' && 'ok' in r) {
    if (r.ok) return r.data;
    throw new CliError(`${r.error.en}${r.error.field ? ` [${r.error.field}]` : ''} · ${r.error.zh}`);
  }
  return result as T;
}
