// Faithfulness gaps found while testing the emulator in src/local/emu (not owned by this suite's author):
// each test states the Apps Script / persistence behaviour the emulator should have. See the report for fixes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';

const T0 = Date.parse('2026-11-20T01:00:00Z');
const fresh = () => createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: T0, userEmail: 'owner@shop.test' });
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const tmpBook = () => {
  const d = mkdtempSync(join(tmpdir(), 'afterdesk-gaps-'));
  dirs.push(d);
  return join(d, 'shop.xlsx');
};

describe('emulator gaps', () => {
  it('getProperty of a key named like an Object method is null, not a function', () => {
    const p = fresh().globals.PropertiesService.getScriptProperties();
    expect(p.getProperty('toString')).toBeNull();
    expect(p.getProperty('constructor')).toBeNull();
  });

  it('writes Reply-To into the .eml when replyTo is given', () => {
    const env = fresh();
    env.globals.MailApp.sendEmail({ to: 'c@x.test', subject: 's', body: 'b', replyTo: 'desk@shop.test' });
    expect(env.toEml(env.outbox[0]!)).toContain('Reply-To: desk@shop.test');
  });

  it('counts calls on Form and Logger objects like every other service object', () => {
    const env = fresh();
    env.globals.FormApp.create('S').addScaleItem();
    env.globals.Logger.log('x');
    expect(env.calls.get('FormApp.create')).toBe(1);
    expect(env.calls.get('Form.addScaleItem')).toBe(1);
    expect(env.calls.get('Logger.log')).toBe(1);
  });
});

describe('persistence gaps', () => {
  it("keeps the '@' format of empty cells, so the next run's IDs stay text", async () => {
    const env = fresh();
    const sheet = env.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Orders');
    sheet.getRange('A:A').setNumberFormat('@');
    sheet.getRange('A1:A2').setValues([['Order'], ['000123']]);
    const path = tmpBook();
    await saveWorkbook(env, path);
    const back = await loadWorkbook(path, { now: T0 });
    const orders = back.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Orders')!;
    orders.appendRow(['000124']);
    expect(orders.getRange('A2:A3').getValues()).toEqual([['000123'], ['000124']]);
  });

  it('keeps column widths exactly', async () => {
    const env = fresh();
    env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.setColumnWidth(2, 100);
    const path = tmpBook();
    await saveWorkbook(env, path);
    const back = await loadWorkbook(path, { now: T0 });
    expect(back.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]!.getColumnWidth(2)).toBe(100);
  });

  it('gives a trigger created after a reload an id distinct from the saved ones', async () => {
    const env = fresh();
    env.globals.ScriptApp.newTrigger('hourly').timeBased().everyHours(1).create();
    const path = tmpBook();
    await saveWorkbook(env, path);
    const back = await loadWorkbook(path, { now: T0 });
    back.globals.ScriptApp.newTrigger('daily').timeBased().everyDays(1).create();
    // The reloaded session is another account (owner@example.com): each lists only its own triggers.
    expect(back.globals.ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['daily']);
    const ids = back.triggers.map((t) => t.id);
    expect(new Set(ids).size).toBe(2);
  });
});
