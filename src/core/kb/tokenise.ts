// KB tokeniser: CJK character bigrams, Thai character trigrams, Latin/Vietnamese words with a diacritic-free twin.

import { simplifyHan } from '../intents/hanzi';

export interface Tokens {
  /** Terms that count towards document length: bigrams, trigrams, words. */
  terms: string[];
  /** Diacritic-free twins of accented words ("tiền" → "tien"): matched by unaccented queries, not counted in length. */
  folded: string[];
  /** Single Han characters, a separate term space used only when a query has nothing longer. */
  unigrams: string[];
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff]/;
const THAI = /[\u0e00-\u0e7f]/;
const WORD = /[\p{L}\p{N}]/u;

/** At most this many characters of any text are tokenised (a pasted 100 KB chat is cut, not choked on). */
export const MAX_TOKENISED_CHARS = 20_000;

export function tokenise(text: string, limit: number = MAX_TOKENISED_CHARS): Tokens {
  const source = String(text ?? '').slice(0, limit).normalize('NFKC').toLowerCase();
  const out: Tokens = { terms: [], folded: [], unigrams: [] };
  let i = 0;
  const chars = Array.from(source);
  while (i < chars.length) {
    const ch = chars[i];
    if (HAN.test(ch)) {
      let j = i;
      const run: string[] = [];
      while (j < chars.length && HAN.test(chars[j])) run.push(simplifyHan(chars[j++]));
      for (const c of run) out.unigrams.push(c);
      // A lone character is its own term so "碎" in a title still counts.
      if (run.length === 1) out.terms.push(run[0]);
      for (let k = 0; k + 1 < run.length; k++) out.terms.push(run[k] + run[k + 1]);
      i = j;
    } else if (THAI.test(ch)) {
      let j = i;
      let run = '';
      while (j < chars.length && THAI.test(chars[j])) run += chars[j++];
      // Thai has no spaces between words: overlapping character trigrams stand in for a segmenter.
      if (run.length <= 3) out.terms.push(run);
      else for (let k = 0; k + 3 <= run.length; k++) out.terms.push(run.slice(k, k + 3));
      i = j;
    } else if (WORD.test(ch)) {
      let j = i;
      let word = '';
      while (j < chars.length && WORD.test(chars[j]) && !HAN.test(chars[j]) && !THAI.test(chars[j])) word += chars[j++];
      const term = singular(word);
      out.terms.push(term);
      const bare = foldDiacritics(term);
      if (bare !== term) out.folded.push(bare);
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

/** Removes Vietnamese (and other Latin) diacritics: "hoàn tiền" → "hoan tien", "đổi" → "doi". */
export function foldDiacritics(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').normalize('NFC');
}

export function hasDiacritics(word: string): boolean {
  return foldDiacritics(word) !== word;
}

/** English plural folding, conservative: "refunds" → "refund", "boxes" → "box"; "glass", "bus", "status" stay. */
function singular(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/(x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/ies$/.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}
