// CI guard on the labelled message sets: the old set's thresholds, the splits kept apart, and regression floors on the corpus test split.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../sheets-templates/enums';
import { LANGUAGE_THRESHOLD, OVERALL_THRESHOLD, evaluateIntents, loadCorpus, loadLabelled, predict } from '../../scripts/eval-intents';
import { score } from '../../scripts/eval-intents/score';
import { ALL_POOLS } from '../../scripts/intents-corpus/generate';
import { DEV_HARD, DEV_POOLS } from '../../scripts/intents-corpus/dev-pools';
import { ROUND11 } from '../../scripts/intents-corpus/lexicon-round11';
import { ROUND12 } from '../../scripts/intents-corpus/lexicon-round12';
import { ROUND13 } from '../../scripts/intents-corpus/lexicon-round13';
import { ROUND14 } from '../../scripts/intents-corpus/lexicon-round14';
import { ROUND15 } from '../../scripts/intents-corpus/lexicon-round15';
import { ROUND16 } from '../../scripts/intents-corpus/lexicon-round16';

/** Floors below the measured figures (docs/INTENTS.md), so a change that loses ground fails here. */
const CORPUS_FLOOR = 0.9;
const CORPUS_LANGUAGE_FLOOR = 0.85;
const HOLDOUT_FLOOR = 0.85;

describe('labelled intent set', () => {
  const set = loadLabelled();
  it('holds at least 30 messages per language', () => {
    for (const l of LANGUAGES) expect(set.filter((m) => m.language === l.key).length).toBeGreaterThanOrEqual(30);
  });
  it('meets the accuracy thresholds overall and per language, and the hold-out part improves on the rules alone', () => {
    const e = evaluateIntents(set);
    expect(e.overall.intentAccuracy).toBeGreaterThanOrEqual(OVERALL_THRESHOLD);
    for (const l of e.perLanguage) expect(l.intentAccuracy, l.language).toBeGreaterThanOrEqual(LANGUAGE_THRESHOLD);
    expect(e.overall.languageAccuracy).toBeGreaterThanOrEqual(OVERALL_THRESHOLD);
    expect(e.holdout.intentAccuracy).toBeGreaterThanOrEqual(HOLDOUT_FLOOR);
  });
});

describe('generated corpus test split', () => {
  const test = loadCorpus('test');
  const train = loadCorpus('train');
  const dev = loadCorpus('dev');
  it('never shares a message with the training split, and the development split shares none with either', () => {
    const seen = new Set(train.map((r) => r.text.toLowerCase()));
    expect(test.filter((r) => seen.has(r.text.toLowerCase()))).toEqual([]);
    expect(dev.filter((r) => seen.has(r.text.toLowerCase()))).toEqual([]);
    const tested = new Set(test.map((r) => r.text.toLowerCase()));
    expect(dev.filter((r) => tested.has(r.text.toLowerCase()))).toEqual([]);
    // Phrasings are written apart: no development phrasing is a training or test phrasing or a training sentence.
    const devPhrasings = Object.values({ ...DEV_POOLS }).flatMap((p) => Object.values(p).flat());
    for (const hard of Object.values(DEV_HARD)) devPhrasings.push(...Object.values(hard).flat());
    const written = new Set<string>();
    for (const p of ALL_POOLS) for (const pool of Object.values(p.pools)) for (const t of [...pool.train, ...pool.test]) written.add(t.toLowerCase());
    for (const round of [ROUND11, ROUND12, ROUND13, ROUND14, ROUND15, ROUND16]) for (const lang of Object.values(round)) for (const list of Object.values(lang)) for (const t of list ?? []) written.add(t.toLowerCase());
    expect(devPhrasings.length).toBeGreaterThan(500);
    expect(devPhrasings.filter((t) => written.has(t.toLowerCase()))).toEqual([]);
    for (const l of LANGUAGES) expect(dev.filter((r) => r.language === l.key).length, l.key).toBeGreaterThanOrEqual(150);
    for (const l of LANGUAGES) expect(test.filter((r) => r.language === l.key).length, l.key).toBeGreaterThanOrEqual(200);
  });
  it('stays above the regression floors and well above the keyword rules alone', () => {
    const model = score(predict(test));
    const rules = score(predict(test, { rulesOnly: true }));
    expect(model.accuracy).toBeGreaterThanOrEqual(CORPUS_FLOOR);
    for (const l of model.perLanguage) expect(l.accuracy, l.language).toBeGreaterThanOrEqual(CORPUS_LANGUAGE_FLOOR);
    expect(model.accuracy - rules.accuracy).toBeGreaterThan(0.3);
    expect(model.languageId).toBeGreaterThanOrEqual(0.95);
  });
});
