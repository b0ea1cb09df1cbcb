// Aho–Corasick multi-pattern matcher with leftmost-longest selection, built once from the keyword table and reused.

import type { ReasonKey } from '../../../sheets-templates/enums';
import { isWordChar, normaliseKeyword } from './normalise';

/**
 * One row of the keyword table (built-in JSON or the workbook's Intents tab).
 * kind: 'keyword' (the default) names a reason; 'negation' opens a negation scope; 'anger' raises the
 * priority; 'neutral' marks phrases that contain a cue or keyword but mean neither — A-not-A requests
 * (能不能, 可不可以), 不好意思, เสียใจ, no problem — and exist so leftmost-longest selection swallows them.
 */
export interface IntentKeywordRow {
  reason: ReasonKey | null;
  language: string;
  keyword: string;
  weight: number;
  kind?: 'keyword' | 'negation' | 'anger' | 'neutral';
}

export interface KeywordHit {
  row: IntentKeywordRow;
  /** Offsets in the normalised text, end exclusive. */
  start: number;
  end: number;
}

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Pattern indexes ending at this node (own and inherited through failure links). */
  out: number[];
}

export interface IntentMatcher {
  readonly rows: readonly IntentKeywordRow[];
  /** All non-overlapping hits, leftmost first, longest at each start, respecting word boundaries. */
  find(normalisedText: string): KeywordHit[];
}

export function buildIntentMatcher(rows: readonly IntentKeywordRow[]): IntentMatcher {
  const patterns: { text: string; row: IntentKeywordRow; latinStart: boolean; latinEnd: boolean }[] = [];
  for (const row of rows) {
    const text = normaliseKeyword(row.keyword ?? '');
    if (!text) continue;
    patterns.push({ text, row, latinStart: isWordChar(text[0]), latinEnd: isWordChar(text[text.length - 1]) });
  }
  const nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  patterns.forEach((p, index) => {
    let state = 0;
    for (const ch of p.text) {
      let to = nodes[state].next.get(ch);
      if (to === undefined) {
        to = nodes.length;
        nodes.push({ next: new Map(), fail: 0, out: [] });
        nodes[state].next.set(ch, to);
      }
      state = to;
    }
    nodes[state].out.push(index);
  });
  // Breadth-first failure links; outputs are merged so every match is reported at its end position.
  const queue: number[] = [];
  for (const child of nodes[0].next.values()) queue.push(child);
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    for (const [ch, child] of nodes[state].next) {
      let f = nodes[state].fail;
      while (f !== 0 && !nodes[f].next.has(ch)) f = nodes[f].fail;
      const target = nodes[f].next.get(ch);
      nodes[child].fail = target !== undefined && target !== child ? target : 0;
      nodes[child].out = nodes[child].out.concat(nodes[nodes[child].fail].out);
      queue.push(child);
    }
  }

  function find(text: string): KeywordHit[] {
    const chars = Array.from(text);
    // Work on UTF-16 offsets so hits line up with the normaliser's origin map.
    const offsets: number[] = [];
    let off = 0;
    for (const c of chars) {
      offsets.push(off);
      off += c.length;
    }
    offsets.push(off);
    const candidates: { start: number; end: number; index: number }[] = [];
    let state = 0;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i];
      while (state !== 0 && !nodes[state].next.has(ch)) state = nodes[state].fail;
      state = nodes[state].next.get(ch) ?? 0;
      for (const index of nodes[state].out) {
        const p = patterns[index];
        const end = offsets[i + 1];
        const start = end - p.text.length;
        // Latin keywords match whole words only ("tak" must not fire inside "tukar" or "kotak").
        if (p.latinStart && isWordChar(text[start - 1])) continue;
        if (p.latinEnd && isWordChar(text[end])) continue;
        candidates.push({ start, end, index });
      }
    }
    // Leftmost-longest: earliest start wins, then the longest; a later candidate may not overlap a chosen one.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
    const hits: KeywordHit[] = [];
    let cursor = 0;
    for (const c of candidates) {
      if (c.start < cursor) continue;
      hits.push({ row: patterns[c.index].row, start: c.start, end: c.end });
      cursor = c.end;
    }
    return hits;
  }

  return { rows, find };
}
