// Development-only: trains with given options and scores on the old labelled set's non-hold-out rows (never the corpus test split).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectIntent } from '../../src/core/intents/detect';
import { unpackModel } from '../../src/core/intents/linear';
import { INTENT_CLASSES, INTENT_OPTIONS, intentExamples, pruneAndPack, readJsonl, trainSoftmax } from '../train-intents';
import { pct, score } from './score';

const ROOT = join(import.meta.dirname, '..', '..');
// Template-wise split of the training file: every 4th phrasing of each label is development data.
const all = readJsonl(join(ROOT, 'test/data/intents-corpus/train.jsonl'));
const isDev = (t?: string) => Number(t?.split('/')[2]) % 4 === 3;
const train = all.filter((r) => !isDev(r.template));
const dev = all.filter((r) => isDev(r.template)).filter((_, i) => i % 2 === 0);
void readFileSync;
const examples = intentExamples(train);
for (const spec of process.argv.slice(2)) {
  const o = { ...INTENT_OPTIONS, ...JSON.parse(spec) };
  const packed = pruneAndPack(INTENT_CLASSES, trainSoftmax(examples, INTENT_CLASSES.length, o), o);
  const model = unpackModel(packed);
  for (const noneMin of [0.3, 0.4, 0.5, 0.6, 0.7]) {
    const t = score(dev.map((r) => ({ ...r, gotIntent: detectIntent(r.text, undefined, { model, noneMin }).intent, gotLanguage: r.language })));
    console.log(`  noneMin ${noneMin}: ${pct(t.accuracy)} no reason ${pct(t.noReason)}`);
  }
  const s = score(dev.map((r) => ({ ...r, gotIntent: detectIntent(r.text, undefined, { model }).intent, gotLanguage: r.language })));
  console.log(spec, `${(packed.data.length / 1024).toFixed(0)} KB`, pct(s.accuracy), s.perLanguage.map((l) => `${l.language} ${pct(l.accuracy)}`).join(' '));
}
if (process.env.MISSES) {
  const o = { ...INTENT_OPTIONS, minWeight: 0.5, maxFeatures: 8000 };
  const model = unpackModel(pruneAndPack(INTENT_CLASSES, trainSoftmax(examples, INTENT_CLASSES.length, o), o));
  const rulesOnly = score(dev.map((r) => ({ ...r, gotIntent: detectIntent(r.text, undefined, { model: null }).intent, gotLanguage: r.language })));
  console.log('rules only', pct(rulesOnly.accuracy), 'no reason', pct(rulesOnly.noReason));
  const s = score(dev.map((r) => ({ ...r, gotIntent: detectIntent(r.text, undefined, { model }).intent, gotLanguage: r.language })));
  console.log('combined no-reason', pct(s.noReason), s.perReason.map((x) => `${x.reason} r${pct(x.recall)} p${pct(x.precision)}`).join(' | '));
  const seen = new Set<string>();
  for (const m of s.misses) {
    const key = (m as any).template;
    if (seen.has(key)) continue;
    seen.add(key);
    console.log(`${m.language} ${m.intent} → ${m.gotIntent}: ${m.text}`);
  }
}
