// Message normalisation for matching: NFKC, lower case, Traditional → Simplified, whitespace, with an offset map back to the original.

import { simplifyHan } from './hanzi';

/** Work is bounded: only the first MAX_ANALYSED_CHARS characters of a message are analysed. */
export const MAX_ANALYSED_CHARS = 5000;

export interface NormalisedText {
  /** The normalised text, matched against normalised keywords. */
  text: string;
  /** origin[i] = index in the original string of the character that produced text[i]; origin[text.length] = end. */
  origin: number[];
  /** True when the input was longer than MAX_ANALYSED_CHARS and the rest was ignored. */
  truncated: boolean;
}

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/;
const WHITESPACE = /\s/;

/**
 * Normalises one character at a time (NFKC per code point) so every output character points back at
 * its source; whole-string NFKC would lose that mapping, and per-character NFKC is what matters here
 * (full-width forms, compatibility ideographs, ligatures). Vietnamese combining marks are composed
 * onto their base letter first so "hàng" typed with combining accents matches the precomposed keyword.
 */
export function normaliseMessage(input: string, limit: number = MAX_ANALYSED_CHARS): NormalisedText {
  const source = String(input ?? '');
  const truncated = source.length > limit;
  // Do not cut a surrogate pair in half.
  let end = truncated ? limit : source.length;
  if (truncated && end > 0 && /[\ud800-\udbff]/.test(source[end - 1])) end--;
  const out: string[] = [];
  const origin: number[] = [];
  let lastWasSpace = true; // trims leading whitespace
  let i = 0;
  while (i < end) {
    const cp = source.codePointAt(i) as number;
    let width = cp > 0xffff ? 2 : 1;
    let unit = source.slice(i, i + width);
    // Absorb following combining marks (U+0300–U+036F, Thai marks stay separate as they are letters).
    while (i + width < end && /[\u0300-\u036f]/.test(source[i + width])) {
      unit += source[i + width];
      width++;
    }
    if (ZERO_WIDTH.test(unit)) {
      i += width;
      continue;
    }
    if (WHITESPACE.test(unit)) {
      if (!lastWasSpace) {
        out.push(' ');
        origin.push(i);
        lastWasSpace = true;
      }
      i += width;
      continue;
    }
    const folded = unit.normalize('NFKC').toLowerCase();
    for (const ch of Array.from(folded)) {
      const simple = ch.length === 1 ? simplifyHan(ch) : ch;
      for (let k = 0; k < simple.length; k++) {
        out.push(simple[k]);
        origin.push(i);
      }
    }
    lastWasSpace = false;
    i += width;
  }
  if (out.length > 0 && out[out.length - 1] === ' ') {
    out.pop();
    origin.pop();
  }
  origin.push(end);
  return { text: out.join(''), origin, truncated };
}

/** Normalises a keyword exactly as messages are normalised, so both sides meet in one form. */
export function normaliseKeyword(keyword: string): string {
  return normaliseMessage(keyword, Number.MAX_SAFE_INTEGER).text;
}

/** Scripts whose words are not separated by spaces: negation scope and word boundaries count characters. */
export function isCjkOrThai(ch: string): boolean {
  return /[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/.test(ch);
}

/** A letter or digit of a space-separated script (Latin, Vietnamese, …): keywords must not start or end inside one. */
export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  return /[\p{L}\p{N}]/u.test(ch) && !isCjkOrThai(ch);
}
