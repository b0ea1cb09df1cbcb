// The real bundle: analyzeMessage uses the shipped model, the hourly job learns the shop's words from new tickets only.
import { describe, expect, it } from 'vitest';
import { freshDesk } from './harness';

const SHOP_PHRASE = 'frobnic came with the glimmer cap';

describe('intent model and shop learning in dist/Code.js', () => {
  it('names a reason no keyword covers, and learns the shop words from its Tickets', () => {
    const desk = freshDesk({ now: '2026-11-19T02:00:00Z' });
    // The model, not a keyword: the rules alone name nothing here.
    expect(desk.ok('apiAnalyzeMessage', 'the thing just refuses to charge', {}).intent).toBe('defective');
    expect(desk.ok('apiAnalyzeMessage', SHOP_PHRASE, {}).intent).not.toBe('wrong_item');

    const log = (description: string, reason: string) => desk.ok('apiLogCase', { channel: 'Shopee Chat', reason, language: 'en', customerId: 'buyer', customerName: 'Ann', description });
    log('my parcel is late', 'logistics');
    log('cup arrived broken', 'damaged');
    log('please refund me', 'refund');
    // One ticket in the shop's words: not enough to learn from.
    log('frobnic came with the glimmer cap again', 'wrong_item');
    const first = desk.ok('apiLearnShopWords');
    expect(first.learned).toBe(4);
    const tab = desk.sheet('Intent Learning');
    expect(tab.isSheetHidden()).toBe(true);
    const rows = desk.rows('Intent Learning');
    expect(rows[1]).toEqual(['#state', 'rows 5 · tickets 4']);
    expect(rows.find((r) => r[0] === 'w:glimmer')?.[1]).toMatch(/^wrong_item 1(\.5)?$/);
    expect(desk.ok('apiAnalyzeMessage', SHOP_PHRASE, {}).intent).not.toBe('wrong_item');

    // Two more agreeing tickets: the shop's phrase is learned; the next run reads only the new rows.
    log('glimmer cap on my frobnic', 'wrong_item');
    log('got a glimmer cap frobnic', 'wrong_item');
    desk.env.calls.reset();
    const second = desk.ok('apiLearnShopWords');
    const learnCalls = desk.env.calls.spreadsheet();
    desk.env.calls.reset();
    desk.ok('apiLearnShopWords');
    const idleCalls = desk.env.calls.spreadsheet();
    console.log(`learnShopWords Spreadsheet calls: ${learnCalls} with new tickets, ${idleCalls} with none`);
    // Bounded (openContext included): header, new rows and the tab in batched calls; an idle run reads one state row.
    // (28 before the team role check — Agents read in blocks — and the grid checks joined every API call.)
    expect(learnCalls).toBeLessThanOrEqual(45);
    expect(idleCalls).toBeLessThanOrEqual(30); // 12 without the role check (the hourly job runs without one)
    expect(second).toMatchObject({ learned: 2, rowsRead: 7 });
    expect(desk.ok('apiAnalyzeMessage', SHOP_PHRASE, {}).intent).toBe('wrong_item');
    expect(desk.ok('apiDetectIntent', SHOP_PHRASE).intent).toBe('wrong_item');
    expect(desk.ok('apiLearnShopWords')).toMatchObject({ learned: 0, rowsRead: 7 });

    // A common phrase is not flipped by one wrongly labelled ticket.
    log('arrived broken', 'wrong_item');
    desk.ok('apiLearnShopWords');
    expect(desk.ok('apiAnalyzeMessage', 'arrived broken', {}).intent).toBe('damaged');
  });

  it('detects many messages in one call, in order', () => {
    const desk = freshDesk({ now: '2026-11-19T02:00:00Z' });
    const out = desk.ok('apiDetectIntents', ['收到的杯子碎了', 'hello', 'kok belum dikirim sih kak']);
    expect(out.map((r: { intent: string | null }) => r.intent)).toEqual(['damaged', null, 'logistics']);
    expect(out[2].language).toBe('id');
  });
});
