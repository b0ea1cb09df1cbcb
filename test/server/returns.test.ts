/**
 * Shopee return requests through the real bundle: the export (English and Chinese headers) becomes one ticket per
 * Return ID with the marketplace deadline in calendar hours; importing it twice changes no cell; a later export
 * moves the same tickets; a missing column is a bilingual error; set-up adds the new columns to an old workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDesk, ms, plain, record, ROOT, wallTime, type Desk } from './harness';

const EN = readFileSync(join(ROOT, 'test/fixtures/shopee-returns-en.csv'), 'utf8');
const ZH = readFileSync(join(ROOT, 'test/fixtures/shopee-returns-zh.csv'), 'utf8');

const ORDERS = [
  'Order ID,Order Status,Order Creation Date,Username (Buyer),Receiver Name,Product Name,SKU Reference No.,Variation Name,Deal Price,Quantity,Product Subtotal',
  '261110ABCD1234,Completed,2026-11-10 14:32,mei.lin88,Mei Lin,Ceramic Mug,MUG-01,White,19.90,2,39.80',
  '261110ABCD1234,Completed,2026-11-10 14:32,mei.lin88,Mei Lin,Coaster Set,CST-04,,9.50,1,9.50',
  '261113QWER5678,Completed,2026-11-13 20:15,raj_k,Raj Kumar,Insulated Cup,CUP-09,,45.00,1,45.00',
].join('\n');

function tickets(desk: Desk): Record<string, unknown>[] {
  const rows = desk.rows('Tickets');
  return rows.slice(1).map((_, i) => record(rows, i + 1));
}

function byReturn(desk: Desk, returnId: string): Record<string, unknown> {
  const t = tickets(desk).find((r) => r['Return ID'] === returnId);
  if (!t) throw new Error(`no ticket for ${returnId}`);
  return t;
}

/** Every cell of every tab, comparable across realms. */
function snapshot(desk: Desk): string {
  const ss = desk.env.globals.SpreadsheetApp.getActiveSpreadsheet();
  return JSON.stringify(ss.getSheets().map((s: GoogleAppsScript.Spreadsheet.Sheet) => [s.getName(), plain(s.getDataRange().getValues())]));
}

function shop(now = '2026-11-21 10:00'): Desk {
  const desk = freshDesk();
  desk.ok('apiImportOrders', ORDERS);
  desk.at(now);
  return desk;
}

