/** Benchmark of the team-mail masking (src/core/privacy/contacts.ts): ordinary quotes, and 50,000-character hostile cells. */
import { maskContacts } from '../../src/core/privacy/contacts';
import { type BenchRow, timed } from './table';

const CELL = 50_000;

export function benchPrivacy(): BenchRow[] {
  const quotes = Array.from({ length: 10_000 }, (_, i) => `Cup ${i} broke, call me at 012-345 ${String(6789 + i).slice(-4)} or mail ana${i}@example.com, 12 Jalan Ampang`);
  const ordinary = timed(() => quotes.reduce((n, q) => n + maskContacts(q).length, 0));
  const rows: BenchRow[] = [{ name: 'mask contacts: quotes', n: quotes.length, ms: ordinary.ms, note: `phone + e-mail + address each; ${ordinary.value.toLocaleString('en-US')} characters out` }];
  // Long runs of one kind of character are where a backtracking pattern goes quadratic (the old e-mail pattern: 4–6 s).
  const hostile: [string, string][] = [
    ['letters', 'a'.repeat(CELL)],
    ['letters and one @', 'a'.repeat(CELL - 1) + '@'],
    ['digits', '1'.repeat(CELL)],
    ['digits and spaces', '1 '.repeat(CELL / 2)],
    ['dotted', 'a.'.repeat(CELL / 2)],
    ['Han', '中'.repeat(CELL)],
    ['Han with a house number', '中'.repeat(CELL - 1) + '号'],
    ['house numbers', '12 '.repeat(CELL / 3)],
  ];
  for (const [name, text] of hostile) {
    const t = timed(() => maskContacts(text));
    rows.push({ name: `mask contacts: ${name}`, n: 1, ms: t.ms, note: `one ${text.length.toLocaleString('en-US')}-character cell` });
  }
  return rows;
}
