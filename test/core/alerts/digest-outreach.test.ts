import { describe, expect, it } from 'vitest';
import { order, ticket } from '../../../scripts/eval-alerts/records';
import { topCluster, tokens } from '../../../src/core/alerts/cluster';
import { escapeHtml, renderDigest, type DigestSection } from '../../../src/core/alerts/digest';
import { incidentSection } from '../../../src/core/alerts/incident-cards';
import type { Incident } from '../../../src/core/alerts/incidents';
import { outreachRows } from '../../../src/core/alerts/outreach';
import { CARE_MESSAGES, fillCareMessage, MAX_MESSAGE_CHARS } from '../../../src/core/alerts/outreach-texts';
import type { Alert } from '../../../src/core/alerts/types';

const NOW = Date.parse('2026-11-20T14:05:00+08:00');
const DAY = 86_400_000;

function defect(over: Partial<Alert> = {}): Alert {
  return {
    id: 'batch_defect|sku=SHIRT-1 reason=defective|2026-11-18', key: 'batch_defect|sku=SHIRT-1 reason=defective', kind: 'batch_defect',
    sku: 'SHIRT-1', reason: 'defective', window: { from: '2026-11-18', to: '2026-11-20', days: 3 }, observed: 20, expected: 2, significance: 1e-9,
    severity: 'high', message: { en: 'SKU SHIRT-1: 20 complaints', zh: 'SKU SHIRT-1：20 件投诉' },
    cluster: { share: 0.8, terms: ['纽扣', 'button'], examples: ['T-1', 'T-2'] }, ticketIds: ['T-1', 'T-2', 'T-3'], ...over,
  };
}

function incident(over: Partial<Incident> = {}): Incident {
  return { ...defect(), cause: 'batch_defect', absorbed: [], quotes: ['button fell off after one wash'], nextStep: { en: 'Check the stock', zh: '检查库存' }, ...over };
}

describe('digest', () => {
  it('escapes customer text: <script>, <img onerror> and & in SKU, quotes and shop name', () => {
    const bad = incident({ sku: '<img src=x onerror=alert(1)>', quotes: ['<script>steal()</script> button & thread'] });
    const d = renderDigest([incidentSection([bad])], { shopName: 'Tom & Jerry <Shop>', now: NOW, timeZone: 'Asia/Kuala_Lumpur', language: 'both' });
    expect(d.html).not.toMatch(/<script|<img/);
    expect(d.html).toContain('&lt;script&gt;steal()&lt;/script&gt; button &amp; thread');
    expect(d.html).toContain('SKU &lt;img src=x onerror=alert(1)&gt;');
    expect(d.html).toContain('Tom &amp; Jerry &lt;Shop&gt;');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });

  it('is one mobile-friendly column: one card per incident, high first, its context, quotes and next step, both languages', () => {
    const volume: Alert = { ...defect(), id: 'volume|all|2026-11-20', kind: 'volume', sku: undefined, reason: undefined, cluster: undefined, message: { en: 'Tickets today: 30, usually about 12.', zh: '今天工单 30 件，平常约 12 件。' } };
    const low = incident({ id: 'volume|reason=size|2026-11-20', kind: 'volume', cause: 'reason_surge', severity: 'low', sku: undefined, quotes: [], message: { en: 'Size tickets up', zh: '尺码工单上升' } });
    const high = incident({ absorbed: [volume] });
    const d = renderDigest([incidentSection([high, low])], { shopName: 'Shop', now: NOW, timeZone: 'Asia/Kuala_Lumpur', language: 'both', dashboardUrl: 'https://docs.google.com/x' });
    expect(d.subject).toBe('[AfterDesk] Shop: 2 incidents · 2 个事件 (High/高)');
    expect(d.html).toContain('max-width:600px');
    expect(d.html).not.toContain('<style');
    expect(d.html.indexOf('SKU SHIRT-1: 20 complaints')).toBeLessThan(d.html.indexOf('Size tickets up'));
    expect(d.html).toContain('SKU SHIRT-1：20 件投诉');
    // The absorbed volume alert is a context line of the defect's card, not a card of its own.
    expect(d.html.match(/Next step/g)).toHaveLength(2);
    expect(d.html).toContain('Tickets today: 30, usually about 12.');
    expect(d.html).toContain('“button fell off after one wash”');
    expect(d.html).toContain('padding:14px 28px'); // a big tap target
    expect(d.text).toContain('2026-11-20 14:05');
    expect(d.text).toContain('下一步');
    const en = renderDigest([incidentSection([high])], { shopName: 'Shop', now: NOW, timeZone: 'Asia/Kuala_Lumpur', language: 'en' });
    expect(en.html).not.toContain('投诉');
    expect(en.subject).toBe('[AfterDesk] Shop: 1 incident (High)');
  });

  it('takes any list of sections: another feature adds its own cards without the incident code', () => {
    const due: DigestSection = { id: 'due', title: { en: 'Due soon', zh: '即将到期' }, count: { en: '1 due soon', zh: '1 个即将到期' }, cards: [{ severity: 'medium', label: { en: 'Shopee', zh: 'Shopee' }, headline: { en: 'Ship order 123 by 18:00', zh: '18:00 前发货' } }] };
    const d = renderDigest([incidentSection([incident()]), due, { ...due, id: 'empty', cards: [] }], { shopName: 'Shop', now: NOW, timeZone: 'Asia/Kuala_Lumpur', language: 'en' });
    expect(d.subject).toBe('[AfterDesk] Shop: 1 incident, 1 due soon (High)');
    expect(d.html.indexOf('What needs you')).toBeLessThan(d.html.indexOf('Due soon (1)'));
    expect(d.html).toContain('Ship order 123 by 18:00');
    expect(d.text.match(/^== /gm)).toHaveLength(2); // the empty section is left out
  });
});

