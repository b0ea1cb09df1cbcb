// The emulated Spreadsheet service: Sheets' value semantics, A1 ranges, sizes, sheets and the Ui capture.
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';

const T0 = Date.parse('2026-11-20T01:00:00Z'); // 09:00 in Kuala Lumpur (UTC+8, no DST)

function fresh() {
  const env = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: T0, userEmail: 'owner@shop.test' });
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { env, ss, sheet: ss.insertSheet('Tickets') };
}

describe('writing values: what a string becomes', () => {
  it('turns number-like strings into numbers, but not phone numbers with spaces', () => {
    const { sheet } = fresh();
    const r = sheet.getRange(1, 1, 1, 5);
    r.setValues([['000123', '1e5', '+6012345', '+60 12-345', '-0.5']]);
    expect(r.getValues()).toEqual([[123, 100000, 6012345, '+60 12-345', -0.5]]);
  });

  it("keeps strings literal in cells formatted '@', including leading zeros and '='", () => {
    const { sheet } = fresh();
    const r = sheet.getRange('A2:C2');
    r.setNumberFormat('@');
    r.setValues([['000123', '=1+1', '2026-11-20']]);
    expect(r.getValues()).toEqual([['000123', '=1+1', '2026-11-20']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
    expect(r.getNumberFormats()).toEqual([['@', '@', '@']]);
  });

  it("stores '=' strings as formulas: getValues gives the result and getFormulas the text", () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([[2, '=A1*3']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[2, 6]]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=A1*3']]);
    sheet.getRange('C1').setFormula('=NOW()');
    expect(sheet.getRange('C1').getFormula()).toBe('=NOW()');
    // A formula counts as content for getLastColumn.
    expect(sheet.getLastColumn()).toBe(3);
  });

  it('drops a leading apostrophe and keeps the rest as text', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([["'000123", "'=not a formula"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['000123', '=not a formula']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '']]);
  });

  it('parses ISO-like date strings as instants in the spreadsheet time zone', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['2026-11-20', '2026-11-20 09:30']]);
    const [d1, d2] = sheet.getRange('A1:B1').getValues()[0] as Date[];
    expect(d1).toBeInstanceOf(Date);
    expect(d1!.toISOString()).toBe('2026-11-19T16:00:00.000Z'); // midnight +08:00
    expect(d2!.toISOString()).toBe('2026-11-20T01:30:00.000Z');
    // Not a date: month 13 stays text.
    sheet.getRange('C1').setValue('2026-13-01');
    expect(sheet.getRange('C1').getValue()).toBe('2026-13-01');
  });

  it('keeps booleans and Dates written as such, and returns fresh arrays', () => {
    const { sheet } = fresh();
    const when = new Date(Date.parse('2026-11-21T03:04:05Z'));
    sheet.getRange('A1:C1').setValues([[true, false, when]]);
    const first = sheet.getRange('A1:C1').getValues();
    expect(first[0]![0]).toBe(true);
    expect(first[0]![1]).toBe(false);
    expect((first[0]![2] as Date).getTime()).toBe(when.getTime());
    first[0]![0] = 'mutated';
    (first[0]![2] as Date).setTime(0);
    const second = sheet.getRange('A1:C1').getValues();
    expect(second[0]![0]).toBe(true);
    expect((second[0]![2] as Date).getTime()).toBe(when.getTime());
  });

  it('formats display values by number format and zone', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:D1').setValues([[1234.5, 0.256, new Date(Date.parse('2026-11-20T01:05:00Z')), true]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00');
    sheet.getRange('B1').setNumberFormat('0.0%');
    sheet.getRange('C1').setNumberFormat('yyyy-mm-dd hh:mm');
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([['1,234.50', '25.6%', '2026-11-20 09:05', 'TRUE']]);
  });
});

