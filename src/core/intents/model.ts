// The shipped intent and language models: their feature views (shared by training and inference) and lazy loading.

import type { ReasonKey } from '../../../sheets-templates/enums';
import { featureStrings, featureVector } from './features';
import { unpackModel, type LinearModel, type PackedModel } from './linear';
import { INTENT_MODEL, LANGUAGE_MODEL } from './model-data';

/** The model's classes: the reasons of DATA.md plus 'none' (no after-sales reason in the message). */
export const NONE = 'none';

/** What the keyword rules said, as the model sees it: matched reasons (with strength) and negated ones. */
export interface RuleEvidence {
  scores: ReadonlyMap<ReasonKey, number>;
  negated: readonly ReasonKey[];
}

export function ruleFeatures(rules: RuleEvidence): [string, number][] {
  const out: [string, number][] = [];
  let top: ReasonKey | null = null;
  let best = 0;
  for (const [r, s] of rules.scores) {
    if (s <= 0) continue;
    out.push([`R:${r}`, Math.min(s, 4) / 2]);
    if (s > best) {
      best = s;
      top = r;
    }
  }
  if (top) out.push([`T:${top}`, 1]);
  else out.push(['R:-', 1]);
  for (const r of rules.negated) out.push([`N:${r}`, 1]);
  return out;
}

/** The intent model's input: text features plus the rule evidence. */
export function intentVector(text: string, rules: RuleEvidence): { strings: string[]; vector: [number, number][] } {
  const strings = featureStrings(text);
  return { strings, vector: featureVector(strings, ruleFeatures(rules)) };
}

/** The language model's input (Latin-script text only: scripts and diacritics decide the rest). */
export function languageVector(text: string): [number, number][] {
  return featureVector(featureStrings(text, { latinOnly: true }));
}

let intentModel: LinearModel | null = null;
let languageModel: LinearModel | null = null;

export function builtInIntentModel(): LinearModel | null {
  if (!intentModel && (INTENT_MODEL as PackedModel).data) intentModel = unpackModel(INTENT_MODEL as PackedModel);
  return intentModel;
}

export function builtInLanguageModel(): LinearModel | null {
  if (!languageModel && (LANGUAGE_MODEL as PackedModel).data) languageModel = unpackModel(LANGUAGE_MODEL as PackedModel);
  return languageModel;
}
