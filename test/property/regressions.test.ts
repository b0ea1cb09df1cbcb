/**
 * The shrunk counterexamples the property suite found, kept as explicit examples through the real bundle. Before
 * the fixes each of these threw a raw TypeError (or a regular-expression error) out of the sidebar API instead of
 * returning a bilingual error, and Apps Script showed the agent a stack trace.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { call, snapshot } from './bundle';
import { seedShop, type Shop } from './shop';

/** JSON google.script.run passes through: String() on it throws "Cannot convert object to primitive value". */
const EVIL = { toString: 'x', valueOf: 1 };

let shop: Shop;
beforeAll(() => {
  shop = seedShop();
});

function refused(fn: string, ...args: unknown[]) {
  const before = snapshot(shop.desk);
  const r = call(shop.desk, fn, ...args);
  expect(r.ok, `${fn} accepted ${JSON.stringify(args).slice(0, 80)}`).toBe(false);
  expect(snapshot(shop.desk)).toBe(before);
  return (r as { error: { key: string; field?: string; en: string } }).error;
}

describe('an object where text is expected is refused by name', () => {
  it.each([
    ['apiGetTicket', [EVIL], 'ticketId'],
    ['apiKbUse', [EVIL], 'articleId'],
    ['apiPromoteToKb', [EVIL], 'ticketId'],
    ['apiSurveyLink', [EVIL], 'ticketId'],
    ['apiUpdateTicket', [EVIL, { reply: 'hi' }], 'ticketId'],
    ['apiDecideApproval', [EVIL, 'approve', ''], 'approvalId'],
    ['apiDecideApproval', ['A-00001', 'approve', EVIL], 'comment'],
    ['apiCompleteCallback', [EVIL, 'Called, refunded'], 'callbackId'],
    ['apiImportOrders', [EVIL], 'csv'],
    ['apiImportReturns', [EVIL], 'csv'],
    ['apiAnalyzeMessage', ['', { orderId: EVIL }], 'orderId'],
    ['apiSurveyResponse', [{ ref: EVIL }], 'ref'],
    ['apiDetectIntent', [EVIL], 'text'],
  ] as [string, unknown[], string][])('%s %j', (fn, args, field) => {
    const e = refused(fn, ...args);
    expect(e).toMatchObject({ key: 'invalid_input', field });
    expect(e.en).toContain('wrong type');
  });

  it('a row that is not a row number: Outreach, Review actions', () => {
    for (const fn of ['apiCreateActionFromReview', 'apiPromoteReviewLine']) {
      expect(refused(fn, EVIL)).toMatchObject({ key: 'invalid_input', field: 'row' });
      // NaN arrives as null through google.script.run: "missing", not "got null".
      expect(refused(fn, NaN).en).toBe('The row is missing: give a sheet row number.');
    }
    expect(refused('apiUpdateOutreach', EVIL, 'contacted')).toMatchObject({ key: 'invalid_input', field: 'row' });
    expect(refused('apiUpdateOutreach', 2.5, 'contacted').en).toBe('The row must be a sheet row number, got "2.5".');
  });
});

describe('other crashes the properties shrank', () => {
  it('kbSearch with a list as its language: was "….trim is not a function"', () => {
    expect(refused('apiKbSearch', 'broken mug', { language: [] })).toMatchObject({ key: 'invalid_input', field: 'language' });
    expect(refused('apiCaseContext', { reason: 5 })).toMatchObject({ key: 'invalid_input', field: 'reason' });
  });

  it('the weekly review given a number as its week: was "week.trim is not a function"', () => {
    const e = refused('apiRunWeeklyReview', { week: 1e15 });
    expect(e.field ?? e.key).toMatch(/week/);
  });

  it('a 45,000-character ticket ID: was "Invalid regular expression: … too large" from the ID search', () => {
    const id = `=1+1${'a'.repeat(45_000)}`;
    expect(refused('apiGetTicket', id)).toMatchObject({ key: 'ticket_unknown', field: 'ticketId' });
    expect(refused('apiUpdateTicket', id, { reply: 'hi' })).toMatchObject({ key: 'ticket_unknown' });
  });
});

