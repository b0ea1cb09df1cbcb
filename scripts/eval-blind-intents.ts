/** Scores the built-in intent detector on the frozen hand-written blind set (test/data/intents-written/blind.jsonl). */
import { readFileSync, writeFileSync } from 'node:fs';
import { builtInIntentMatcher, detectIntent } from '../src/core/intents/detect';
import { LANGUAGES, REASONS } from '../sheets-templates/enums';

interface Row {
  text: string;
  language: string;
  intent: string | null;
}

const FILE = 'test/data/intents-written/blind.jsonl';
const rows: Row[] = readFileSync(FILE, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

const matcher = builtInIntentMatcher();
const langs = LANGUAGES.map((l) => l.key);
const classes = [...REASONS.map((r) => r.key as string), 'null'];
const key = (x: string | null): string => x ?? 'null';
const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '—');

type Tally = { n: number; ok: number; predNull: number; langOk: number };
const byLang = new Map<string, Tally>();
const recall = new Map<string, { n: number; ok: number }>(); // `${lang}|${class}` and `all|${class}`
const predicted = new Map<string, number>(); // all|class → times predicted (for precision)
const misses: string[] = [];

for (const r of rows) {
  const res = detectIntent(r.text, matcher);
  const got = key(res.intent ?? null);
  const want = key(r.intent);
  const t = byLang.get(r.language) ?? { n: 0, ok: 0, predNull: 0, langOk: 0 };
  t.n++;
  if (got === want) t.ok++;
  if (got === 'null') t.predNull++;
  if (res.language === r.language) t.langOk++;
  byLang.set(r.language, t);
  for (const k of [`${r.language}|${want}`, `all|${want}`]) {
    const c = recall.get(k) ?? { n: 0, ok: 0 };
    c.n++;
    if (got === want) c.ok++;
    recall.set(k, c);
  }
  predicted.set(got, (predicted.get(got) ?? 0) + 1);
  if (got !== want) misses.push(`${r.language}\twant ${want}\tgot ${got}\tlang ${res.language}\t${r.text}`);
}

const all = [...byLang.values()].reduce((a, t) => ({ n: a.n + t.n, ok: a.ok + t.ok, predNull: a.predNull + t.predNull, langOk: a.langOk + t.langOk }), { n: 0, ok: 0, predNull: 0, langOk: 0 });
const trueNull = (l: string): number => recall.get(`${l}|null`)?.n ?? 0;

console.log(`Blind set ${FILE}: ${rows.length} messages\n`);
console.log('language  n    accuracy  no-reason rate (true)  language id');
for (const l of [...langs, 'all']) {
  const t = l === 'all' ? all : byLang.get(l);
  if (!t) continue;
  const tn = l === 'all' ? rows.filter((r) => r.intent === null).length : trueNull(l);
  console.log(`${l.padEnd(9)} ${String(t.n).padEnd(4)} ${pct(t.ok, t.n).padStart(6)} %  ${pct(t.predNull, t.n).padStart(6)} % (${pct(tn, t.n)} %)     ${pct(t.langOk, t.n).padStart(6)} %`);
}

console.log('\nrecall per reason (%), by language; last column precision over all languages');
console.log('reason'.padEnd(18) + [...langs, 'all'].map((l) => l.padStart(7)).join('') + '   prec');
for (const c of classes) {
  const cells = [...langs, 'all'].map((l) => {
    const x = recall.get(`${l}|${c}`);
    return (x ? pct(x.ok, x.n) : '—').padStart(7);
  });
  const tp = recall.get(`all|${c}`)?.ok ?? 0;
  console.log(c.padEnd(18) + cells.join('') + pct(tp, predicted.get(c) ?? 0).padStart(7));
}

const out = process.argv[2];
if (out) {
  writeFileSync(out, misses.join('\n') + '\n');
  console.log(`\n${misses.length} misses written to ${out}`);
}
