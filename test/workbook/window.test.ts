import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { windowStartRow } from '../../src/workbook/window';
import { ORDERS } from '../../sheets-templates/orders';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-16T00:00:00Z');

/** An Orders-like sheet whose column B holds the given dates (days before NOW), from row 2. */
function sheetWith(daysAgo: number[]) {
  const env = createGasEnvironment({ now: NOW, timeZone: 'UTC' });
  const sheet = env.spreadsheet.insertSheet('Orders');
  sheet.getRange(1, 1, 1, 2).setValues([['Order ID', 'Order Date']]);
  if (daysAgo.length + 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), daysAgo.length + 1 - sheet.getMaxRows());
  sheet.getRange(2, 1, daysAgo.length, 2).setValues(daysAgo.map((d, i) => [`O${i}`, env.emu.makeDate(NOW - d * DAY)]));
  env.calls.reset();
  return { env, sheet };
}

describe('windowStartRow', () => {
  it('finds the first recent row of a tab in time order, reading about the window and one block', () => {
    const days = Array.from({ length: 10_000 }, (_, i) => 1000 - i / 10); // 1000 → 0.1 days ago, ascending in time
    const { env, sheet } = sheetWith(days);
    const start = windowStartRow(sheet, ORDERS, 'orderDate', 1, sheet.getLastRow(), NOW - 120 * DAY, 'UTC', 500);
    const expected = days.findIndex((d) => d <= 120) + 2;
    expect(start).toBe(expected);
    // 1,200 recent rows: three blocks of 500 reach back past the cut-off, one more (all old) ends the scan.
    expect(env.calls.get('Range.getValues')).toBe(4);
  });

  it('still finds every recent row when an import was pasted newest first', () => {
    // 3,000 old rows in order, then one big export of the last 200 days, newest first.
    const days = [...Array.from({ length: 3_000 }, (_, i) => 900 - i / 10), ...Array.from({ length: 4_000 }, (_, i) => i / 20)];
    const { sheet } = sheetWith(days);
    const start = windowStartRow(sheet, ORDERS, 'orderDate', 1, sheet.getLastRow(), NOW - 120 * DAY, 'UTC', 500);
    expect(start).toBe(3_002); // the first row of the export (its newest line)
  });

  it('returns the row after the last when nothing is recent', () => {
    const { sheet } = sheetWith([400, 300, 200]);
    expect(windowStartRow(sheet, ORDERS, 'orderDate', 1, sheet.getLastRow(), NOW - 120 * DAY, 'UTC')).toBe(5);
  });
});
