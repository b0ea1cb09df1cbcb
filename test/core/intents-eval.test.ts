// CI guard on the labelled message sets: the old set's thresholds, and regression floors on the corpus test split.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../sheets-templates/enums';
import { LANGUAGE_THRESHOLD, OVERALL_THRESHOLD, evaluateIntents, loadCorpus, loadLabelled, predict } from '../../scripts/eval-intents';
import { score } from '../../scripts/eval-intents/score';

/** Floors below the measured figures (docs/INTENTS.md), so a change that loses ground fails here. */
const CORPUS_FLOOR = 0.75;
const CORPUS_LANGUAGE_FLOOR = 0.65;
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
  it('never shares a message with the training split', () => {
    const seen = new Set(train.map((r) => r.text.toLowerCase()));
    expect(test.filter((r) => seen.has(r.text.toLowerCase()))).toEqual([]);
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
