// Development-only: trains the Latin-script language model with given options and scores it on the development split (never the test split).
import { join } from 'node:path';
import { unpackModel, logits } from '../../src/core/intents/linear';
import { languageVector } from '../../src/core/intents/model';
import { LANGUAGE_OPTIONS, LATIN_LANGUAGES, languageExamples, pruneAndPack, readJsonl, trainSoftmax } from '../train-intents';

const ROOT = join(import.meta.dirname, '..', '..');
const train = readJsonl(join(ROOT, 'test/data/intents-corpus/train.jsonl'));
const dev = readJsonl(join(ROOT, 'test/data/intents-corpus/dev.jsonl')).filter((r) => LATIN_LANGUAGES.includes(r.language));
const examples = languageExamples(train);
for (const spec of process.argv.slice(2).length ? process.argv.slice(2) : ['{}']) {
  const o = { ...LANGUAGE_OPTIONS, ...JSON.parse(spec) };
  const packed = pruneAndPack(LATIN_LANGUAGES, trainSoftmax(examples, LATIN_LANGUAGES.length, o), o);
  const model = unpackModel(packed);
  const per = LATIN_LANGUAGES.map((l) => {
    const rows = dev.filter((r) => r.language === l);
    const ok = rows.filter((r) => {
      const z = logits(model, languageVector(r.text));
      return LATIN_LANGUAGES[z.indexOf(Math.max(...z))] === l;
    }).length;
    return [l, ok, rows.length] as const;
  });
  const all = per.reduce((s, [, ok]) => s + ok, 0) / per.reduce((s, [, , n]) => s + n, 0);
  console.log(spec, `${(packed.data.length / 1024).toFixed(0)} KB`, `${(all * 100).toFixed(1)}%`, per.map(([l, ok, n]) => `${l} ${((ok / n) * 100).toFixed(1)}%`).join(' '));
}
