/**
 * CSV imports through the real bundle with hostile cells, both delimiters, quotes, embedded newlines, a BOM and cells
 * over a Sheets cell's 50,000 characters: the report names each rejected line with its cause, accepted lines are
 * stored as the literal text (no formula), and importing the same file again changes nothing.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDesk, ROOT, type Desk } from '../server/harness';
import { bundleRuns, CELL_CHARS, hostileText, impossibleDate } from './arbitraries';
import { call, snapshot } from './bundle';

/** RFC 4180: a cell with the delimiter, a quote or a line break is quoted, quotes doubled. */
function toCsv(rows: string[][], delimiter: string, eol: string, bom: boolean): string {
  const q = (c: string) => (/[",;\r\n]/.test(c) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c);
  return (bom ? '\ufeff' : '') + rows.map((r) => r.map(q).join(delimiter)).join(eol);
}

const ORDER_HEADER = ['Order ID', 'Order Date', 'Customer ID', 'Customer Name', 'Email', 'SKU', 'Product', 'Quantity', 'Amount', 'Status'];
const textCell = fc.oneof({ weight: 6, arbitrary: hostileText(3) }, { weight: 1, arbitrary: fc.constantFrom('x'.repeat(CELL_CHARS + 5), `=1+1${'b'.repeat(CELL_CHARS)}`) });
let seq = 0;
const orderLine = fc.tuple(
  fc.oneof({ weight: 6, arbitrary: fc.constant(null).map(() => `O-${++seq}`) }, { weight: 1, arbitrary: fc.constantFrom('', '1.2E+14', '=HYPERLINK("http://evil.test")', '@SUM(A1)') }),
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom('2026-11-10 10:00', '2026/11/11 09:30', '') }, { weight: 1, arbitrary: impossibleDate }),
  textCell, textCell,
  fc.constantFrom('', 'nur@example.com'),
  fc.constantFrom('MUG-01', 'CUP-09', '=SKU', '+1'),
  textCell,
  fc.constantFrom('1', '2', '0', '-1', '1.5', 'x', ''),
  fc.constantFrom('19.90', '1,000.50', 'RM 5', 'abc', '', '-3'),
  textCell,
);

function ordersBy(desk: Desk): Map<string, { values: unknown[]; formulas: string[] }> {
  const sheet = desk.sheet('Orders');
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formulas = range.getFormulas();
  const h = values[0]!.map(String);
  const out = new Map<string, { values: unknown[]; formulas: string[] }>();
  for (let r = 1; r < values.length; r++) out.set(`${values[r]![h.indexOf('Order ID')]}|${values[r]![h.indexOf('SKU')]}`, { values: values[r]!, formulas: formulas[r]! });
  return out;
}

describe('orders CSV with hostile cells', () => {
  let desk: Desk;
  beforeAll(() => {
    desk = freshDesk();
  });

  it('rejects lines by number and cause, stores the rest as text, and a second import changes nothing', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.array(orderLine, { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ';'), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, delimiter, eol, bom) => {
        const csv = toCsv([ORDER_HEADER, ...lines], delimiter, eol, bom);
        const before = snapshot(desk);
        const r = call(desk, 'apiImportOrders', csv);
        if (!r.ok) {
          expect(snapshot(desk), `refused (${r.error.key}) but the workbook changed`).toBe(before);
          return;
        }
        const report = r.data as { imported: number; updated: number; rejected: { line: number; reason: string }[] };
        rejected += report.rejected.length;
        for (const x of report.rejected) {
          expect(x.line).toBeGreaterThanOrEqual(2);
          expect(x.line).toBeLessThanOrEqual(lines.length + 1);
          expect(x.reason.length).toBeGreaterThan(5);
        }
        const bad = new Set(report.rejected.map((x) => x.line));
        const stored = ordersBy(desk);
        lines.forEach((l, i) => {
          if (bad.has(i + 2) || !l[0].trim()) return;
          const row = stored.get(`${l[0].trim()}|${l[5].trim()}`);
          expect(row, `line ${i + 2} neither rejected nor stored`).toBeDefined();
          accepted++;
          expect(row!.formulas.every((f) => f === ''), `line ${i + 2} became a formula`).toBe(true);
          for (const text of [l[3], l[6]]) expect(row!.values).toContain(text.trim());
          expect(typeof row!.values[0]).toBe('string');
        });
        const after = snapshot(desk);
        const again = call(desk, 'apiImportOrders', csv);
        expect(again.ok).toBe(true);
        expect((again as { data: { imported: number; updated: number } }).data).toMatchObject({ imported: 0, updated: 0 });
        expect(snapshot(desk), 'the same file imported twice changed the workbook').toBe(after);
      }),
      { numRuns: bundleRuns(0.5) },
    );
    expect(accepted).toBeGreaterThan(3);
    expect(rejected).toBeGreaterThan(3);
  });
});

