// Reads the hand-written blind sets (test/data/intents-written/*.jsonl, rows {text, language, intent}) for `eval:intents`; their lines are scored, never printed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, REASONS, type LanguageKey, type ReasonKey } from '../../sheets-templates/enums';

export interface WrittenRow {
  text: string;
  language: LanguageKey;
  intent: ReasonKey | null;
}

export interface WrittenSet {
  file: string;
  rows: WrittenRow[];
}

const LANGUAGE_KEYS = new Set<string>(LANGUAGES.map((l) => l.key));
const REASON_KEYS = new Set<string>(REASONS.map((r) => r.key));

/** One row, checked: a bad line names its file and line number (the set is someone else's work; it is never guessed at). */
export function parseWrittenLine(line: string, where: string): WrittenRow {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    throw new Error(`${where}: not a JSON object`);
  }
  const o = raw as Record<string, unknown>;
  if (!o || typeof o !== 'object' || typeof o.text !== 'string') throw new Error(`${where}: "text" must be a string`);
  if (typeof o.language !== 'string' || !LANGUAGE_KEYS.has(o.language)) throw new Error(`${where}: unknown "language"`);
  const intent = o.intent ?? null;
  if (intent !== null && (typeof intent !== 'string' || !REASON_KEYS.has(intent))) throw new Error(`${where}: "intent" must be a reason key or null`);
  return { text: o.text, language: o.language as LanguageKey, intent: intent as ReasonKey | null };
}

/** Every *.jsonl file of the directory (sorted by name), or [] when the directory does not exist. */
export function loadWrittenSets(dir: string): WrittenSet[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({
      file,
      rows: readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((line, i) => [line, i + 1] as const)
        .filter(([line]) => line.trim())
        .map(([line, n]) => parseWrittenLine(line, `${file}:${n}`)),
    }));
}
