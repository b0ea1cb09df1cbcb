/** Header row → column map: finds each column of a tab by its English or Chinese header, wherever it stands. */
import type { ColumnDef, TabDef } from '../../sheets-templates/schema';

export interface HeaderMap {
  /** field → 0-based column index */
  readonly index: Record<string, number>;
  /** Columns of the row that are not the tab's (user columns), with their 0-based index and text. */
  readonly extra: { index: number; header: string }[];
  /** The tab's columns not found. */
  readonly missing: ColumnDef[];
  /** Headers matched only approximately (a typo), to be corrected. */
  readonly fuzzy: { index: number; header: string; column: ColumnDef }[];
  /** Headers that appear twice: the second is ignored. */
  readonly duplicates: { index: number; header: string }[];
  /** Width of the header row (last non-empty header + 1). */
  readonly width: number;
}

export function normaliseHeader(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-·/]+/g, '');
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export function mapHeaders(tab: TabDef, headerRow: readonly unknown[]): HeaderMap {
  const byName = new Map<string, ColumnDef>();
  for (const c of tab.columns) {
    byName.set(normaliseHeader(c.en), c);
    byName.set(normaliseHeader(c.zh), c);
    byName.set(normaliseHeader(c.field), c);
  }
  const index: Record<string, number> = {};
  const extra: { index: number; header: string }[] = [];
  const duplicates: { index: number; header: string }[] = [];
  const unmatched: { index: number; header: string }[] = [];
  let width = 0;
  headerRow.forEach((cell, i) => {
    const text = String(cell ?? '').trim();
    if (!text) return;
    width = i + 1;
    const col = byName.get(normaliseHeader(text));
    if (!col) return unmatched.push({ index: i, header: text });
    if (index[col.field] !== undefined) return duplicates.push({ index: i, header: text });
    index[col.field] = i;
  });
  // A header one or two edits away from a missing column's name is that column with a typo.
  const fuzzy: HeaderMap['fuzzy'] = [];
  for (const u of unmatched) {
    const n = normaliseHeader(u.header);
    const match = n.length >= 5
      ? tab.columns.find((c) => index[c.field] === undefined && distance(n, normaliseHeader(c.en), 2) <= 2)
      : undefined;
    if (match) {
      index[match.field] = u.index;
      fuzzy.push({ ...u, column: match });
    } else {
      extra.push(u);
    }
  }
  const missing = tab.columns.filter((c) => index[c.field] === undefined);
  return { index, extra, missing, fuzzy, duplicates, width };
}

/** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Runs of adjacent column indexes (sorted ascending): [1,2,3,5] → 1–3 and 5. */
export function runsOf(cols: readonly number[]): { from: number; to: number }[] {
  const runs: { from: number; to: number }[] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last.to === c - 1) last.to = c;
    else runs.push({ from: c, to: c });
  }
  return runs;
}