describe('Shopee returns CSV with hostile cells', () => {
  const fixture = readFileSync(join(ROOT, 'test/fixtures/shopee-returns-en.csv'), 'utf8').replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean);
  const header = fixture[0]!.split(',');
  let desk: Desk;
  beforeAll(() => {
    desk = freshDesk();
  });
  let rid = 0;
  const returnLine = fc.tuple(
    fc.oneof({ weight: 6, arbitrary: fc.constant(null).map(() => `26112${String(++rid).padStart(5, '0')}RTN`) }, { weight: 1, arbitrary: fc.constantFrom('', '=1+1', '1.2E+14') }),
    fc.constantFrom('261110ABCD1234', '=HYPERLINK("http://evil.test")', ''),
    fc.oneof(fc.constant('2026-11-10 14:32'), impossibleDate),
    textCell, fc.constantFrom('MUG-01', '@x'), fc.constantFrom('1', '0', 'x'), textCell,
    fc.oneof({ weight: 3, arbitrary: fc.constant('2026-11-20 22:00') }, { weight: 1, arbitrary: impossibleDate }),
    hostileText(1), fc.constantFrom('Requested', 'PROCESSING', 'Refund Paid', '??', ''), fc.constantFrom('Return and refund', 'REFUND_ONLY', ''), fc.constantFrom('19.90', 'abc', ''), textCell,
  );

  it('creates one ticket per Return ID with the buyer\'s words as text, rejects the rest by line, and re-import changes nothing', () => {
    let created = 0;
    fc.assert(
      fc.property(fc.array(returnLine, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';'), fc.boolean(), (lines, delimiter, bom) => {
        const csv = toCsv([header, ...lines], delimiter, '\n', bom);
        const before = snapshot(desk);
        const r = call(desk, 'apiImportReturns', csv);
        if (!r.ok) {
          expect(snapshot(desk), `refused (${r.error.key}) but the workbook changed`).toBe(before);
          return;
        }
        const report = r.data as { created: number; rejected: { line: number; reason: string }[] };
        created += report.created;
        for (const x of report.rejected) {
          expect(x.line).toBeGreaterThanOrEqual(2);
          expect(x.line).toBeLessThanOrEqual(lines.length + 1);
        }
        const tickets = desk.sheet('Tickets');
        const formulas = tickets.getDataRange().getFormulas().flat().filter((f) => f);
        expect(formulas, 'a buyer\'s words became a formula in Tickets').toEqual([]);
        const after = snapshot(desk);
        const again = call(desk, 'apiImportReturns', csv);
        expect(again.ok).toBe(true);
        expect((again as { data: { created: number; updated: number } }).data).toMatchObject({ created: 0, updated: 0 });
        expect(snapshot(desk), 'the same export imported twice changed the workbook').toBe(after);
      }),
      { numRuns: bundleRuns(0.4) },
    );
    expect(created).toBeGreaterThan(2);
  });
});
