/** Big tabs: the fast writer (xlsx-fast.ts) and the parsed-workbook cache (xlsx-cache.ts) keep every cell. */
import { existsSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';
import { BIG_CELLS } from '../../src/local/emu/xlsx-fast';

const T0 = Date.parse('2026-11-20T01:30:00Z');
const ROWS = 3_000;

function bigBook() {
  const env = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: T0 });
  const t = env.spreadsheet.insertSheet('Tickets');
  t.insertRowsAfter(t.getMaxRows(), ROWS - t.getMaxRows()); // a grid as big as the data (ranges past it throw)
  t.getRange('A:A').setNumberFormat('@');
  const rows = [['Ticket ID', 'Created At', 'Text', 'Count', 'Done', 'Formula', 'Blank']];
  for (let i = 1; i < ROWS; i++) rows.push([`00${i}`, new Date(T0 + i * 60_000) as never, i % 3 ? `a & b <${i}>` : '', i * 1.5 as never, (i % 2 === 0) as never, '', '']);
  t.getRange(1, 1, ROWS, 7).setValues(rows);
  t.getRange(2, 6, ROWS - 1, 1).setFormulas(Array.from({ length: ROWS - 1 }, (_, i) => [`=D${i + 2}*2`]));
  t.getRange(2, 2, ROWS - 1, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  t.getRange(1, 1, 1, 7).setFontWeight('bold').setBackground('#ffeecc');
  t.getRange(2501, 3).setNote('checked by Jun');
  t.getRange(2600, 7).setNumberFormat('0.00'); // an empty cell with a format
  t.setFrozenRows(1);
  return env;
}

function cells(env: Awaited<ReturnType<typeof loadWorkbook>>) {
  const s = env.spreadsheet.getSheetByName('Tickets')!;
  const r = s.getRange(1, 1, ROWS, 7);
  return { values: r.getValues().map((row) => row.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? (v as Date).getTime() : v))), formulas: r.getFormulas(), formats: r.getNumberFormats(), note: s.getRange(2501, 3).getNote(), bold: s.getRange(1, 2).getFontWeight(), frozen: s.getFrozenRows() };
}

describe('big tabs on disk', () => {
  it('the fast writer round-trips through exceljs: values, dates, text IDs, formulas, formats, notes, styles', async () => {
    expect(ROWS * 7).toBeGreaterThan(BIG_CELLS);
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-big-'));
    const path = join(dir, 'big.xlsx');
    const env = bigBook();
    const want = cells(env as never);
    await saveWorkbook(env, path);
    expect(existsSync(`${path}.cache`)).toBe(true);
    unlinkSync(`${path}.cache`);
    const parsed = await loadWorkbook(path, {});
    const got = cells(parsed);
    expect(got.values).toEqual(want.values);
    expect(got.formulas).toEqual(want.formulas);
    expect(got.formats).toEqual(want.formats);
    expect(got).toMatchObject({ note: 'checked by Jun', bold: 'bold', frozen: 1 });
    // The strings are inline, the file is a valid zip with the sheet's rows.
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('the cache is used only while the file is unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-cache-'));
    const path = join(dir, 'big.xlsx');
    await saveWorkbook(bigBook(), path);
    const fromCache = await loadWorkbook(path, {});
    expect(cells(fromCache)).toEqual(cells(bigBook() as never));
    // Someone edits the file elsewhere: a different file → the cache is dropped and the .xlsx parsed.
    const edited = bigBook();
    edited.spreadsheet.getSheetByName('Tickets')!.getRange(2, 3).setValue('edited in Excel');
    const other = join(dir, 'other.xlsx');
    await saveWorkbook(edited, other);
    writeFileSync(path, readFileSync(other));
    const reparsed = await loadWorkbook(path, {});
    expect(reparsed.spreadsheet.getSheetByName('Tickets')!.getRange(2, 3).getValue()).toBe('edited in Excel');
  }, 120_000);
});
