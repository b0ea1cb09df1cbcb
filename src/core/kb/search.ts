// Knowledge-base search: a BM25 index over weighted article fields, with boosts for the case's reason, SKU and language.

import type { LanguageKey, ReasonKey } from '../../../sheets-templates/enums';
import { type Bm25Document, type Bm25Index, buildBm25, scoreBm25 } from './bm25';
import { tokenise } from './tokenise';

export interface KbArticle {
  id: string;
  title: string;
  question: string;
  answer: string;
  keywords: string;
  reason: ReasonKey | null;
  sku: string;
  language: LanguageKey | null;
  uses?: number;
}

export interface KbHit {
  id: string;
  score: number;
  title: string;
  snippet: string;
}

export interface KbSearchOptions {
  limit?: number;
  reason?: ReasonKey | null;
  language?: LanguageKey | null;
  sku?: string;
}

export interface KbIndex {
  articles: KbArticle[];
  main: Bm25Index;
  /** Single Han characters, searched only when the query is one character ("碎", "退"). */
  unigram: Bm25Index;
}

/** Field weights: the title counts twice (METHODS.md), the others once. */
export const FIELD_WEIGHTS = { title: 2, question: 1, answer: 1, keywords: 1 } as const;
/** Multipliers on the BM25 score when the article fits the case at hand. */
export const REASON_BOOST = 1.5;
export const SKU_BOOST = 2;
export const LANGUAGE_BOOST = 1.2;
/** Articles agents used often rank a little higher: × (1 + USES_BOOST · ln(1 + uses)). */
export const USES_BOOST = 0.05;
export const DEFAULT_LIMIT = 3;
export const SNIPPET_CHARS = 120;
/** Longer queries are cut: nobody types more, and a pasted chat must not stall the sidebar. */
export const MAX_QUERY_CHARS = 500;

export function buildKbIndex(articles: KbArticle[]): KbIndex {
  const main: Bm25Document[] = [];
  const unigram: Bm25Document[] = [];
  for (const a of articles) {
    const doc: Bm25Document = { tf: new Map(), length: 0 };
    const uni: Bm25Document = { tf: new Map(), length: 0 };
    for (const field of ['title', 'question', 'answer', 'keywords'] as const) {
      const w = FIELD_WEIGHTS[field];
      const t = tokenise(a[field] ?? '');
      for (const term of t.terms) add(doc, term, w);
      for (const term of t.folded) add(doc, term, w);
      doc.length += w * t.terms.length;
      for (const term of t.unigrams) add(uni, term, w);
      uni.length += w * t.unigrams.length;
    }
    main.push(doc);
    unigram.push(uni);
  }
  return { articles: articles.slice(), main: buildBm25(main), unigram: buildBm25(unigram) };
}

function add(doc: Bm25Document, term: string, w: number): void {
  doc.tf.set(term, (doc.tf.get(term) ?? 0) + w);
}

export function searchKb(index: KbIndex, query: string, opts: KbSearchOptions = {}): KbHit[] {
  const q = tokenise(String(query ?? '').slice(0, MAX_QUERY_CHARS));
  if (q.terms.length === 0) return [];
  // Query words are looked up as typed: an accented word ("tiền") matches only itself, an unaccented one
  // ("tien") matches plain words and the folded twins of accented ones, so both typing habits find the article.
  const terms = q.terms;
  const singleHan = q.terms.length === 1 && q.unigrams.length === 1 && q.terms[0] === q.unigrams[0];
  const raw = singleHan ? scoreBm25(index.unigram, q.unigrams) : scoreBm25(index.main, terms);
  const sku = (opts.sku ?? '').trim().toLowerCase();
  const ranked: { d: number; score: number }[] = [];
  for (const [d, s] of raw) {
    const a = index.articles[d];
    let score = s;
    if (opts.reason && a.reason === opts.reason) score *= REASON_BOOST;
    if (sku && a.sku && a.sku.trim().toLowerCase() === sku) score *= SKU_BOOST;
    if (opts.language && a.language === opts.language) score *= LANGUAGE_BOOST;
    if (a.uses && a.uses > 0) score *= 1 + USES_BOOST * Math.log(1 + a.uses);
    ranked.push({ d, score });
  }
  ranked.sort((x, y) => y.score - x.score || x.d - y.d);
  const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
  return ranked.slice(0, limit).map(({ d, score }) => {
    const a = index.articles[d];
    return { id: a.id, score: Math.round(score * 10000) / 10000, title: a.title, snippet: snippet(a.answer, q.terms) };
  });
}

/** The answer sentence sharing most terms with the query, cut to SNIPPET_CHARS. */
export function snippet(answer: string, queryTerms: readonly string[]): string {
  const sentences = String(answer ?? '')
    .split(/(?<=[。！？!?.\n])\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (sentences.length === 0) return '';
  const wanted = new Set(queryTerms);
  let best = sentences[0];
  let bestHits = -1;
  for (const s of sentences) {
    const t = tokenise(s);
    const hits = t.terms.filter((x) => wanted.has(x)).length + t.folded.filter((x) => wanted.has(x)).length;
    if (hits > bestHits) {
      best = s;
      bestHits = hits;
    }
  }
  const chars = Array.from(best);
  return chars.length > SNIPPET_CHARS ? chars.slice(0, SNIPPET_CHARS - 1).join('') + '…' : best;
}
