// Learning each shop's words: term × reason counts from its own tickets, turned into a bounded shift of the model's scores.

import { REASONS, type ReasonKey } from '../../../sheets-templates/enums';
import { featureStrings } from './features';

export const SHOP_REASONS: readonly ReasonKey[] = REASONS.map((r) => r.key);

/** A term counts only once this many (weighted) tickets carried it: one mislabelled ticket never teaches anything. */
export const MIN_SUPPORT = 2;
/** Pseudo-count pulling each term's reason mix toward the shop's overall mix (empirical-Bayes shrinkage). */
export const SHRINK = 2;
/** How strongly the shop's evidence moves the model's scores. */
export const SHOP_STRENGTH = 3;
/** A single term may move a score by at most this much (before the length normalisation). */
const TERM_CAP = 3;
/** An agent's correction of the suggested reason weighs this much (an agreed suggestion weighs 1). */
export const CORRECTION_WEIGHT = 1.5;
/** At most this many terms are kept (the most frequent), so the store stays small. */
export const MAX_TERMS = 4000;

export interface ShopWords {
  /** term → weighted count per reason (SHOP_REASONS order). */
  terms: Map<string, number[]>;
  /** Weighted tickets per reason. */
  totals: number[];
}

export function emptyShopWords(): ShopWords {
  return { terms: new Map(), totals: SHOP_REASONS.map(() => 0) };
}

/** The terms a shop learns: words, word pairs, and 2–3 character Han / 3–4 character Thai pieces (not the char n-grams). */
export function learnableTerms(strings: readonly string[]): string[] {
  return strings.filter((s) => {
    const tag = s[0];
    const len = Array.from(s).length - 2;
    if (tag === 'w') return len >= 2 && s !== 'w:#' && s !== 'w:0';
    if (tag === 'b') return !s.includes(' $') && !s.startsWith('b:^');
    if (tag === 'h') return len >= 2 && len <= 3;
    if (tag === 't') return len >= 3 && len <= 4;
    return false;
  });
}

/** Adds one labelled message (a ticket's description with the reason the agent chose). */
export function addExample(shop: ShopWords, text: string, reason: ReasonKey, weight = 1): void {
  const r = SHOP_REASONS.indexOf(reason);
  if (r < 0 || !(weight > 0)) return;
  shop.totals[r] += weight;
  for (const term of learnableTerms(featureStrings(text))) {
    let row = shop.terms.get(term);
    if (!row) shop.terms.set(term, (row = SHOP_REASONS.map(() => 0)));
    row[r] += weight;
  }
}

/** Adds the shop's evidence to the model's logits `z` (classes in model order), in place. */
export function applyShopWords(shop: ShopWords, strings: readonly string[], classes: readonly string[], z: number[]): void {
  const all = shop.totals.reduce((a, b) => a + b, 0);
  if (all <= 0) return;
  const prior = shop.totals.map((t) => (t + 0.5) / (all + 0.5 * shop.totals.length));
  const shift = SHOP_REASONS.map(() => 0);
  let used = 0;
  const terms = learnableTerms(strings);
  for (const term of terms) {
    const row = shop.terms.get(term);
    if (!row) continue;
    const support = row.reduce((a, b) => a + b, 0);
    if (support < MIN_SUPPORT) continue;
    used++;
    for (let r = 0; r < row.length; r++) {
      const share = (row[r] + SHRINK * prior[r]) / (support + SHRINK);
      shift[r] += Math.max(-TERM_CAP, Math.min(TERM_CAP, Math.log(share / prior[r])));
    }
  }
  if (!used) return;
  // Normalised by the message's learnable terms, so a long message does not outvote the model by length alone.
  const norm = SHOP_STRENGTH / Math.sqrt(Math.max(terms.length, 1));
  SHOP_REASONS.forEach((reason, r) => {
    const c = classes.indexOf(reason);
    if (c >= 0) z[c] += shift[r] * norm;
  });
}

/** Keeps the MAX_TERMS best-supported terms (ties: alphabetical, so the result is deterministic). */
export function pruneShopWords(shop: ShopWords, max = MAX_TERMS): void {
  if (shop.terms.size <= max) return;
  const ranked = [...shop.terms.entries()]
    .map(([t, row]) => [t, row.reduce((a, b) => a + b, 0)] as const)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  for (const [t] of ranked.slice(max)) shop.terms.delete(t);
}

/** Compact text form of one count row: "damaged 3 · wrong_item 1.5" (zero reasons left out). */
export function formatCounts(row: readonly number[]): string {
  return row
    .map((c, r) => (c > 0 ? `${SHOP_REASONS[r]} ${Math.round(c * 10) / 10}` : ''))
    .filter((s) => s)
    .join(' · ');
}

export function parseCounts(text: string): number[] {
  const row = SHOP_REASONS.map(() => 0);
  for (const part of String(text ?? '').split('·')) {
    const m = /^\s*([a-z_]+)\s+([0-9.]+)\s*$/.exec(part);
    if (!m) continue;
    const r = SHOP_REASONS.indexOf(m[1] as ReasonKey);
    if (r >= 0 && isFinite(Number(m[2]))) row[r] = Number(m[2]);
  }
  return row;
}
