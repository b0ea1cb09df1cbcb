/** xlsx persistence: a round trip keeps values, types, formats and state; charts are drawn as DrawingML parts. */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';

const T0 = Date.parse('2026-11-20T01:30:00Z'); // 09:30 in Kuala Lumpur

function workbook() {
  const env = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: T0 });
  const ss = env.spreadsheet;
  const t = ss.insertSheet('Tickets');
  t.getRange('A:A').setNumberFormat('@');
  t.getRange(1, 1, 3, 4).setValues([
    ['Ticket ID', 'Created At', 'Description', 'Count'],
    ['000123', new Date(T0), '=IMPORTXML("x")', 3],
    ['T-2', new Date(T0 + 3_600_000), 'plain', 4.5],
  ]);
  t.getRange('C2').setNumberFormat('@').setValue('=IMPORTXML("x")');
  t.getRange(2, 2, 2, 1).setNumberFormat('yyyy-mm-dd hh:mm');
  t.setFrozenRows(1);
  t.getRange('D2:D3').setDataValidation(env.globals.SpreadsheetApp.newDataValidation().requireValueInList(['3', '4.5'], true).build());
  const d = ss.insertSheet('Dashboard', 0);
  d.getRange(1, 1, 4, 2).setValues([['Day', 'Tickets'], ['2026-11-18', 3], ['2026-11-19', 5], ['2026-11-20', 2]]);
  d.getRange(2, 1, 3, 1).setNumberFormat('@').setValues([['2026-11-18'], ['2026-11-19'], ['2026-11-20']]);
  d.insertChart(d.newChart().setChartType(env.globals.Charts.ChartType.LINE).addRange(d.getRange(1, 1, 4, 2)).setPosition(1, 4, 0, 0).setOption('title', 'Tickets per day').build());
  d.insertChart(d.newChart().setChartType(env.globals.Charts.ChartType.COLUMN).addRange(d.getRange(1, 1, 4, 2)).setPosition(20, 4, 0, 0).setOption('title', 'Columns').build());
  env.globals.PropertiesService.getDocumentProperties().setProperty('K', 'v');
  return env;
}

describe('xlsx persistence', () => {
  it('round-trips values, date cells in the workbook zone, text formats, validation, frozen rows and properties', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-xlsx-'));
    const path = join(dir, 'book.xlsx');
    await saveWorkbook(workbook(), path);
    const back = await loadWorkbook(path, {});
    const t = back.spreadsheet.getSheetByName('Tickets')!;
    const values = t.getRange(1, 1, 3, 4).getValues();
    expect(values[1]![0]).toBe('000123');
    expect((values[1]![1] as Date).getTime()).toBe(T0);
    expect(values[1]![2]).toBe('=IMPORTXML("x")');
    expect(t.getRange('C2').getFormula()).toBe('');
    expect(values[2]![3]).toBe(4.5);
    expect(t.getRange('B2').getDisplayValue()).toBe('2026-11-20 09:30');
    expect(t.getFrozenRows()).toBe(1);
    expect(t.getRange('D2').getDataValidation()?.getCriteriaValues()[0]).toEqual(['3', '4.5']);
    expect(back.globals.PropertiesService.getDocumentProperties().getProperty('K')).toBe('v');
    expect(back.spreadsheet.getSheetByName('Dashboard')!.getCharts()).toHaveLength(2);
  });

  it('draws the charts as DrawingML parts whose relationships and content types all resolve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-xlsx-'));
    const path = join(dir, 'charts.xlsx');
    await saveWorkbook(workbook(), path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const names = Object.keys(zip.files);
    expect(names).toContain('xl/charts/chart1.xml');
    expect(names).toContain('xl/charts/chart2.xml');
    const types = await zip.file('[Content_Types].xml')!.async('string');
    for (const part of names.filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n))) expect(types).toContain(`PartName="/${part}"`);
    const chart1 = await zip.file('xl/charts/chart1.xml')!.async('string');
    expect(chart1).toContain('<c:lineChart>');
    expect(chart1).toContain("'Dashboard'!$B$2:$B$4");
    expect(chart1).toContain('<c:v>5</c:v>');
    const chart2 = await zip.file('xl/charts/chart2.xml')!.async('string');
    expect(chart2).toContain('<c:barDir val="col"/>');
    const drawingRels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
    for (const m of drawingRels.matchAll(/Target="\.\.\/([^"]+)"/g)) expect(names).toContain(`xl/${m[1]}`);
    const sheetWithDrawing = (await Promise.all(names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map(async (n) => [n, await zip.file(n)!.async('string')] as const))).find(([, x]) => x.includes('<drawing r:id='));
    expect(sheetWithDrawing).toBeDefined();
  });

  it('opens in LibreOffice with the charts (PDF export succeeds and is larger than without charts)', async () => {
    if (!existsSync('/usr/bin/soffice')) throw new Error('LibreOffice (soffice) is required: apt-get install -y libreoffice-calc-nogui');
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-lo-'));
    const path = join(dir, 'charts.xlsx');
    await saveWorkbook(workbook(), path);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], { stdio: 'ignore', timeout: 120_000 });
    const pdf = readFileSync(join(dir, 'charts.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const plain = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: T0 });
    plain.spreadsheet.insertSheet('Dashboard', 0).getRange(1, 1, 4, 2).setValues([['Day', 'Tickets'], ['a', 3], ['b', 5], ['c', 2]]);
    const plainPath = join(dir, 'plain.xlsx');
    await saveWorkbook(plain, plainPath);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, plainPath], { stdio: 'ignore', timeout: 120_000 });
    expect(pdf.length).toBeGreaterThan(readFileSync(join(dir, 'plain.pdf')).length + 2_000);
  }, 180_000);
});
