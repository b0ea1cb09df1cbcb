import { describe, expect, it } from 'vitest';
import { groupIncidents, representativeQuotes } from '../../../src/core/alerts/incidents';
import type { Alert } from '../../../src/core/alerts/types';
import { dayWords, percentWords, quoteText, ratePair, timesUsual, usualCount } from '../../../src/core/alerts/words';

const DAY = '2026-11-20';
const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k}`);

function alert(over: Partial<Alert> & Pick<Alert, 'kind'>): Alert {
  const dim = [over.sku && `sku=${over.sku}`, over.reason && `reason=${over.reason}`, over.channel && `channel=${over.channel}`, over.topic && `topic=${over.topic}`].filter(Boolean).join(' ') || 'all';
  return {
    id: `${over.kind}|${dim}|${DAY}`, key: `${over.kind}|${dim}`, window: { from: DAY, to: DAY, days: 1 }, observed: 10, expected: 1, significance: 1e-6,
    severity: 'high', message: { en: `${over.kind} ${dim}`, zh: dim }, ticketIds: [], ...over,
  };
}

const none = () => undefined;

describe('incidents', () => {
  it('a batch defect absorbs the reason and overall spikes its tickets account for', () => {
    const defect = alert({ kind: 'batch_defect', sku: 'S1', reason: 'defective', observed: 9, ticketIds: ids('B', 9) });
    const reason = alert({ kind: 'volume', reason: 'defective', observed: 9, expected: 0.3, ticketIds: ids('B', 9) });
    // 16 tickets against 5 usual: an excess of 11, of which the defect's 9 are most.
    const all = alert({ kind: 'volume', observed: 16, expected: 5, ticketIds: [...ids('B', 9), ...ids('N', 7)] });
    const out = groupIncidents([all, reason, defect], none);
    expect(out).toHaveLength(1);
    expect(out[0]!.id).toBe(defect.id);
    expect(out[0]!.cause).toBe('batch_defect');
    expect(out[0]!.absorbed.map((a) => a.id).sort()).toEqual([all.id, reason.id].sort());
    expect(out[0]!.ticketIds).toHaveLength(16);
  });

  it('keeps an overall spike the defect does not account for as its own incident', () => {
    const defect = alert({ kind: 'batch_defect', sku: 'S1', reason: 'defective', observed: 5, ticketIds: ids('B', 5) });
    // 40 against 12: an excess of 28; the defect's 5 tickets are not most of it.
    const all = alert({ kind: 'volume', observed: 40, expected: 12, ticketIds: [...ids('B', 5), ...ids('N', 35)] });
    expect(groupIncidents([all, defect], none).map((i) => i.cause).sort()).toEqual(['batch_defect', 'volume']);
  });

  it('a channel spike that is the whole shop goes with the overall figure; one that differs stands alone', () => {
    const all = alert({ kind: 'volume', observed: 20, expected: 8, ticketIds: ids('A', 20) });
    const same = alert({ kind: 'volume', channel: 'shopee_chat', observed: 20, expected: 8, ticketIds: ids('A', 20) });
    const one = groupIncidents([same, all], none);
    expect(one).toHaveLength(1);
    expect(one[0]!.cause).toBe('volume');
    expect(one[0]!.absorbed.map((a) => a.id)).toEqual([same.id]);
    // Lazada: 10 against 1 usual while the rest of the shop has 10 against 11: the channel is the news.
    const lazada = alert({ kind: 'volume', channel: 'lazada_chat', observed: 10, expected: 1, ticketIds: ids('A', 10) });
    const all2 = alert({ kind: 'volume', observed: 20, expected: 12, ticketIds: ids('A', 20) });
    const two = groupIncidents([all2, lazada], none);
    expect(two).toHaveLength(1);
    expect(two[0]!.cause).toBe('channel_surge');
    expect(two[0]!.absorbed.map((a) => a.id)).toEqual([all2.id]);
  });

  it('attaches SLA misses to the surge whose tickets they are, and not an unrelated one', () => {
    const surge = alert({ kind: 'volume', reason: 'not_received', observed: 14, expected: 0.2, ticketIds: ids('C', 14) });
    const sla = alert({ kind: 'sla', observed: 12, expected: 0.2, ticketIds: [...ids('C', 10), 'X1', 'X2'] });
    const out = groupIncidents([sla, surge], none);
    expect(out).toHaveLength(1);
    expect(out[0]!.cause).toBe('delivery');
    expect(out[0]!.nextStep.en).toContain('Contact the courier');
    expect(out[0]!.absorbed.map((a) => a.kind)).toEqual(['sla']);
    const other = alert({ kind: 'sla', observed: 6, expected: 0.2, ticketIds: ids('Z', 6) });
    expect(groupIncidents([other, surge], none).map((i) => i.cause).sort()).toEqual(['delivery', 'sla']);
  });

  it('two causes on one day explain the overall spike together; it goes with the larger', () => {
    const defect = alert({ kind: 'batch_defect', sku: 'S1', reason: 'defective', observed: 9, ticketIds: ids('B', 9) });
    const courier = alert({ kind: 'volume', reason: 'not_received', observed: 14, expected: 0.2, ticketIds: ids('C', 14) });
    const all = alert({ kind: 'volume', observed: 33, expected: 4, ticketIds: [...ids('B', 9), ...ids('C', 14), ...ids('N', 10)] });
    // The defect's own reason spike is small beside the day's spike, but the defect accounts for it: it stays there.
    const reason = alert({ kind: 'volume', reason: 'defective', observed: 9, expected: 0.3, ticketIds: ids('B', 9) });
    const out = groupIncidents([all, reason, courier, defect], none);
    expect(out.map((i) => i.cause)).toEqual(['batch_defect', 'delivery']);
    expect(out[0]!.absorbed.map((a) => a.id)).toEqual([reason.id]);
    expect(out[1]!.absorbed.map((a) => a.id)).toEqual([all.id]);
  });

  it('a return-rate rise on the defective SKU is the same incident', () => {
    const defect = alert({ kind: 'batch_defect', sku: 'S1', reason: 'defective', ticketIds: ids('B', 9) });
    const returns = alert({ kind: 'return_rate', sku: 'S1', observed: 6, expected: 1, ticketIds: ids('R', 6), window: { from: '2026-11-14', to: DAY, days: 7 } });
    const elsewhere = alert({ kind: 'return_rate', sku: 'S2', observed: 6, expected: 1, ticketIds: ids('Q', 6) });
    const out = groupIncidents([returns, elsewhere, defect], none);
    expect(out.map((i) => `${i.cause}:${i.sku}`)).toEqual(['batch_defect:S1', 'return_rate:S2']);
    expect(out[0]!.absorbed).toEqual([returns]);
  });

  it('quotes the customers from the incident’s own tickets', () => {
    const defect = alert({ kind: 'batch_defect', sku: 'S1', ticketIds: ['T1', 'T2'] });
    const text: Record<string, string> = { T1: 'button fell off, mail me at ana@example.com', T2: '' };
    expect(groupIncidents([defect], (id) => text[id])[0]!.quotes).toEqual(['button fell off, mail me at [email]']);
  });
});

describe('representative quotes', () => {
  it('take the most central text of each of the largest groups, at most three, never twice the same', () => {
    const texts = [
      'button fell off after one wash', 'the button fell off after one wash', 'button fell off after wash', 'button fell off after wash',
      '纽扣掉了', '纽扣掉了两颗', 'parcel is late', 'colour is wrong',
    ];
    const q = representativeQuotes(texts);
    expect(q).toHaveLength(3);
    expect(q[0]).toBe('button fell off after wash'); // the largest group (4 tickets), its most central text
    expect(q[1]).toMatch(/^纽扣掉了/);
    expect(new Set(q).size).toBe(3);
  });
});

describe('words', () => {
  it('say counts and rates as people do', () => {
    expect(usualCount(0.0076)).toEqual({ en: 'usually none', zh: '平常没有' });
    expect(usualCount(0.34).en).toBe('usually none');
    expect(usualCount(4.17).en).toBe('usually about 4');
    expect(timesUsual(8, 0.34)).toBeNull(); // no ratio against less than one ticket
    expect(timesUsual(30, 12)).toEqual({ en: '3 times the usual', zh: '平常的 3 倍' });
    expect(timesUsual(15, 12)).toBeNull();
    expect(percentWords(16 / 140)).toEqual({ en: '11 %', zh: '11%' });
    expect(percentWords(0.004).en).toBe('under 1 %');
    expect(dayWords('2026-11-24')).toEqual({ en: '24 Nov', zh: '11月24日' });
    // Both under 1 %: a decimal, so "0.8 %, usually 0.2 %" rather than "under 1 %, usually under 1 %".
    expect(ratePair(5 / 620, 0.0021)).toEqual({ now: { en: '0.8 %', zh: '0.8%' }, usual: { en: '0.2 %', zh: '0.2%' } });
    expect(ratePair(16 / 140, 0.004).usual.en).toBe('under 1 %');
    expect(ratePair(5 / 319, 0.015)).toEqual({ now: { en: '1.6 %', zh: '1.6%' }, usual: { en: '1.5 %', zh: '1.5%' } });
  });

  it('mask e-mail addresses and phone numbers but keep order numbers, on one clipped line', () => {
    expect(quoteText('call +60 12-345 6789 or mail a.b@shop.co.id\nplease')).toBe('call [phone] or mail [email] please');
    expect(quoteText('order 2411200000123456 not here')).toBe('order 2411200000123456 not here');
    expect(quoteText('x'.repeat(200))).toHaveLength(140);
  });
});
