// Reply templates: filling rules, language fallbacks, and completeness of the shipped replies, checklists and SOP.
import { describe, expect, it } from 'vitest';
import checklists from '../../sheets-templates/data/checklists.json';
import replies from '../../sheets-templates/data/replies.json';
import sop from '../../sheets-templates/data/sop.json';
import { LANGUAGES, REASONS } from '../../sheets-templates/enums';
import { fillTemplate, pickReply, type ReplyRow } from '../../src/core/replies';

const rows = replies as ReplyRow[];

describe('fillTemplate', () => {
  it('fills every known placeholder', () => {
    const r = fillTemplate('Hi {customer}, order {order} ({sku}) is with {agent}, due {due}.', {
      customer: 'Aisyah',
      order: '2411230001',
      sku: 'MUG-02',
      agent: 'Mei',
      due: '17:00',
    });
    expect(r).toEqual({ text: 'Hi Aisyah, order 2411230001 (MUG-02) is with Mei, due 17:00.', missing: [], unknown: [] });
  });
  it('drops an optional segment whose placeholder has no value, and keeps it otherwise', () => {
    const t = 'We got it[ for order {order}] and[ {agent} from] our team is on it.';
    expect(fillTemplate(t, { order: '42', agent: 'Mei' }).text).toBe('We got it for order 42 and Mei from our team is on it.');
    const r = fillTemplate(t, { order: '  ' });
    expect(r.text).toBe('We got it and our team is on it.');
    expect(r.missing).toEqual(['order', 'agent']);
  });
  it('removes a bare missing placeholder and tidies the punctuation around it', () => {
    expect(fillTemplate('Hi {customer}, thanks!', {}).text).toBe('Hi, thanks!');
    expect(fillTemplate('{customer}您好，收到了。', {}).text).toBe('您好，收到了。');
    expect(fillTemplate('Ref ({order}) noted , thanks', {}).text).toBe('Ref noted, thanks');
    expect(fillTemplate('{customer}, hello', {}).text).toBe('hello');
  });
  it('reports unknown placeholders and never leaves braces behind', () => {
    const r = fillTemplate('Dear {Customer}, your {oder} is ready', { customer: 'Ali' });
    expect(r.text).toBe('Dear Ali, your is ready');
    expect(r.missing).toEqual(['oder']);
    expect(r.unknown).toEqual(['oder']);
  });
  it('does not let a value inject a placeholder', () => {
    const r = fillTemplate('Hi {customer}, order {order}', { customer: '{order}', order: '7' });
    expect(r.text).toBe('Hi order, order 7');
  });
  it('leaves square brackets without placeholders alone', () => {
    expect(fillTemplate('[SALE] Hi {customer}', { customer: 'Ali' }).text).toBe('[SALE] Hi Ali');
  });
});

describe('pickReply', () => {
  const sample: ReplyRow[] = [
    { reason: 'damaged', language: 'zh-CN', kind: 'ack', text: '简体' },
    { reason: 'damaged', language: 'id', kind: 'ack', text: 'Indonesia' },
    { reason: 'damaged', language: 'en', kind: 'ack', text: 'English' },
    { reason: 'damaged', language: 'th', kind: 'ack', text: '  ' },
    { reason: 'other', language: 'ms', kind: 'info', text: 'Lain-lain' },
  ];
  it('falls back zh-TW → zh-CN, ms → id, th → en', () => {
    expect(pickReply(sample, 'damaged', 'zh-TW', 'ack')?.text).toBe('简体');
    expect(pickReply(sample, 'damaged', 'ms', 'ack')?.text).toBe('Indonesia');
    expect(pickReply(sample, 'damaged', 'th', 'ack')?.text).toBe('English');
    expect(pickReply(sample, 'damaged', null, 'ack')?.text).toBe('English');
  });
  it('falls back to the other reason and returns null when nothing fits', () => {
    expect(pickReply(sample, 'size', 'id', 'info')?.text).toBe('Lain-lain');
    expect(pickReply(sample, 'size', 'vi', 'info')).toBeNull();
  });
});

describe('shipped templates', () => {
  it('cover every reason × language × kind with the five known placeholders only', () => {
    for (const r of REASONS) {
      for (const l of LANGUAGES) {
        for (const kind of ['ack', 'info'] as const) {
          const row = rows.find((x) => x.reason === r.key && x.language === l.key && x.kind === kind);
          expect(row, `${r.key}/${l.key}/${kind}`).toBeDefined();
          const empty = fillTemplate(row!.text, {});
          expect(empty.unknown).toEqual([]);
          expect(empty.text).not.toMatch(/[{}[\]]/);
          const full = fillTemplate(row!.text, { customer: 'A', order: '1', sku: 'S', agent: 'M', due: 'D' });
          expect(full.missing).toEqual([]);
          expect(full.text).not.toMatch(/[{}[\]]/);
        }
      }
    }
    // Acknowledgements name the order when it is known.
    expect(rows.filter((x) => x.kind === 'ack').every((x) => x.text.includes('{order}'))).toBe(true);
  });
  it('have a checklist and a four-stage SOP for every reason', () => {
    for (const r of REASONS) {
      const list = (checklists as { reason: string; items: { en: string; zh: string }[] }[]).find((c) => c.reason === r.key);
      expect(list?.items.length, r.key).toBeGreaterThan(0);
      const steps = (sop as { reason: string; steps: { stage: string; en: string; zh: string }[] }[]).find((s) => s.reason === r.key)?.steps ?? [];
      expect(new Set(steps.map((s) => s.stage)), r.key).toEqual(new Set(['reception', 'diagnosis', 'solution', 'follow_up']));
      expect(steps.every((s) => s.en.length > 0 && s.zh.length > 0)).toBe(true);
    }
    const damaged = (checklists as { reason: string; items: { key: string }[] }[]).find((c) => c.reason === 'damaged')!;
    expect(damaged.items.map((i) => i.key)).toEqual(['photo_outside', 'photo_item', 'order_number']);
  });
});
