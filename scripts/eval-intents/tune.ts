// Development-only: trains with given options on the whole training file and scores the development split (dev.jsonl), never the test split.
import { join } from 'node:path';
import { detectIntent } from '../../src/core/intents/detect';
import { unpackModel } from '../../src/core/intents/linear';
import { INTENT_CLASSES, INTENT_OPTIONS, intentExamples, pruneAndPack, readJsonl, trainAveraged } from '../train-intents';
import { pct, score } from './score';

const ROOT = join(import.meta.dirname, '..', '..');
const train = readJsonl(join(ROOT, 'test/data/intents-corpus/train.jsonl'));
const dev = readJsonl(join(ROOT, 'test/data/intents-corpus/dev.jsonl'));
const examples = intentExamples(train);
const specs = process.argv.slice(2);
for (const spec of specs.length ? specs : ['{}']) {
  const o = { ...INTENT_OPTIONS, ...JSON.parse(spec) };
  const t0 = Date.now();
  const packed = pruneAndPack(INTENT_CLASSES, trainAveraged(examples, INTENT_CLASSES.length, o), o);
  const model = unpackModel(packed);
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  const run = (noneMin?: number) => score(dev.map((r) => ({ ...r, gotIntent: detectIntent(r.text, undefined, { model, noneMin }).intent, gotLanguage: r.language })));
  for (const noneMin of [0.4, 0.5, 0.6, 0.7, 0.8]) {
    const t = run(noneMin);
    console.log(`  noneMin ${noneMin}: ${pct(t.accuracy)} no reason ${pct(t.noReason)}`);
  }
  const s = run();
  console.log(spec, `${(packed.data.length / 1024).toFixed(0)} KB ${secs}s`, pct(s.accuracy), s.perLanguage.map((l) => `${l.language} ${pct(l.accuracy)}`).join(' '));
  if (process.env.MISSES) {
    console.log(s.perReason.map((x) => `${x.reason} r${pct(x.recall)} p${pct(x.precision)}`).join(' | '));
    for (const m of s.misses) console.log(`  ${m.language} ${m.intent} → ${m.gotIntent}: ${m.text}`);
  }
}
