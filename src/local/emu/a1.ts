import { columnLetter } from '../../workbook/headers';

/** A1 notation: 'B3', 'A1:C', 'A:A', '2:5', "'My Sheet'!A1:B2" → 0-based bounds (open ends resolved by the caller). */

export interface A1Bounds {
  sheet?: string;
  r1: number | null;
  c1: number | null;
  r2: number | null;
  c2: number | null;
}

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0 → A, 26 → AA (one definition, shared with the workbook layer). */
export const colLetters = columnLetter;

function part(p: string): { r: number | null; c: number | null } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(p.trim());
  if (!m || (!m[1] && !m[2])) throw new Error(`Range not found: ${p}`);
  return { c: m[1] ? colIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
}

export function parseA1(a1: string): A1Bounds {
  let sheet: string | undefined;
  let ref = a1.trim();
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheet = ref.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const [a, b] = ref.split(':');
  const p1 = part(a!);
  const p2 = b === undefined ? p1 : part(b);
  return { ...(sheet !== undefined ? { sheet } : {}), r1: p1.r, c1: p1.c, r2: p2.r, c2: p2.c };
}

export function a1Of(r: number, c: number, nr: number, nc: number): string {
  const start = `${colLetters(c)}${r + 1}`;
  return nr === 1 && nc === 1 ? start : `${start}:${colLetters(c + nc - 1)}${r + nr}`;
}
