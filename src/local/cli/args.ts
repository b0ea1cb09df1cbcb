/** Command-line parsing shared by the verbs: positional arguments plus --flags (CLI.md). */
import { parseArgs } from 'node:util';
import { zonedTimeToUtc } from '../../core/time';
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
    // Node's own messages run over several lines: the CLI's errors are one line (CLI.md).
    throw usage((e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' '));
  }
}

const NAIVE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/** Times given without an offset, by their provisional (as-if-UTC) value: resolved in the workbook's zone. */
const naive = new Map<number, number[]>();

/**
 * --now ISO → epoch ms (default: the real clock). A time without an offset is wall time in the workbook's zone
 * (CLI.md): it is returned provisionally and `resolveTime` places it once the workbook's zone is known.
 */
export function nowFlag(flags: Parsed['flags'], name = 'now'): number | undefined {
  const v = flags[name];
  if (v === undefined || v === true || v === false) return undefined;
  const text = String(v).trim();
  const m = NAIVE.exec(text);
  if (m) {
    const parts = m.slice(1).map((x) => Number(x ?? 0));
    const ms = Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!, parts[3]!, parts[4]!, parts[5]!);
    // Date.UTC rolls 2026-02-30 into March and 25:61 into the next day: a time that does not exist is refused.
    const back = new Date(ms);
    const real = back.getUTCMonth() === parts[1]! - 1 && back.getUTCDate() === parts[2] && back.getUTCHours() === parts[3] && back.getUTCMinutes() === parts[4];
    if (isNaN(ms) || !real) throw usage(`--${name} must be an ISO date-time, got "${text}"`);
    naive.set(ms, parts);
    return ms;
  }
  const ms = Date.parse(text);
  if (isNaN(ms)) throw usage(`--${name} must be an ISO date-time, got "${text}"`);
  return ms;
}

/** A time from nowFlag, placed in `timeZone` when it was given without an offset. */
export function resolveTime(ms: number | undefined, timeZone: string): number | undefined {
  if (ms === undefined) return undefined;
  const p = naive.get(ms);
  return p ? zonedTimeToUtc(timeZone, p[0]!, p[1]!, p[2]!, p[3]!, p[4]!, p[5]!) : ms;
}

export function str(flags: Parsed['flags'], name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}
