// Formula cells read their values (computed by the emulator's formula engine, or the result a workbook file cached), and filters.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';
import { fromSerial, toSerial } from '../../src/local/emu/formulas';

const T0 = Date.parse('2026-11-20T01:00:00Z'); // 09:00 in Kuala Lumpur (UTC+8)
const TZ = 'Asia/Kuala_Lumpur';

function fresh() {
  const env = createGasEnvironment({ timeZone: TZ, now: T0, userEmail: 'owner@shop.test' });
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, ss, sheet: ss.insertSheet('Orders') };
}

describe('formula values', () => {
  it('computes arithmetic, functions, ranges and other formulas, and follows later edits', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:D3').setValues([
      [19.9, 2, '=A1*B1', '=SUM(C1:C3)'],
      [5, 3, '=A2*B2', '=ROUND(D1/3, 2)'],
      [1.25, 4, '=A3*B3', '=IF(C1>30,"big","small")'],
    ]);
    expect(sheet.getRange('C1:D3').getValues()).toEqual([[39.8, 59.8], [15, 19.93], [5, 'big']]);
    sheet.getRange('B1').setValue(1);
    expect(sheet.getRange('C1:D3').getValues()).toEqual([[19.9, 39.9], [15, 13.3], [5, 'small']]);
    expect(sheet.getRange('C1').getDisplayValue()).toBe('19.9');
  });

  it('reads other tabs, shows errors as Sheets does and breaks cycles with #REF!', () => {
    const { ss, sheet } = fresh();
    const prices = ss.insertSheet('Price List');
    prices.getRange('A1:B1').setValues([['MUG-01', 19.9]]);
    sheet.getRange('A1:D1').setValues([["='Price List'!B1*3", '=1/0', '=C1+1', '=NOSUCHFUNCTION(1)']]);
    sheet.getRange('C1').setFormula('=D1+1');
    sheet.getRange('D1').setFormula('=C1+1');
    const [v] = sheet.getRange('A1:D1').getValues();
    expect(v![0]).toBeCloseTo(59.7, 10);
    expect(v![1]).toBe('#DIV/0!');
    expect(v![2]).toBe('#REF!');
  });

  it('gives Dates for date-formatted results in the workbook zone, and NOW() on the emulator clock', () => {
    const { env, sheet } = fresh();
    sheet.getRange('A1:B1').setNumberFormat('yyyy-mm-dd hh:mm');
    sheet.getRange('A1:C1').setValues([['=DATE(2026,11,12)+TIME(8,30,0)', '=NOW()', '=NOW()']]);
    const [a, b, c] = sheet.getRange('A1:C1').getValues()[0]!;
    expect((a as Date).getTime()).toBe(Date.parse('2026-11-12T08:30:00+08:00'));
    expect((b as Date).getTime()).toBe(T0);
    // Unformatted, NOW() is the serial number Sheets shows: days since 1899-12-30, wall time.
    expect(c).toBeCloseTo(toSerial(T0, TZ), 9);
    env.clock.set(T0 + 3_600_000);
    expect((sheet.getRange('B1').getValue() as Date).getTime()).toBe(T0 + 3_600_000);
    expect(fromSerial(toSerial(T0, TZ), TZ)).toBe(T0);
  });

  it('keeps the result a workbook file cached for a function the engine lacks, and saves results beside formulas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-formulas-'));
    const path = join(dir, 'cached.xlsx');
    // A file as Google Sheets exports it: formulas with their cached results.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Orders');
    ws.getCell('A1').value = 4;
    ws.getCell('B1').value = { formula: 'ARRAYFORMULA(A1*2)', result: 8 } as ExcelJS.CellFormulaValue;
    ws.getCell('C1').value = { formula: 'A1*10', result: 999 } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(path);
    const env = await loadWorkbook(path, { timeZone: TZ, now: T0, userEmail: 'owner@shop.test' });
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Orders')!;
    // ARRAYFORMULA is Sheets-only: its cached 8 stands; A1*10 is recomputed from the cells.
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[4, 8, 40]]);
    expect(sheet.getRange('B1').getFormula()).toBe('=ARRAYFORMULA(A1*2)');
    sheet.getRange('A1').setValue(5);
    await saveWorkbook(env, path);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    const c1 = back.getWorksheet('Orders')!.getCell('C1').value as ExcelJS.CellFormulaValue;
    expect([c1.formula, c1.result]).toEqual(['A1*10', 50]);
  });
});

describe('filters', () => {
  it('one filter a sheet, stretched by rows inserted inside it, kept through an xlsx round trip', async () => {
    const { env, sheet } = fresh();
    sheet.getRange(1, 1, 10, 4).createFilter();
    expect(() => sheet.getRange(1, 1, 2, 2).createFilter()).toThrow("You can't create a filter in a sheet that already has a filter.");
    sheet.insertRowsAfter(5, 3); // inside: the filter grows to 13 rows
    sheet.insertColumnsBefore(1, 1); // before: it moves right
    const r = sheet.getFilter()!.getRange();
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([1, 2, 13, 4]);
    const path = join(mkdtempSync(join(tmpdir(), 'afterdesk-filter-')), 'f.xlsx');
    sheet.getRange('A1').setValue('x');
    await saveWorkbook(env, path);
    const back = await loadWorkbook(path, { timeZone: TZ, now: T0, userEmail: 'owner@shop.test' });
    const f = back.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Orders')!.getFilter()!.getRange();
    expect(f.getA1Notation()).toBe('B1:E13');
    sheet.getFilter()!.remove();
    expect(sheet.getFilter()).toBeNull();
  });
});
