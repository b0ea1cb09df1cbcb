// CI guard on the labelled message set: the same thresholds as scripts/eval-intents.ts.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../sheets-templates/enums';
import { LANGUAGE_THRESHOLD, OVERALL_THRESHOLD, evaluateIntents, loadLabelled } from '../../scripts/eval-intents';

describe('labelled intent set', () => {
  const set = loadLabelled();
  it('holds at least 30 messages per language', () => {
    for (const l of LANGUAGES) expect(set.filter((m) => m.language === l.key).length).toBeGreaterThanOrEqual(30);
  });
  it('meets the accuracy thresholds overall and per language', () => {
    const e = evaluateIntents(set);
    expect(e.overall.intentAccuracy).toBeGreaterThanOrEqual(OVERALL_THRESHOLD);
    for (const l of e.perLanguage) expect(l.intentAccuracy, l.language).toBeGreaterThanOrEqual(LANGUAGE_THRESHOLD);
    expect(e.overall.languageAccuracy).toBeGreaterThanOrEqual(OVERALL_THRESHOLD);
  });
});
