/**
 * Every sidebar-callable global (and the CLI's private ones that take input) with hostile arguments, through the real
 * bundle: each call returns data or a clear bilingual error (never a thrown TypeError, never "undefined"); an error
 * leaves the whole workbook, its properties and the outbox unchanged; no customer text becomes a formula.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { anyField, bundleRuns, hostileText, impossibleDate, longText, wrongType } from './arbitraries';
import { allFormulas, call, newFormulas, snapshot } from './bundle';
import { seedShop, type Shop } from './shop';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../server/harness';

const RETURNS_CSV = readFileSync(join(ROOT, 'test/fixtures/shopee-returns-en.csv'), 'utf8');
/** Act on a line of the Review tab, which this shop has not written: only the refusals are exercised here (the
 * success path is test/server/review.test.ts). */
const REFUSE_ONLY = new Set(['apiCreateActionFromReview', 'apiPromoteReviewLine']);

const HOSTILE_FORMULA = /evil\.test|cmd\||1\+1|SUM\(A1|#REF!|IMAGE\(|IMPORT|2\+3\*4/;

let shop: Shop;
beforeAll(() => {
  shop = seedShop();
});

/** A string argument: mostly one of the shop's real IDs (so the success path runs), else anything. */
const idOr = (ids: () => string[]) => fc.oneof({ weight: 3, arbitrary: fc.constant(null).map(() => ids()).chain((l) => fc.constantFrom(...l)) }, { weight: 2, arbitrary: anyField });
const textArg = fc.oneof({ weight: 4, arbitrary: hostileText() }, { weight: 1, arbitrary: wrongType }, { weight: 1, arbitrary: longText });
const objectArg = <T>(shape: Record<string, fc.Arbitrary<T>>) =>
  fc.oneof({ weight: 5, arbitrary: fc.record(shape, { requiredKeys: [] }) }, { weight: 1, arbitrary: wrongType });
const enumish = (values: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: anyField });
const rowArg = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.constantFrom(0.5, 1e15, -0, NaN, '2', ' 3 ', '=1+1', 'A1'), wrongType);

/** [function, arguments] for each global that takes input. */
const CALLS: [string, () => fc.Arbitrary<unknown[]>][] = [
  ['apiGetTicket', () => fc.tuple(idOr(() => shop.tickets))],
  ['apiCaseContext', () => fc.tuple(objectArg({ orderId: enumish(['O-1001', 'O-1002', 'O-9']), customerId: enumish(['buyer.one', 'buyer.0']), reason: enumish(['damaged', 'Refund', '破损']), priority: enumish(['high', 'Urgent']), language: enumish(['en', 'zh-CN']) }))],
  ['apiAnalyzeMessage', () => fc.tuple(textArg, objectArg({ orderId: anyField, customerName: anyField, sku: anyField, language: enumish(['en', 'ms', 'zh-CN']) }))],
  ['apiKbSearch', () => fc.tuple(textArg, objectArg({ reason: enumish(['damaged', 'refund']), language: enumish(['en', 'zh-CN']), sku: anyField }))],
  ['apiKbUse', () => fc.tuple(idOr(() => [shop.articleId]))],
  ['apiPromoteToKb', () => fc.tuple(idOr(() => shop.tickets))],
  ['apiDecideApproval', () => fc.tuple(idOr(() => [shop.approvalId]), enumish(['approve', 'reject']), textArg)],
  ['apiUpdateOutreach', () => fc.tuple(fc.oneof(fc.constant(shop.outreachRow), rowArg), enumish(['contacted', 'replied', 'compensated', 'to_contact', 'TO CONTACT']))],
  ['apiCompleteCallback', () => fc.tuple(idOr(() => [shop.callbackId]), textArg)],
  ['apiImportOrders', () => fc.tuple(fc.oneof(wrongType, textArg))],
  ['apiImportReturns', () => fc.tuple(fc.oneof(fc.constant(RETURNS_CSV), wrongType, textArg))],
  ['apiSurveyResponse', () => fc.tuple(objectArg({ ticket: idOr(() => shop.tickets), ref: anyField, score: fc.oneof(fc.integer({ min: -2, max: 7 }), anyField), solved: anyField, comment: textArg, language: anyField }))],
  ['apiSurveyLink', () => fc.tuple(idOr(() => shop.tickets))],
  ['apiKpi', () => fc.tuple(objectArg({ from: fc.oneof(impossibleDate, anyField), to: fc.oneof(impossibleDate, anyField), asOf: fc.oneof(impossibleDate, anyField) }))],
  ['apiKpiDaily', () => fc.tuple(objectArg({ from: fc.oneof(impossibleDate, fc.constant('2026-11-01')), to: fc.oneof(impossibleDate, fc.constant('2026-11-30')) }))],
  ['apiRunWeeklyReview', () => fc.tuple(objectArg({ week: fc.oneof(fc.constantFrom('2026-W46', '2026-W53', '2026-W00', '2026-W99', '2026-46', 'W46'), anyField) }))],
  ['apiCreateActionFromReview', () => fc.tuple(rowArg)],
  ['apiPromoteReviewLine', () => fc.tuple(rowArg)],
  ['apiDetectIntent', () => fc.tuple(textArg)],
  ['apiDetectIntents', () => fc.tuple(fc.oneof(fc.array(textArg, { maxLength: 4 }), wrongType))],
];

describe('every global with hostile arguments', () => {
  it.each(CALLS.map(([fn, args]) => [fn, args] as const))('%s: data or a clear error, and nothing half-written', (fn, args) => {
    let ok = 0;
    fc.assert(
      fc.property(args(), (argv) => {
        shop.desk.env.clock.advance(60_000);
        const before = snapshot(shop.desk);
        const formulas = allFormulas(shop.desk);
        const r = call(shop.desk, fn, ...argv);
        if (!r.ok) {
          expect(snapshot(shop.desk), `${fn} refused (${r.error.key}) but the workbook changed`).toBe(before);
          return;
        }
        ok++;
        expect(newFormulas(shop.desk, formulas).filter((f) => HOSTILE_FORMULA.test(f)), `${fn}: customer text became a formula`).toEqual([]);
      }),
      { numRuns: bundleRuns(0.3) },
    );
    if (!REFUSE_ONLY.has(fn)) expect(ok, `${fn} never succeeded: the generator misses the success path`).toBeGreaterThan(0);
  });
});
