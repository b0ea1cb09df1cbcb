/**
 * Junk typed by hand into the workbook (wrong types, dates as text, impossible dates, formulas, #REF!, very long
 * text) in Tickets, Orders, Settings, Agents and the Knowledge Base: the hourly job, the Dashboard, the weekly
 * review, the sidebar queue and every ticket view either work or stop with a clear bilingual message — none throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, impossibleDate, RUNS } from './arbitraries';
import { call } from './bundle';
import { seedShop } from './shop';

const TABS = ['Tickets', 'Orders', 'Settings', 'Agents', 'Knowledge Base'] as const;

/** What a person types or pastes into a cell. */
const junk = fc.oneof(
  { weight: 3, arbitrary: hostileText(2).map((s) => ({ value: s as unknown })) },
  { weight: 2, arbitrary: impossibleDate.map((s) => ({ value: s as unknown })) },
  { weight: 2, arbitrary: fc.constantFrom(0, -1, 1e15, 3.7, true, false, '#REF!', '#N/A', 'TRUE', '2026-11-16', '25:61', ' ', '').map((v) => ({ value: v as unknown })) },
  { weight: 1, arbitrary: fc.constantFrom('=1/0', '=A1', '=NOW()', '=ZZZ(1)', '=#REF!', '=REPT("a",10)').map((f) => ({ formula: f })) },
  { weight: 1, arbitrary: fc.constantFrom(49_999, 50_000).map((n) => ({ value: `=1+1${'a'.repeat(n - 4)}` as unknown })) },
);

const edit = fc.record({ tab: fc.constantFrom(...TABS), row: fc.integer({ min: 2, max: 8 }), col: fc.integer({ min: 1, max: 40 }), junk });

const READERS: [string, unknown[]][] = [
  ['apiHourly', []],
  ['apiRefreshDashboard', []],
  ['apiRunWeeklyReview', [{ week: '2026-W46' }]],
  ['apiBootstrap', []],
  ['apiMyQueue', []],
  ['apiKpi', [{}]],
  ['apiKbSearch', ['broken mug', {}]],
  ['apiAnalyzeMessage', ['my mug arrived broken', {}]],
  ['apiCaseContext', [{ orderId: 'O-1001' }]],
];

describe('hand edits with junk', () => {
  it('jobs and views keep working or stop with a clear message; none throws', () => {
    let okCalls = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const shop = seedShop();
        const { desk } = shop;
        for (const e of edits) {
          const sheet = desk.sheet(e.tab);
          // Settings keys stay put: people edit the values (column B), and sometimes the key column.
          const col = e.tab === 'Settings' ? (e.col % 5 === 0 ? 1 : 2) : Math.min(e.col, sheet.getLastColumn());
          const row = Math.min(e.row, Math.max(sheet.getLastRow(), 2));
          const range = sheet.getRange(row, col);
          if ('formula' in e.junk) range.setFormula(e.junk.formula as string);
          else range.setValue(e.junk.value);
        }
        desk.env.clock.advance(3_600_000);
        for (const [fn, args] of READERS) if (call(desk, fn, ...args).ok) okCalls++;
        for (const id of shop.tickets) call(desk, 'apiGetTicket', id);
        // The installable trigger itself (it swallows only user errors): must not throw either.
        try {
          desk.bundle.call('onHourly');
        } catch (e) {
          throw new Error(`onHourly threw: ${e instanceof Error ? e.message : String(e)}`);
        }
      }),
      // Each run seeds a shop and runs every job (~2 s): few runs, several edits each.
      { numRuns: Math.max(5, Math.round(RUNS / 8)) },
    );
    expect(okCalls).toBeGreaterThan(0);
  }, 600_000); // a larger PROPERTY_RUNS for a local hunt runs past vitest's 60 s
});
