// Intent detection: normalise → match keywords → negation → score reasons, detect language, suggest a priority.

import type { LanguageKey, PriorityKey, ReasonKey } from '../../../sheets-templates/enums';
import builtInRows from '../../../sheets-templates/data/intent-keywords.json';
import { detectLanguage } from './language';
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

export function detectIntent(text: string, matcher: IntentMatcher = builtInIntentMatcher()): IntentResult {
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
  const intents = [...score.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || (firstAt.get(a[0]) ?? 0) - (firstAt.get(b[0]) ?? 0))
    .map(([intent, s]) => ({ intent, score: Math.round(s * 100) / 100 }));
  const intent = intents.length > 0 ? intents[0].intent : null;
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

function suggestPriority(intent: ReasonKey | null, anger: number): PriorityKey {
  if (anger >= URGENT_ANGER) return 'urgent';
  if (anger >= HIGH_ANGER) return 'high';
  if (intent && LOW_PRIORITY_REASONS.has(intent)) return 'low';
  return 'normal';
}
