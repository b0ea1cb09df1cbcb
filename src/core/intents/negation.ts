// NegEx-style negation scope: a cue negates the keywords that start shortly after it, up to a clause break.

import type { KeywordHit } from './matcher';
import { isCjkOrThai } from './normalise';

/** Scope after a cue: up to this many characters in CJK/Thai text, up to this many tokens otherwise. */
export const CJK_SCOPE_CHARS = 4;
export const TOKEN_SCOPE = 3;

/** Punctuation that ends a clause; NFKC has already turned full-width ，！？ into their ASCII forms. */
const CLAUSE_PUNCTUATION = /[,.;:!?、。;\n…~]/;
/** Words that turn the sentence ("不要退款，但是…", "no refund but …"): the cue does not reach past them. */
const CJK_TURNS = ['但', '可是', '不过', '只是', '只要', '就', 'แต่', 'แค่', 'ขอ'];
const WORD_TURNS = new Set(['but', 'just', 'only', 'instead', 'tapi', 'tetapi', 'cuma', 'je', 'aja', 'saja', 'nhưng', 'mà', 'chỉ']);

/**
 * Marks keyword hits as negated. `hits` are the matcher's leftmost-longest hits in text order, so a
 * lexicalised negative (没收到, not received, ยังไม่ได้รับ) or an A-not-A question (能不能) has already
 * swallowed the 不/not inside it and never acts as a cue.
 */
export function negatedHits(text: string, hits: readonly KeywordHit[]): boolean[] {
  const negated = hits.map(() => false);
  let cueEnd = -1;
  let cueIsCjk = false;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    const kind = hit.row.kind ?? 'keyword';
    if (kind === 'negation') {
      cueEnd = hit.end;
      cueIsCjk = isCjkOrThai(text[hit.end - 1] ?? '') || isCjkOrThai(text[hit.end] ?? '');
      continue;
    }
    if (kind !== 'keyword' || cueEnd < 0) continue;
    const gap = text.slice(cueEnd, hit.start);
    if (inScope(gap, cueIsCjk)) negated[i] = true;
    else cueEnd = -1;
  }
  return negated;
}

function inScope(gap: string, cjk: boolean): boolean {
  if (CLAUSE_PUNCTUATION.test(gap)) return false;
  if (cjk) {
    if (CJK_TURNS.some((w) => gap.indexOf(w) >= 0)) return false;
    // The keyword must start within the next CJK_SCOPE_CHARS characters after the cue.
    return gap.replace(/\s+/g, '').length < CJK_SCOPE_CHARS;
  }
  const tokens = gap.split(/\s+/).filter((t) => t.length > 0);
  if (tokens.some((t) => WORD_TURNS.has(t))) return false;
  // The keyword must be one of the next TOKEN_SCOPE tokens after the cue.
  return tokens.length < TOKEN_SCOPE;
}