describe('Shopee return import', () => {
  it('a request created Friday 22:00 is due Sunday 22:00 whatever the business hours', () => {
    for (const hours of [null, 'closed']) {
      const desk = shop();
      if (hours) for (const d of ['Fri', 'Sat', 'Sun']) desk.setting(`Business Hours ${d}`, hours);
      desk.ok('apiImportReturns', EN);
      const t = byReturn(desk, '2611200001RTN');
      expect(ms(t['Created At'])).toBe(wallTime('2026-11-20 22:00'));
      expect(ms(t['Marketplace Due'])).toBe(wallTime('2026-11-22 22:00'));
      // The shop's own first-reply due time follows business hours (Sat 10:00 + 4 h, or Monday 09:00 + 4 h).
      expect(ms(t['First Reply Due'])).toBe(wallTime(hours ? '2026-11-23 13:00' : '2026-11-21 14:00'));
      expect(t['Marketplace State']).toBe('On track');
    }
  });

  it('creates one ticket per Return ID with reason, order and customer; rejects bad lines with row and cause', () => {
    const desk = shop();
    const r = desk.ok('apiImportReturns', EN);
    expect(r.format).toBe('Shopee returns (English)');
    expect([r.created, r.updated, r.unchanged]).toEqual([4, 0, 0]);
    expect(r.rejected.map((x: { line: number }) => x.line)).toEqual([6, 7]);
    expect(r.rejected[0].reason).toContain('turned into a number');
    expect(r.rejected[1].reason).toContain('Waiting for godot');
    expect(r.ignoredHeaders).toEqual(['Seller Note']);
    expect(r.unlinkedOrders).toEqual(['261115ZZZ999']);
    const list = tickets(desk);
    expect(list.length).toBe(4);
    expect(list.map((t) => [t['Return ID'], t['Order ID'], t['Reason'], t['Status'], t['Marketplace Status'], t['Customer ID'], t['SKU'], t['Channel']])).toEqual([
      ['2611200001RTN', '261110ABCD1234', 'Damaged', 'New', 'Requested', 'mei.lin88', 'MUG-01', 'Shopee Chat'],
      ['2611190002RTN', '261113QWER5678', 'Defective', 'Open', 'Processing', 'raj_k', 'CUP-09', 'Shopee Chat'],
      ['2611180003RTN', '261115ZZZ999', 'Return', 'Open', 'Accepted', '', 'LMP-02', 'Shopee Chat'],
      ['2611210004RTN', '261110ABCD1234', 'Missing item', 'New', 'Requested', 'mei.lin88', 'CST-04', 'Shopee Chat'],
    ]);
    expect(byReturn(desk, '2611200001RTN')['Customer Name']).toBe('Mei Lin');
    expect(String(byReturn(desk, '2611190002RTN')['Description'])).toContain('return tracking SPXMY0001234');
    // Return and order IDs are text cells, never numbers.
    expect(typeof byReturn(desk, '2611200001RTN')['Return ID']).toBe('string');
    // Every new ticket is in the Audit Log.
    const log = desk.rows('Audit Log');
    expect(new Set(log.slice(1).map((l) => l[1])).size).toBeGreaterThanOrEqual(4);
  });

  it('importing the same export twice changes nothing', () => {
    const desk = shop();
    desk.ok('apiImportReturns', EN);
    const before = snapshot(desk);
    desk.env.clock.advance(5 * 60_000);
    const again = desk.ok('apiImportReturns', EN);
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 4]);
    expect(again.tickets.map((t: { action: string }) => t.action)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(snapshot(desk)).toBe(before);
  });

  it('a later export with new statuses updates the same tickets', () => {
    const desk = shop();
    desk.ok('apiImportReturns', EN);
    const ids = tickets(desk).map((t) => t['Ticket ID']);
    desk.at('2026-11-21 15:00');
    const later = EN
      .replace('2026-11-20 22:00,,Requested', '2026-11-20 22:00,,REFUND_PAID')
      .replace('SPXMY0001234,PROCESSING', 'SPXMY0001234,SELLER_DISPUTE')
      .replace('2026-11-18 16:30,,Accepted', '2026-11-18 16:30,,Closed');
    const r = desk.ok('apiImportReturns', later);
    expect([r.created, r.updated, r.unchanged]).toEqual([0, 3, 1]);
    const list = tickets(desk);
    expect(list.map((t) => t['Ticket ID'])).toEqual(ids);
    expect(list.map((t) => [t['Return ID'], t['Status'], t['Marketplace Status'], t['Resolution']])).toEqual([
      ['2611200001RTN', 'Resolved', 'Refund paid', 'Return & refund'],
      ['2611190002RTN', 'Open', 'Disputed', ''],
      ['2611180003RTN', 'Closed', 'Closed', ''],
      ['2611210004RTN', 'New', 'Requested', ''],
    ]);
    // Answered on Shopee before its due time: the marketplace clock was met.
    expect(byReturn(desk, '2611200001RTN')['Marketplace State']).toBe('Met');
    expect(ms(byReturn(desk, '2611200001RTN')['Resolved At'])).toBe(wallTime('2026-11-21 15:00'));
    const log = desk.rows('Audit Log').slice(1).filter((l) => l[3] === 'marketplaceStatus');
    expect(log.map((l) => [l[4], l[5]])).toContainEqual(['requested', 'refund_paid']);
  });

  it('reads the Chinese export', () => {
    const desk = shop('2026-11-22 10:00');
    const r = desk.ok('apiImportReturns', ZH);
    expect(r.format).toBe('Shopee returns (中文)');
    expect(r.created).toBe(2);
    expect(r.ignoredHeaders).toEqual(['运费']);
    expect(tickets(desk).map((t) => [t['Return ID'], t['Reason'], t['Status'], t['Customer ID']])).toEqual([
      ['2611220101RTN', 'Not received', 'New', 'xiaohong'],
      ['2611220102RTN', 'Damaged', 'Resolved', 'ahmad88'],
    ]);
  });

  it('a missing column is a bilingual error naming it, and nothing is written', () => {
    const desk = shop();
    const e = desk.err('apiImportReturns', EN.replace('Return Creation Time', 'Created'));
    expect(e.key).toBe('returns_column_missing');
    expect(e.en).toContain('"Return Creation Time"');
    expect(e.zh).toContain('“退货申请时间”');
    expect(desk.sheet('Tickets').getLastRow()).toBe(1);
  });

  it('set-up adds the new columns to an existing workbook without touching its data', () => {
    const desk = freshDesk();
    desk.ok('apiLogCase', { channel: 'Email', reason: 'refund', description: 'old ticket' });
    const sheet = desk.sheet('Tickets');
    const width = sheet.getLastColumn();
    const header = sheet.getRange(1, 1, 1, width).getValues()[0]!;
    const keep = header.map((h, i) => (['Return ID', 'Marketplace Status', 'Marketplace State'].includes(String(h)) ? -1 : i)).filter((i) => i >= 0);
    // An older workbook: the same tab without the three columns (block rewrite, as the setup test does).
    const all = sheet.getRange(1, 1, sheet.getLastRow(), width).getValues();
    const old = all.map((r) => [...keep.map((i) => r[i]), '', '', '']);
    sheet.getRange(1, 1, old.length, width).setValues(old as any);
    const before = plain(sheet.getRange(1, 1, 2, keep.length).getValues());
    // Before set-up the import refuses (it could not find its tickets again) and writes nothing.
    const refused = desk.err('apiImportReturns', EN);
    expect([refused.key, refused.field]).toEqual(['column_missing', 'returnId']);
    expect(refused.en).toContain('Set up / repair');
    expect(desk.sheet('Tickets').getLastRow()).toBe(2);
    const report = desk.ok('apiSetup');
    const actions = report.actions.map((a: { en: string }) => a.en).join('\n');
    expect(actions).toContain('"Return ID"');
    expect(actions).toContain('"Marketplace Status"');
    const after = desk.rows('Tickets');
    expect(plain(after.map((r) => r.slice(0, keep.length)).slice(0, 2))).toEqual(before);
    expect(after[0]!.slice(keep.length, keep.length + 3)).toEqual(['Return ID', 'Marketplace Status', 'Marketplace State']);
    // Shopee's clock gets the SLA highlighting too (column letter of Marketplace State).
    const i = keep.length + 2;
    const letter = (i >= 26 ? String.fromCharCode(64 + Math.floor(i / 26)) : '') + String.fromCharCode(65 + (i % 26));
    const rules = sheet.getConditionalFormatRules().map((r) => String(r.getBooleanCondition()?.getCriteriaValues()[0] ?? ''));
    expect(rules).toContain(`=OR($${letter}2="Breached",$${letter}2="已超时")`);
    // And the import works on the repaired workbook.
    desk.ok('apiImportOrders', ORDERS);
    desk.at('2026-11-21 10:00');
    expect(desk.ok('apiImportReturns', EN).created).toBe(4);
  });
});