describe('cells over the 50,000 characters a Sheets cell holds', () => {
  it('an orders CSV line with such a cell is rejected by line; the other lines are imported (was a raw Sheets exception)', () => {
    const desk = shop.desk;
    const csv = ['Order ID,Customer Name,SKU,Product', `O-7001,${'x'.repeat(50_005)},MUG-01,Mug`, 'O-7002,Nur,MUG-01,Mug'].join('\n');
    const r = call(desk, 'apiImportOrders', csv);
    expect(r.ok).toBe(true);
    const report = (r as { data: { imported: number; rejected: { line: number; reason: string }[] } }).data;
    expect(report.imported).toBe(1);
    expect(report.rejected).toEqual([{ line: 2, reason: 'the cell under "Customer Name" is longer than a spreadsheet cell holds (50,000 characters)' }]);
  });
});

describe('found by a longer run (seed 99, 240 runs)', () => {
  it('an object as a survey answer\'s language, a KPI bound or one of many messages is refused by name (was a TypeError)', () => {
    expect(refused('apiSurveyResponse', { ref: '2026-02-30', language: EVIL })).toMatchObject({ key: 'invalid_input', field: 'language' });
    expect(refused('apiKpi', { to: EVIL })).toMatchObject({ key: 'invalid_input', field: 'to' });
    expect(refused('apiDetectIntents', [EVIL])).toMatchObject({ key: 'invalid_input', field: 'text' });
  });

  it('a returns export line with a cell over 50,000 characters is rejected by line; the rest is imported', () => {
    const header = 'Return ID,Order ID,Order Creation Date,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return / Refund Status,Solution,Refund Amount';
    const csv = [header, `2611209999RTN,261110ABCD1234,2026-11-10 14:32,Mug,MUG-01,1,${'x'.repeat(50_001)},2026-11-20 22:00,Requested,Return and refund,19.90`, '2611209998RTN,261110ABCD1234,2026-11-10 14:32,Mug,MUG-01,1,Broken,2026-11-20 22:00,Requested,Return and refund,19.90'].join('\n');
    const r = call(shop.desk, 'apiImportReturns', csv);
    expect(r.ok).toBe(true);
    const data = (r as { data: { created: number; rejected: { line: number; reason: string }[] } }).data;
    expect(data.created).toBe(1);
    expect(data.rejected.map((x) => x.line)).toEqual([2]);
    expect(data.rejected[0]!.reason).toContain('longer than a spreadsheet cell holds');
  });
});

describe('found by a longer run (seed 42, 200 runs)', () => {
  it('a 50,000-character ticket ID typed into Tickets: the weekly review still writes (was a raw Sheets exception after the old section was deleted)', async () => {
    const { reviewDesk, review } = await import('../server/review-shop');
    const desk = reviewDesk();
    review(desk, '2026-W47');
    const rows = desk.sheet('Review').getLastRow();
    // The first ticket of the review week gets the over-long ID (a hand edit).
    const tickets = desk.rows('Tickets');
    const r = tickets.findIndex((t, i) => i > 0 && String(t[1]).length > 0 && /cracked|<script/.test(String(tickets[i]![13] ?? '')));
    desk.sheet('Tickets').getRange(r > 0 ? r + 1 : 3, 1).setValue(`=1+1${'a'.repeat(49_996)}`);
    const again = call(desk, 'apiRunWeeklyReview', { week: '2026-W47' });
    expect(again.ok).toBe(true);
    expect(desk.sheet('Review').getLastRow()).toBeGreaterThanOrEqual(rows - 1);
  });
});

describe('found by a longer run (seed 2026, 200 runs)', () => {
  it('a Time Zone typed wrong: the hourly and 5-minute triggers keep the mail queued instead of failing every run', async () => {
    const { seedShop: seed } = await import('./shop');
    const { desk, tickets } = seed();
    desk.as('aisyah@shop.test');
    desk.ok('apiUpdateTicket', tickets[2]!, { compensation: 90 }); // queues an approval request
    desk.as('owner@shop.test');
    const queued = () => desk.rows('Mail Queue').slice(1).filter((r) => r.includes('queued')).length;
    const before = queued();
    expect(before).toBeGreaterThan(0);
    desk.setting('Time Zone', '=1/0');
    desk.env.clock.advance(3_600_000);
    expect(() => desk.bundle.call('onHourly')).not.toThrow();
    expect(() => desk.bundle.call('onMailQueue')).not.toThrow();
    expect(queued()).toBe(before);
    expect(desk.env.logs.some((l) => l.includes('AfterDesk mail: stays queued') && l.includes('Time Zone'))).toBe(true);
    desk.setting('Time Zone', 'Asia/Kuala_Lumpur');
    desk.bundle.call('onMailQueue');
    expect(queued()).toBe(0);
  });
});
