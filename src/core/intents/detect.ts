// Intent detection: keyword rules (normalise → match → negation) combined with the shipped linear model and the shop's learned words.

import type { LanguageKey, PriorityKey, ReasonKey } from '../../../sheets-templates/enums';
import builtInRows from '../../../sheets-templates/data/intent-keywords.json';
import { detectLanguage } from './language';
import { logits, softmax, type LinearModel } from './linear';
import { NONE, builtInIntentModel, intentVector } from './model';
import { applyShopWords, type ShopWords } from './shop';
import { buildIntentMatcher, type IntentKeywordRow, type IntentMatcher } from './matcher';
import { negatedHits } from './negation';
import { MAX_ANALYSED_CHARS, normaliseMessage } from './normalise';

export interface IntentMatch {
  keyword: string;
  reason: ReasonKey;
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  negated: boolean;
}

export interface IntentResult {
  intent: ReasonKey | null;
  intents: { intent: ReasonKey; score: number }[];
  language: LanguageKey;
  negated: ReasonKey[];
  priority: PriorityKey;
  anger: number;
  matches: IntentMatch[];
  /** True when the message was longer than MAX_ANALYSED_CHARS and only its beginning was analysed. */
  truncated: boolean;
}

/** Anger at or above these totals raises the suggested priority. */
export const URGENT_ANGER = 2;
export const HIGH_ANGER = 1;
/** Questions, not problems: with no anger they can wait. */
const LOW_PRIORITY_REASONS: ReadonlySet<ReasonKey> = new Set<ReasonKey>(['size', 'logistics']);

export const BUILT_IN_KEYWORDS: readonly IntentKeywordRow[] = builtInRows as IntentKeywordRow[];

let builtIn: IntentMatcher | null = null;
/** The matcher over the shipped keyword table, built on first use and kept. */
export function builtInIntentMatcher(): IntentMatcher {
  if (!builtIn) builtIn = buildIntentMatcher(BUILT_IN_KEYWORDS);
  return builtIn;
}

export interface DetectOptions {
  /** The statistical model (default: the shipped one; null = keyword rules alone, as before the model). */
  model?: LinearModel | null;
  /** What this shop's own tickets taught (see shop.ts). */
  shop?: ShopWords | null;
  /** Override of NONE_MIN (evaluation and tuning only). */
  noneMin?: number;
}

/**
 * "No reason" needs the model's 'none' class to reach this probability; otherwise the likeliest reason is named.
 * Chosen on the development split (0.3 → 94.5 %, 0.4 → 94.5 %, 0.5 → 94.2 %): 0.4 keeps "no reason" precision at 100 %.
 */
export const NONE_MIN = 0.4;

/** A rule match at least this strong, and not contradicted by the model, wins outright (rules are precise). */
export const STRONG_RULE = 2;
/** …unless the model gives its reason less than this probability. */
export const RULE_VETO = 0.15;
/** Reasons listed in `intents` need at least this probability. */
const LIST_MIN = 0.1;