describe('range sizes and A1 notation', () => {
  it("throws Apps Script's message when the data does not fit the range", () => {
    const { sheet } = fresh();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it("reads ranges at their full size past the data, with '' for empty cells", () => {
    const { sheet } = fresh();
    sheet.getRange('B2').setValue('x');
    expect(sheet.getRange(1, 1, 3, 3).getValues()).toEqual([['', '', ''], ['', 'x', ''], ['', '', '']]);
  });

  it('parses open-ended and sheet-qualified A1 ranges', () => {
    const { ss, sheet } = fresh();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getRange('A1:C').getA1Notation()).toBe('A1:C1000');
    expect(sheet.getRange('A:A').getNumRows()).toBe(1000);
    expect(sheet.getRange('A:A').getNumColumns()).toBe(1);
    const rows = sheet.getRange('2:5');
    expect([rows.getRow(), rows.getNumRows(), rows.getColumn(), rows.getNumColumns()]).toEqual([2, 4, 1, 26]);
    expect(sheet.getRange('$B$3').getA1Notation()).toBe('B3');
    // Past the grid (26 columns, 1,000 rows) Apps Script throws until the sheet is grown.
    expect(() => sheet.getRange('AA10')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions');
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange('AA10').getColumn()).toBe(27);
    ss.insertSheet('My Tab').getRange('C4').setValue(7);
    expect(ss.getRange("'My Tab'!C4").getValue()).toBe(7);
    expect(ss.getRange("'My Tab'!B2:C4").getA1Notation()).toBe('B2:C4');
  });

  it('offsets ranges and reports their position', () => {
    const { sheet } = fresh();
    const r = sheet.getRange('B2:C3').offset(1, 2);
    expect(r.getA1Notation()).toBe('D3:E4');
    expect(r.getSheet().getName()).toBe('Tickets');
  });
});

describe('sheet contents: last row, appendRow, inserting and deleting', () => {
  it('getLastRow/getLastColumn are 0 on an empty sheet and follow content', () => {
    const { sheet } = fresh();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C5').setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([5, 3]);
    sheet.getRange('C5').clearContent();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
  });

  it('appendRow writes after the last row with content, with the same value rules', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:B1').setValues([['id', 'when']]);
    sheet.getRange('A3').setValue('gap');
    sheet.appendRow(['000042', '2026-11-20 10:00']);
    expect(sheet.getLastRow()).toBe(4);
    const row = sheet.getRange('A4:B4').getValues()[0]!;
    expect(row[0]).toBe(42);
    expect((row[1] as Date).toISOString()).toBe('2026-11-20T02:00:00.000Z');
  });

  it('getDataRange spans A1 to the last row and column', () => {
    const { sheet } = fresh();
    sheet.getRange('B3').setValue(1);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  it('shifts rows and columns on insert and delete, formulas and formats included', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:A3').setValues([['a'], ['b'], ['c']]);
    sheet.getRange('B2').setFormula('=A2');
    sheet.getRange('A3').setNumberFormat('@');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A1:A5').getValues().map((r) => r[0])).toEqual(['a', '', '', 'b', 'c']);
    expect(sheet.getRange('B4').getFormula()).toBe('=A2');
    expect(sheet.getRange('A5').getNumberFormat()).toBe('@');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A3').getValues().map((r) => r[0])).toEqual(['a', 'b', 'c']);
    expect(sheet.getRange('B2').getFormula()).toBe('=A2');
  });

  it('shifts columns on insert and delete', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.getRange('C1').setNumberFormat('@');
    sheet.insertColumnBefore(2);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getRange('D1').getNumberFormat()).toBe('@');
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', 'b', 'c']]);
  });

  it('inserts a column into a sheet whose rows are sparse (content only from row 3)', () => {
    const sheet = fresh().ss.insertSheet('T');
    sheet.getRange('A3:B3').setValues([['a', 'b']]);
    sheet.getRange('B3').setNumberFormat('@');
    sheet.insertColumnBefore(1);
    expect(sheet.getRange('A3:C3').getValues()).toEqual([['', 'a', 'b']]);
    sheet.deleteColumn(1);
    expect(sheet.getRange('A3:B3').getValues()).toEqual([['a', 'b']]);
  });

  it('detects merged header cells', () => {
    const { sheet } = fresh();
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A2').isPartOfMerge()).toBe(false);
    expect(sheet.getRange('A1:D2').getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:C1']);
    sheet.getRange('A1:C1').breakApart();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(false);
  });

  it('keeps notes, frozen rows, hidden state, tab colours and protections', () => {
    const { env, sheet } = fresh();
    sheet.getRange('A1').setNote('why');
    sheet.setFrozenRows(1);
    sheet.hideSheet();
    sheet.setTabColor('#ff0000');
    const p = sheet.protect().setDescription('AfterDesk formulas').setWarningOnly(true);
    expect(sheet.getRange('A1').getNote()).toBe('why');
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.isSheetHidden()).toBe(true);
    const protections = sheet.getProtections(env.globals.SpreadsheetApp.ProtectionType.SHEET);
    expect(protections.map((x) => [x.getDescription(), x.isWarningOnly()])).toEqual([['AfterDesk formulas', true]]);
    p.remove();
    expect(sheet.getProtections(env.globals.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(0);
  });
});

describe('sheets of the spreadsheet', () => {
  it('refuses a duplicate sheet name with the Apps Script message', () => {
    const { ss } = fresh();
    expect(() => ss.insertSheet('Tickets')).toThrow('A sheet with the name "Tickets" already exists. Please enter another name.');
  });

  it('getSheetByName is null when absent; insertSheet honours the index; deleteSheet removes', () => {
    const { ss } = fresh();
    expect(ss.getSheetByName('Nope')).toBeNull();
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Sheet1', 'Tickets']);
    expect(ss.getSheetByName('Tickets')!.getIndex()).toBe(3);
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['First', 'Tickets']);
  });

  it('has a zone, a locale and an id, and captures toasts', () => {
    const { env, ss } = fresh();
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Kuala_Lumpur');
    ss.toast('Saved', 'AfterDesk', 3);
    expect(env.toasts).toEqual([{ msg: 'Saved', title: 'AfterDesk', timeout: 3 }]);
    expect(ss.getUrl()).toContain(ss.getId());
  });
});

