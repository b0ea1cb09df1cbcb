/** `afterdesk intent --batch FILE --json`: one message a line in, one JSON object a line out, in the same order. */
import { readFileSync } from 'node:fs';
import { str, type Parsed } from '../args';
import { CliError, usage } from '../errors';
import { unwrap } from '../output';
import { openScratch, openWorkbook } from '../workbook';

interface Detected {
  intent: string | null;
  intents: { intent: string; score: number }[];
  language: string;
  negated: string[];
  priority: string;
}

/** Messages per bundle call: keeps each call's work bounded, like a server execution would be. */
const CHUNK = 1000;

export async function intentBatch(file: string, positionals: string[], flags: Parsed['flags']): Promise<void> {
  if (positionals.length) throw usage('usage: afterdesk intent --batch FILE [--workbook WB] --json (no TEXT with --batch)');
  let input: string;
  try {
    input = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`Cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const lines = input.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  const wbPath = str(flags, 'workbook');
  const wb = wbPath ? await openWorkbook(wbPath, {}) : await openScratch();
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += CHUNK) {
    const results = unwrap<Detected[]>(wb.bundle.call('apiDetectIntents', lines.slice(i, i + CHUNK)));
    for (const r of results) {
      out.push(flags.json
        ? JSON.stringify({ intent: r.intent, intents: r.intents, language: r.language, negated: r.negated })
        : `${r.intent ?? '(no intent)'}\t${r.language}\t${r.priority}`);
    }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}
