/** Many messages at once (CLI `intent --batch`): one keyword matcher and one read of the learned words for all. */
import { detectIntent, type IntentResult } from '../../core/intents/detect';
import type { ActionContext } from '../context';
import { intentMatcherFor } from '../knowledge';
import { shopWordsFor } from './shop-words';

/** At most this many messages per call, so one call stays well inside the execution time limit. */
export const MAX_BATCH = 5000;

export function analyseTexts(ctx: ActionContext | null, texts: readonly string[]): IntentResult[] {
  const matcher = intentMatcherFor(ctx);
  const shop = shopWordsFor(ctx);
  return texts.slice(0, MAX_BATCH).map((t) => detectIntent(t, matcher, { shop }));
}
