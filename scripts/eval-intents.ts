// Evaluates intent and language detection on test/data/intents-labelled.json; exits 1 below the accuracy thresholds.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGUAGES, type LanguageKey, type ReasonKey } from '../sheets-templates/enums';
import { detectIntent } from '../src/core/intents/detect';

export interface LabelledMessage {
  text: string;
  language: LanguageKey;
  intent: ReasonKey | null;
  /** 'holdout' rows were written after the keyword table and never used to tune it. */
  split?: 'holdout';
}

export interface LanguageScore {
  language: LanguageKey;
  n: number;
  intentAccuracy: number;
  languageAccuracy: number;
}

export interface IntentEvaluation {
  perLanguage: LanguageScore[];
  overall: { n: number; intentAccuracy: number; languageAccuracy: number };
  holdout: { n: number; intentAccuracy: number; languageAccuracy: number };
  misses: { text: string; language: LanguageKey; expected: ReasonKey | null; got: ReasonKey | null; gotLanguage: LanguageKey }[];
}

export const OVERALL_THRESHOLD = 0.9;
export const LANGUAGE_THRESHOLD = 0.8;

export function loadLabelled(): LabelledMessage[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return JSON.parse(readFileSync(join(here, '..', 'test', 'data', 'intents-labelled.json'), 'utf8')) as LabelledMessage[];
}

export function evaluateIntents(set: LabelledMessage[]): IntentEvaluation {
  const misses: IntentEvaluation['misses'] = [];
  const tally = (rows: LabelledMessage[]) => {
    let intentOk = 0;
    let languageOk = 0;
    for (const row of rows) {
      const r = detectIntent(row.text);
      if (r.intent === row.intent) intentOk++;
      if (r.language === row.language) languageOk++;
    }
    const n = rows.length;
    return { n, intentAccuracy: n ? intentOk / n : 0, languageAccuracy: n ? languageOk / n : 0 };
  };
  for (const row of set) {
    const r = detectIntent(row.text);
    if (r.intent !== row.intent || r.language !== row.language) {
      misses.push({ text: row.text, language: row.language, expected: row.intent, got: r.intent, gotLanguage: r.language });
    }
  }
  return {
    perLanguage: LANGUAGES.map((l) => ({ language: l.key, ...tally(set.filter((row) => row.language === l.key)) })),
    overall: tally(set),
    holdout: tally(set.filter((row) => row.split === 'holdout')),
    misses,
  };
}

export function passes(e: IntentEvaluation): boolean {
  return e.overall.intentAccuracy >= OVERALL_THRESHOLD && e.perLanguage.every((l) => l.intentAccuracy >= LANGUAGE_THRESHOLD);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function main(): void {
  const e = evaluateIntents(loadLabelled());
  const rows = [
    ...e.perLanguage.map((l) => [l.language, String(l.n), pct(l.intentAccuracy), pct(l.languageAccuracy)]),
    ['overall', String(e.overall.n), pct(e.overall.intentAccuracy), pct(e.overall.languageAccuracy)],
    ['(holdout)', String(e.holdout.n), pct(e.holdout.intentAccuracy), pct(e.holdout.languageAccuracy)],
  ];
  console.log(['language', 'n', 'intent', 'language-id'].map((h) => h.padEnd(10)).join(' '));
  for (const r of rows) console.log(r.map((c) => c.padEnd(10)).join(' '));
  if (e.misses.length) {
    console.log(`\nmisses (${e.misses.length}):`);
    for (const m of e.misses) {
      console.log(`  [${m.language}→${m.gotLanguage}] expected ${m.expected ?? 'null'}, got ${m.got ?? 'null'}: ${m.text}`);
    }
  }
  const ok = passes(e);
  console.log(`\n${ok ? 'PASS' : 'FAIL'}: overall ≥ ${pct(OVERALL_THRESHOLD)} and every language ≥ ${pct(LANGUAGE_THRESHOLD)}`);
  if (!ok) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
