// Text features for the statistical intent and language models: Latin words, word bigrams, character n-grams, CJK/Thai n-grams.

import { normaliseMessage } from './normalise';

/** Every feature is a 24-bit FNV-1a hash of its string: the models ship hashes, never a vocabulary. */
export const HASH_BITS = 24;

export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << HASH_BITS) - 1);
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const THAI = /[\u0e00-\u0e7f]/;
const LATIN = /[\p{L}\p{N}'’]/u;

/** Vietnamese and other accents off, đ → d: "hàng bị vỡ" and "hang bi vo" share their features. */
export function foldLatin(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/['’]/g, '');
}

export interface Segment {
  kind: 'latin' | 'han' | 'thai';
  text: string;
}

/** Splits normalised text into Latin words and runs of Han or Thai characters (digits become 0, long numbers #). */
export function segments(normalised: string): Segment[] {
  const out: Segment[] = [];
  let kind: Segment['kind'] | null = null;
  let buf = '';
  const flush = () => {
    if (kind && buf) {
      let text = buf;
      if (kind === 'latin') {
        text = foldLatin(text);
        if (/^\d{5,}$/.test(text)) text = '#';
        else text = text.replace(/\d+/g, '0');
      }
      if (text) out.push({ kind, text });
    }
    kind = null;
    buf = '';
  };
  for (const ch of normalised) {
    const k: Segment['kind'] | null = HAN.test(ch) ? 'han' : THAI.test(ch) ? 'thai' : LATIN.test(ch) ? 'latin' : null;
    if (k !== kind) flush();
    if (k) {
      kind = k;
      buf += ch;
    }
  }
  flush();
  return out;
}

/** The feature strings of a message (with repeats removed). `latinOnly` is the language model's view. */
export function featureStrings(text: string, opts: { latinOnly?: boolean } = {}): string[] {
  const norm = normaliseMessage(text).text;
  const segs = segments(norm);
  const out = new Set<string>();
  let prevWord = '^';
  for (const seg of segs) {
    if (seg.kind === 'latin') {
      const w = seg.text;
      out.add(`w:${w}`);
      out.add(`b:${prevWord} ${w}`);
      prevWord = w;
      const padded = ` ${w} `;
      if (w.length > 2 && w !== '#') {
        for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) out.add(`c:${padded.slice(i, i + n)}`);
      }
      continue;
    }
    prevWord = '^';
    if (opts.latinOnly) continue;
    const chars = Array.from(seg.text);
    const tag = seg.kind === 'han' ? 'h' : 't';
    const [lo, hi] = seg.kind === 'han' ? [1, 4] : [2, 5];
    for (let n = lo; n <= hi; n++) for (let i = 0; i + n <= chars.length; i++) out.add(`${tag}:${chars.slice(i, i + n).join('')}`);
  }
  if (!opts.latinOnly && prevWord !== '^') out.add(`b:${prevWord} $`);
  return [...out];
}

/** Hashed features with their values: every feature weighs 1/√n so long and short messages score alike. */
export function featureVector(strings: readonly string[], extra: readonly [string, number][] = []): [number, number][] {
  const v = strings.length ? 1 / Math.sqrt(strings.length) : 0;
  const out: [number, number][] = strings.map((s) => [hashFeature(s), v]);
  for (const [s, x] of extra) out.push([hashFeature(s), x]);
  return out;
}
