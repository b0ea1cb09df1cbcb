/** Command-line parsing shared by the verbs: positional arguments plus --flags (CLI.md). */
import { parseArgs } from 'node:util';
import { usage } from './errors';

export interface Parsed {
  positionals: string[];
  flags: Record<string, string | boolean | undefined>;
}

export function parse(argv: string[], options: Record<string, { type: 'string' | 'boolean' }>): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, now: { type: 'string' }, as: { type: 'string' }, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { positionals, flags: values as Parsed['flags'] };
  } catch (e) {
    throw usage(e instanceof Error ? e.message : String(e));
  }
}

/** --now ISO → epoch ms (default: the real clock). */
export function nowFlag(flags: Parsed['flags'], name = 'now'): number | undefined {
  const v = flags[name];
  if (v === undefined || v === true || v === false) return undefined;
  const ms = Date.parse(String(v));
  if (isNaN(ms)) throw usage(`--${name} must be an ISO date-time, got "${String(v)}"`);
  return ms;
}

export function str(flags: Parsed['flags'], name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}