describe('builders and the Ui', () => {
  it('builds list validation and conditional rules that read back', () => {
    const { env, sheet } = fresh();
    const app = env.globals.SpreadsheetApp;
    const rule = app.newDataValidation().requireValueInList(['Open', 'Closed'], true).setAllowInvalid(false).setHelpText('Pick one').build();
    sheet.getRange('B2:B10').setDataValidation(rule);
    const got = sheet.getRange('B5').getDataValidation()!;
    expect(got.getCriteriaValues()[0]).toEqual(['Open', 'Closed']);
    expect(got.getAllowInvalid()).toBe(false);
    expect(got.getHelpText()).toBe('Pick one');
    expect(sheet.getRange('C5').getDataValidation()).toBeNull();
    sheet.getRange('B2:B10').clearDataValidations();
    expect(sheet.getRange('B5').getDataValidation()).toBeNull();

    const cf = app.newConditionalFormatRule().whenFormulaSatisfied('=$C2="Overdue"').setBackground('#f4cccc').setRanges([sheet.getRange('A2:F100')]).build();
    sheet.setConditionalFormatRules([cf]);
    expect(sheet.getConditionalFormatRules()).toHaveLength(1);
    expect(sheet.getConditionalFormatRules()[0]!.getBooleanCondition()!.getBackground()).toBe('#f4cccc');
  });

  it('keeps chart specs as data', () => {
    const { env, sheet } = fresh();
    const chart = sheet.newChart().setChartType(env.globals.Charts.ChartType.LINE).addRange(sheet.getRange('A1:B8')).setPosition(2, 5, 0, 0).setOption('title', 'Backlog').build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Backlog');
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('captures menus, alerts (with a configurable answer) and sidebars', () => {
    const { env } = fresh();
    const ui = env.globals.SpreadsheetApp.getUi();
    ui.createMenu('AfterDesk').addItem('Open desk', 'openSidebar').addSeparator().addItem('Set up', 'runSetup').addToUi();
    expect(env.ui.menus).toEqual([{ name: 'AfterDesk', items: [{ label: 'Open desk', fn: 'openSidebar' }, null, { label: 'Set up', fn: 'runSetup' }] }]);
    env.ui.alertResponse = 'NO';
    expect(ui.alert('Reset?', 'All data goes', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(env.ui.alerts).toEqual([{ title: 'Reset?', message: 'All data goes' }]);
    ui.showSidebar(env.globals.HtmlService.createHtmlOutput('<p>hi</p>').setTitle('AfterDesk'));
    expect(env.ui.sidebars).toEqual([{ title: 'AfterDesk', html: '<p>hi</p>' }]);
  });
});

describe('call counting', () => {
  it('counts every public call per Service.method, and totals by prefix', () => {
    const { env, sheet } = fresh();
    env.calls.reset();
    const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
    const r = ss.getSheetByName('Tickets')!.getRange('A1:B2');
    r.setValues([[1, 2], [3, 4]]);
    r.getValues();
    r.getValues();
    sheet.getLastRow();
    env.globals.PropertiesService.getScriptProperties().getProperty('x');
    expect(env.calls.get('SpreadsheetApp.getActiveSpreadsheet')).toBe(1);
    expect(env.calls.get('Spreadsheet.getSheetByName')).toBe(1);
    expect(env.calls.get('Sheet.getRange')).toBe(1);
    expect(env.calls.get('Range.getValues')).toBe(2);
    expect(env.calls.get('Range.setValues')).toBe(1);
    expect(env.calls.get('Sheet.getLastRow')).toBe(1);
    expect(env.calls.total('Range.')).toBe(3);
    expect(env.calls.spreadsheet()).toBe(7);
    expect(env.calls.total()).toBe(9);
    expect(env.calls.snapshot()).toMatchObject({ 'Properties.getProperty': 1, 'PropertiesService.getScriptProperties': 1 });
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
  });
});