export function detectIntent(text: string, matcher: IntentMatcher = builtInIntentMatcher(), options: DetectOptions = {}): IntentResult {
  const norm = normaliseMessage(typeof text === 'string' ? text : String(text ?? ''), MAX_ANALYSED_CHARS);
  const hits = matcher.find(norm.text);
  const negatedFlags = negatedHits(norm.text, hits);

  const score = new Map<ReasonKey, number>();
  const firstAt = new Map<ReasonKey, number>();
  const negatedOnly = new Set<ReasonKey>();
  const matches: IntentMatch[] = [];
  let anger = 0;
  hits.forEach((hit, i) => {
    const kind = hit.row.kind ?? 'keyword';
    if (kind === 'anger') anger += Number(hit.row.weight) || 0;
    if (kind !== 'keyword' || !hit.row.reason) return;
    const reason = hit.row.reason;
    const negated = negatedFlags[i];
    matches.push({
      keyword: hit.row.keyword,
      reason,
      start: norm.origin[hit.start],
      end: norm.origin[hit.end - 1] + 1,
      negated,
    });
    if (negated) {
      if (!score.has(reason)) negatedOnly.add(reason);
      return;
    }
    negatedOnly.delete(reason);
    score.set(reason, (score.get(reason) ?? 0) + (Number(hit.row.weight) || 0));
    if (!firstAt.has(reason)) firstAt.set(reason, hit.start);
  });

  // Highest score first; on a tie the reason mentioned first wins (customers lead with the problem).
  const ruleIntents = [...score.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || (firstAt.get(a[0]) ?? 0) - (firstAt.get(b[0]) ?? 0))
    .map(([intent, s]) => ({ intent, score: Math.round(s * 100) / 100 }));
  const model = options.model === undefined ? builtInIntentModel() : options.model;
  const { intent, intents } = model
    ? combine(model, norm.text, { scores: score, negated: [...negatedOnly] }, ruleIntents, options.shop ?? null, options.noneMin ?? NONE_MIN)
    : { intent: ruleIntents.length > 0 ? ruleIntents[0].intent : null, intents: ruleIntents };
  anger = Math.round(anger * 100) / 100;
  return {
    intent,
    intents,
    // Language is read before Traditional → Simplified folding, which would erase the zh-TW signal.
    language: detectLanguage(norm.truncated ? text.slice(0, MAX_ANALYSED_CHARS) : text),
    negated: [...negatedOnly],
    priority: suggestPriority(intent, anger),
    anger,
    matches,
    truncated: norm.truncated,
  };
}

/**
 * Model probabilities (text features + rule evidence + the shop's learned words) decide; a strong, unambiguous
 * keyword match wins unless the model all but rules its reason out. "No reason" only when the model's best class
 * is 'none' (greetings, thanks, praise) or the message has no words at all.
 */
function combine(
  model: LinearModel,
  text: string,
  rules: { scores: Map<ReasonKey, number>; negated: ReasonKey[] },
  ruleIntents: { intent: ReasonKey; score: number }[],
  shop: ShopWords | null,
  noneMin: number,
): { intent: ReasonKey | null; intents: { intent: ReasonKey; score: number }[] } {
  const { strings, vector } = intentVector(text, rules);
  // No letters at all (empty, digits, emoji, punctuation): nothing to understand.
  if (!ruleIntents.length && !/\p{L}/u.test(text)) return { intent: null, intents: [] };
  const z = logits(model, vector);
  if (shop) applyShopWords(shop, strings, model.classes, z);
  const p = softmax(z);
  const prob = (c: string) => p[model.classes.indexOf(c)] ?? 0;
  let best = -1;
  for (let i = 0; i < p.length; i++) if (model.classes[i] !== NONE && (best < 0 || p[i] > p[best])) best = i;
  let intent: ReasonKey | null = prob(NONE) >= noneMin || best < 0 ? null : (model.classes[best] as ReasonKey);
  const top = ruleIntents[0];
  const unique = top && (ruleIntents.length < 2 || ruleIntents[1].score < top.score);
  if (top && unique && top.score >= STRONG_RULE && prob(top.intent) >= RULE_VETO) intent = top.intent;
  const intents = model.classes
    .map((c, i) => ({ intent: c as ReasonKey, score: Math.round(p[i] * 100) / 100 }))
    .filter((x) => (x.intent as string) !== NONE && (x.score >= LIST_MIN || x.intent === intent))
    .sort((a, b) => (b.intent === intent ? 1 : 0) - (a.intent === intent ? 1 : 0) || b.score - a.score);
  return { intent, intents };
}

function suggestPriority(intent: ReasonKey | null, anger: number): PriorityKey {
  if (anger >= URGENT_ANGER) return 'urgent';
  if (anger >= HIGH_ANGER) return 'high';
  if (intent && LOW_PRIORITY_REASONS.has(intent)) return 'low';
  return 'normal';
}
