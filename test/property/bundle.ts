/**
 * What every bundle-driven property checks: a call either succeeds or returns a clear bilingual UserError (never a
 * thrown TypeError or stack), and after an error the whole workbook, its properties and the outbox are unchanged.
 */
import { expect } from 'vitest';
import type { Desk } from '../server/harness';
import { DateCell } from '../../src/local/emu/values';

export type Outcome = { ok: true; data: any } | { ok: false; error: { key: string; en: string; zh: string; field?: string } };

const CJK = /[\u3400-\u9fff]/;

/** Calls a bundle function; a throw (anything but the error envelope) fails the property with the message. */
export function call(desk: Desk, fn: string, ...args: unknown[]): Outcome {
  let r: Outcome;
  try {
    r = desk.bundle.call(fn, ...args) as Outcome;
  } catch (e) {
    throw new Error(`${fn} threw instead of returning an error envelope: ${e instanceof Error ? e.message : String(e)}`);
  }
  expect(r && typeof r === 'object' && typeof r.ok === 'boolean', `${fn} returned ${JSON.stringify(r)}`).toBe(true);
  if (!r.ok) expectClearError(r.error, fn, args);
  return r;
}

/** A message a shop owner can act on: a key, English and Chinese text, no "undefined", no stack, no JS error name. */
export function expectClearError(error: { key: string; en: string; zh: string }, where = '', args: unknown[] = []): void {
  // Words the caller itself sent ("NaN" as a ticket ID) may be echoed back; elsewhere they mean a lost value.
  const sent = JSON.stringify(args);
  const what = `${where}: ${JSON.stringify(error).slice(0, 300)}`;
  expect(error.key, what).toMatch(/^[a-z][A-Za-z0-9_]*$/);
  for (const text of [error.en, error.zh]) {
    expect(typeof text, what).toBe('string');
    expect(text.length, what).toBeGreaterThan(5);
    // The caller's own value may be quoted back ("NaN"); outside quotes these words mean the code lost a value.
    const own = text.replace(/"[^"]*"|“[^”]*”/g, '""');
    for (const word of ['undefined', 'NaN', 'null', '[object Object]']) {
      if (new RegExp(`(^|\\W)${word.replace(/[[\]]/g, '\\$&')}(\\W|$)`).test(own) && !sent.includes(word)) throw new Error(`${what}: "${word}" in the message`);
    }
    expect(own, what).not.toMatch(/TypeError|ReferenceError|RangeError|\n\s+at /);
  }
  expect(error.zh, what).toMatch(CJK);
}

/** Every sheet's cells, formulas and formats, the document properties, the outbox: the whole observable state. */
export function snapshot(desk: Desk): string {
  const book = desk.env.emu.book;
  const sheets = book.sheets.map((s) => ({
    name: s.name,
    values: s.values.map((row) => (row ?? []).map((v) => (v instanceof DateCell ? `date:${v.ms}` : v))),
    formulas: [...s.formulas.entries()].sort((a, b) => a[0] - b[0]),
    formats: s.formats,
  }));
  return JSON.stringify({ sheets, props: desk.env.properties.document, outbox: desk.env.outbox.length });
}

/** Cells of a sheet that hold a formula. */
export function formulaCells(desk: Desk, sheet: string): string[] {
  const s = desk.env.emu.book.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  return [...s.formulas.entries()].filter(([, f]) => f).map(([k, f]) => `${sheet}!R${Math.floor(k / 16384) + 1}C${(k % 16384) + 1}: ${f}`);
}

/** All formula cells of the workbook outside the tabs AfterDesk itself fills with formulas (Dashboard, Review…). */
export function allFormulas(desk: Desk): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of desk.env.emu.book.sheets) for (const [k, f] of s.formulas) if (f) out.set(`${s.name}!${k}`, f);
  return out;
}

/** Formula cells that appeared since `before` (customer text that became a formula shows up here). */
export function newFormulas(desk: Desk, before: Map<string, string>): string[] {
  return [...allFormulas(desk)].filter(([k, f]) => before.get(k) !== f).map(([k, f]) => `${k} ${f.slice(0, 80)}`);
}
