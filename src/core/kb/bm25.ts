// Okapi BM25 (k1 = 1.2, b = 0.75) over weighted fields, as an inverted index built once per KB.

/** One document as term frequencies and its length (both already field-weighted). */
export interface Bm25Document {
  tf: Map<string, number>;
  length: number;
}

export interface Bm25Index {
  docs: Bm25Document[];
  /** term → indexes of documents containing it */
  postings: Map<string, number[]>;
  avgLength: number;
  k1: number;
  b: number;
}

export const K1 = 1.2;
export const B = 0.75;

export function buildBm25(docs: Bm25Document[], k1: number = K1, b: number = B): Bm25Index {
  const postings = new Map<string, number[]>();
  let total = 0;
  docs.forEach((doc, d) => {
    total += doc.length;
    for (const term of doc.tf.keys()) {
      const list = postings.get(term);
      if (list) list.push(d);
      else postings.set(term, [d]);
    }
  });
  return { docs, postings, avgLength: docs.length ? total / docs.length : 0, k1, b };
}

/** idf = ln(1 + (N − n + 0.5) / (n + 0.5)): the Lucene form, never negative for very common terms. */
export function idf(index: Bm25Index, term: string): number {
  const n = index.postings.get(term)?.length ?? 0;
  const N = index.docs.length;
  return Math.log(1 + (N - n + 0.5) / (n + 0.5));
}

/**
 * Scores every document sharing a term with the query: Σ idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)).
 * Query terms are de-duplicated, so typing "退款退款" does not double the weight of 退款.
 */
export function scoreBm25(index: Bm25Index, queryTerms: readonly string[]): Map<number, number> {
  const scores = new Map<number, number>();
  const { k1, b, avgLength } = index;
  for (const term of new Set(queryTerms)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const w = idf(index, term);
    for (const d of list) {
      const doc = index.docs[d];
      const tf = doc.tf.get(term) ?? 0;
      const norm = avgLength > 0 ? doc.length / avgLength : 1;
      const s = (w * tf * (k1 + 1)) / (tf + k1 * (1 - b + b * norm));
      scores.set(d, (scores.get(d) ?? 0) + s);
    }
  }
  return scores;
}
