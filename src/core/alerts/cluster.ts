/**
 * Text cohesion of a complaint window: descriptions become sets of CJK character bigrams plus Latin/Malay/Thai-less
 * words, are linked when their Jaccard similarity reaches a threshold (single link), and the largest group says
 * what the complaint is about through its most telling terms (frequent in the group, rare in the shop's other
 * tickets), e.g. "纽扣 / button".
 */
import type { AlertCluster } from './types';

const STOP = new Set(
  'the and for with was were this that have has had but not are you your they them its it’s just very also from then than been when what which into only item items product order please can cannot get got one two all out off our saya yang dan ini itu tak tidak ada dengan untuk sudah barang'.split(' '),
);
const CJK_STOP = new Set(['收到', '我的', '一个', '了一', '但是', '可以', '这个', '怎么', '为什', '什么', '还是', '已经', '没有']);

/** The token set of one description. */
export function tokens(text: string): Set<string> {
  const out = new Set<string>();
  const s = String(text ?? '').toLowerCase();
  for (const run of s.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
    if (run.length === 1) out.add(run);
    for (let i = 0; i + 1 < run.length; i++) {
      const bg = run.slice(i, i + 2);
      if (!CJK_STOP.has(bg)) out.add(bg);
    }
  }
  for (const w of s.match(/[a-z\u00c0-\u024f][a-z\u00c0-\u024f'’-]{2,}/g) ?? []) {
    const word = w.replace(/['’]s$/, '');
    if (!STOP.has(word)) out.add(word);
  }
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * Clusters the window's descriptions and describes the largest cluster. `background` is the document frequency of
 * each token over the shop's other tickets (with `backgroundDocs` documents), so common words do not win.
 */
export function topCluster(
  docs: { id: string; text: string }[],
  threshold: number,
  background: Map<string, number>,
  backgroundDocs: number,
): AlertCluster | null {
  const sets = docs.map((d) => tokens(d.text));
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      if (jaccard(sets[i], sets[j]) >= threshold) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  });
  let best: number[] = [];
  for (const g of groups.values()) if (g.length > best.length) best = g;
  if (best.length === 0 || sets.every((s) => s.size === 0)) return null;
  const freq = new Map<string, number>();
  for (const i of best) for (const t of sets[i]) freq.set(t, (freq.get(t) ?? 0) + 1);
  const scored = [...freq.entries()]
    .filter(([, f]) => best.length === 1 || f >= 2)
    .map(([t, f]) => ({ t, score: (f / best.length) * Math.log((backgroundDocs + 1) / ((background.get(t) ?? 0) + 1)) }))
    .sort((a, b) => b.score - a.score || a.t.localeCompare(b.t));
  // Overlapping CJK bigrams say the same thing twice (纽扣, 扣掉): keep a bigram only if it adds a new character.
  const terms: string[] = [];
  const chars = new Set<string>();
  for (const { t } of scored) {
    if (terms.length >= 4) break;
    const cjk = /^[\u3400-\u9fff\uf900-\ufaff]+$/.test(t);
    if (cjk && [...t].every((c) => chars.has(c))) continue;
    if (cjk) for (const c of t) chars.add(c);
    terms.push(t);
  }
  return { share: best.length / docs.length, terms, examples: best.slice(0, 3).map((i) => docs[i].id) };
}

/** Document frequency of tokens over many descriptions (the background for topCluster). */
export function documentFrequency(texts: string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) for (const t of tokens(text)) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}