describe('care messages', () => {
  it('exist in all seven languages and stay under 600 characters when filled with long values', () => {
    for (const lang of Object.keys(CARE_MESSAGES) as (keyof typeof CARE_MESSAGES)[]) {
      const m = fillCareMessage(lang, { name: 'N'.repeat(100), product: 'P'.repeat(300), orderId: '2411200000123456', shop: 'S'.repeat(100) });
      expect(m.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
      expect(m).toContain('2411200000123456');
      expect(m).not.toMatch(/\{\w+\}/);
    }
    expect(fillCareMessage('en', { name: '', product: 'Shirt', orderId: 'O1', shop: 'Shop' })).toMatch(/^Hi there, this is Shop/);
  });
});

describe('outreach list', () => {
  it('one row per buyer of the SKU in the window, not-yet-complained first, in the buyer’s language', () => {
    const orders = [
      order({ orderId: 'O1', orderDate: NOW - 8 * DAY, customerId: 'A', customerName: 'Ana', sku: 'SHIRT-1', product: 'Oxford shirt', channel: 'Shopee' }),
      order({ orderId: 'O2', orderDate: NOW - 6 * DAY, customerId: 'A', customerName: 'Ana', sku: 'SHIRT-1', product: 'Oxford shirt' }),
      order({ orderId: 'O3', orderDate: NOW - 1 * DAY, customerId: 'B', customerName: 'Bo', sku: 'SHIRT-1', product: 'Oxford shirt' }),
      order({ orderId: 'O4', orderDate: NOW - 5 * DAY, customerId: 'C', customerName: '陈', sku: 'SHIRT-1', product: 'Oxford shirt' }),
      order({ orderId: 'O5', orderDate: NOW - 5 * DAY, customerId: 'D', customerName: 'Dee', sku: 'OTHER', product: 'Cap' }),
      order({ orderId: 'O6', orderDate: NOW - 60 * DAY, customerId: 'E', customerName: 'Eve', sku: 'SHIRT-1', product: 'Oxford shirt' }),
    ];
    const tickets = [ticket({ ticketId: 'T-1', customerId: 'C', sku: 'SHIRT-1', language: 'zh-CN', reason: 'defective' })];
    const rows = outreachRows(defect(), orders, tickets, { shopName: 'Shop', timeZone: 'Asia/Kuala_Lumpur', now: NOW, defaultLanguage: 'en', lookbackDays: 12 });
    expect(rows.map((r) => [r.customerId, r.orderId, r.priority])).toEqual([
      ['A', 'O2', 1], // held 6 days, latest order of the SKU
      ['B', 'O3', 2], // ordered yesterday: may not have it yet
      ['C', 'O4', 3], // already complained: their ticket is the conversation
    ]);
    expect(rows[2]!.language).toBe('zh-CN');
    expect(rows[2]!.message).toContain('陈您好');
    expect(rows[0]!.message).toContain('Hi Ana');
    expect(rows.every((r) => r.status === 'to_contact' && r.alertId === defect().id)).toBe(true);
  });
});

describe('description clusters', () => {
  it('tokenises CJK into bigrams and Latin into words, without stop words', () => {
    expect([...tokens('纽扣掉了 Button fell off the shirt!')].sort()).toEqual(['button', 'fell', 'shirt', '扣掉', '掉了', '纽扣'].sort());
  });

  it('finds the largest group of similar descriptions and its telling terms', () => {
    const docs = [
      { id: 'T1', text: '纽扣掉了' },
      { id: 'T2', text: '纽扣掉了 button fell off' },
      { id: 'T3', text: 'button fell off' },
      { id: 'T4', text: 'button fell off again' },
      { id: 'T5', text: 'wrong colour sent' },
    ];
    const c = topCluster(docs, 0.3, new Map([['fell', 1], ['off', 50]]), 100)!;
    expect(c.share).toBe(0.8);
    expect(c.examples).toEqual(['T1', 'T2', 'T3']);
    expect(c.terms[0]).toBe('button');
    expect(c.terms).not.toContain('off');
  });
});

describe('digest text in both languages', () => {
  it('shows a line once when its English and Chinese read the same (an order ID, a name)', () => {
    const section: DigestSection = {
      id: 'x',
      title: { en: 'Due soon on Shopee', zh: 'Shopee 即将超时' },
      count: { en: '1 due soon', zh: '1 条即将超时' },
      cards: [{ severity: 'high', label: { en: 'Chat', zh: '聊天' }, tag: 'T-1', headline: { en: '2 h left', zh: '剩 2 小时' }, context: [{ en: 'Order 2601 · Ann', zh: 'Order 2601 · Ann' }] }],
    };
    const d = renderDigest([section], { shopName: 'Shop', now: Date.parse('2026-12-01T08:00:00Z'), timeZone: 'Asia/Kuala_Lumpur', language: 'both' });
    expect(d.text.split('\n').filter((l) => l.includes('Order 2601 · Ann'))).toHaveLength(1);
    expect(d.html.split('Order 2601 · Ann')).toHaveLength(2);
    expect(d.text).toContain('2 h left');
    expect(d.text).toContain('剩 2 小时');
  });
});
