// Intent detection: normalisation, Aho–Corasick leftmost-longest, negation scope, language, priority, robustness.
import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/core/intents/detect';
import { detectLanguage } from '../../src/core/intents/language';
import { buildIntentMatcher, type IntentKeywordRow } from '../../src/core/intents/matcher';
import { normaliseMessage } from '../../src/core/intents/normalise';

describe('normaliseMessage', () => {
  it('folds width, case, Traditional characters, zero-width and whitespace, keeping offsets', () => {
    const n = normaliseMessage('  ＲＥＦＵＮＤ\u200b 換貨\t\t沒收到 ');
    expect(n.text).toBe('refund 换货 没收到');
    // '换' came from index 10 of the original ('  ' + 6 letters + ZWSP + ' ' = 10).
    expect(n.origin[n.text.indexOf('换')]).toBe(10);
    expect(n.truncated).toBe(false);
  });
  it('composes Vietnamese combining accents onto the base letter', () => {
    expect(normaliseMessage('hoa\u0300n tie\u0302\u0300n').text).toBe('hoàn tiền');
  });
  it('truncates at the analysis limit and says so', () => {
    const n = normaliseMessage('a'.repeat(20), 5);
    expect(n.text).toBe('aaaaa');
    expect(n.truncated).toBe(true);
  });
});

describe('buildIntentMatcher', () => {
  const rows: IntentKeywordRow[] = [
    { reason: 'refund', language: 'zh-CN', keyword: '退款', weight: 1 },
    { reason: 'return', language: 'zh-CN', keyword: '退货', weight: 1 },
    { reason: 'refund', language: 'zh-CN', keyword: '退货退款', weight: 1 },
    { reason: 'cancel', language: 'ms', keyword: 'tak', weight: 1 },
    { reason: 'size', language: 'en', keyword: 'he', weight: 1 },
    { reason: 'size', language: 'en', keyword: 'hers', weight: 1 },
  ];
  const m = buildIntentMatcher(rows);
  it('picks the longest keyword at the leftmost start and never overlaps', () => {
    const hits = m.find('我要退货退款');
    expect(hits.map((h) => [h.row.keyword, h.start, h.end])).toEqual([['退货退款', 2, 6]]);
  });
  it('matches Latin keywords on word boundaries only', () => {
    expect(m.find('tukar kotak').length).toBe(0);
    expect(m.find('tak nak').map((h) => h.row.keyword)).toEqual(['tak']);
    expect(m.find('ushers hers').map((h) => [h.row.keyword, h.start])).toEqual([['hers', 7]]);
  });
  it('is reusable across texts', () => {
    expect(m.find('退款').length).toBe(1);
    expect(m.find('退货').length).toBe(1);
  });
});

describe('detectIntent', () => {
  it('detects the intent of plain complaints in every language', () => {
    expect(detectIntent('收到的杯子碎了').intent).toBe('damaged');
    expect(detectIntent('訂了兩件只收到一件，少寄了').intent).toBe('missing_item');
    expect(detectIntent('tracking says delivered but I never received it').intent).toBe('not_received');
    expect(detectIntent('boleh refund tak?').intent).toBe('refund');
    expect(detectIntent('kak bisa tukar ukuran XL gak?').intent).toBe('exchange');
    expect(detectIntent('ขอยกเลิกคำสั่งซื้อค่ะ').intent).toBe('cancel');
    expect(detectIntent('shop giao sai màu rồi').intent).toBe('wrong_item');
  });
  it('negates the refund in "不要退款，换一个" and picks exchange', () => {
    const r = detectIntent('不要退款，换一个');
    expect(r.intent).toBe('exchange');
    expect(r.negated).toEqual(['refund']);
    expect(r.matches.find((m) => m.reason === 'refund')).toMatchObject({ start: 2, end: 4, negated: true });
  });
  it('negates the refund in "no refund, just send the missing part"', () => {
    const r = detectIntent('no refund, just send the missing part');
    expect(r.intent).toBe('missing_item');
    expect(r.negated).toEqual(['refund']);
  });
  it('treats lexicalised negatives as keywords, not negations', () => {
    for (const text of ['我没收到货', '还未收到', '一直收不到', 'parcel not received', 'saya belum terima barang', 'paket tidak sampai', 'mình chưa nhận được hàng', 'ยังไม่ได้รับของ']) {
      const r = detectIntent(text);
      expect(r.intent, text).toBe('not_received');
      expect(r.negated, text).toEqual([]);
    }
  });
  it('reads A-not-A questions as requests', () => {
    expect(detectIntent('能不能退款').intent).toBe('refund');
    expect(detectIntent('可不可以换').intent).toBe('exchange');
    expect(detectIntent('可以退吗 退款').negated).toEqual([]);
  });
  it('keeps the negation scope short and stops at clause breaks', () => {
    // Cue 不 then five characters before 退款: outside the four-character CJK scope.
    expect(detectIntent('不是我说的那个意思退款').negated).toEqual([]);
    // Four tokens (happy, with, this, so) separate "not" from "refund": out of the three-token scope.
    expect(detectIntent('not happy with this so refund').negated).toEqual([]);
    expect(detectIntent('not happy with this so refund').intent).toBe('refund');
    expect(detectIntent("don't want a refund").negated).toEqual(['refund']);
    expect(detectIntent('tak nak, refund je').intent).toBe('refund');
  });
  it('detects language by script, diacritics and marker words', () => {
    expect(detectLanguage('我的快递到哪了')).toBe('zh-CN');
    expect(detectLanguage('我的包裹現在到哪裡了')).toBe('zh-TW');
    expect(detectLanguage('พัสดุถึงไหนแล้วคะ')).toBe('th');
    expect(detectLanguage('đơn hàng của mình đang ở đâu')).toBe('vi');
    expect(detectLanguage('boleh tukar saiz tak')).toBe('ms');
    expect(detectLanguage('kok belum dikirim sih kak')).toBe('id');
    expect(detectLanguage('where is my parcel')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });
  it('raises the priority with anger words and exclamation runs', () => {
    expect(detectIntent('杯子碎了').priority).toBe('normal');
    expect(detectIntent('杯子碎了，我要投诉').priority).toBe('urgent');
    const r = detectIntent('SCAM!!! where is my parcel');
    expect(r.anger).toBe(3);
    expect(r.priority).toBe('urgent');
    expect(detectIntent('what size should I take?').priority).toBe('low');
  });
  it('returns null with no match and survives hostile input', () => {
    expect(detectIntent('').intent).toBeNull();
    expect(detectIntent('😀😀🎉').intent).toBeNull();
    // The keyword rules alone (the model's scores are probabilities, see intents-model.test.ts).
    const rules = { model: null };
    expect(detectIntent('<b>hello</b> <script>alert(1)</script>', undefined, rules).intent).toBeNull();
    const huge = '退款 '.repeat(40_000);
    expect(detectIntent(huge).intent).toBe('refund');
    const r = detectIntent(huge, undefined, rules);
    expect(r.truncated).toBe(true);
    expect(r.intent).toBe('refund');
    // 5,000 analysed characters hold 1,667 full "退款 " groups (the last one cut after 退款).
    expect(r.intents[0].score).toBe(2 * 1667);
    expect(detectIntent('ok 😀 退款 refund ยกเลิก', undefined, rules).intents.map((i) => i.intent).sort()).toEqual(['cancel', 'refund']);
  });
  it('accepts a workbook keyword table', () => {
    const m = buildIntentMatcher([{ reason: 'other', language: 'en', keyword: 'invoice', weight: 1 }]);
    expect(detectIntent('need an invoice please', m).intent).toBe('other');
    expect(detectIntent('refund', m, { model: null }).intent).toBeNull();
  });
});

describe('built-in keyword table', () => {
  it('names only DATA.md reasons and known kinds, with numeric weights', async () => {
    const { BUILT_IN_KEYWORDS } = await import('../../src/core/intents/detect');
    const { REASONS } = await import('../../sheets-templates/enums');
    const reasons = new Set(REASONS.map((r) => r.key as string));
    for (const row of BUILT_IN_KEYWORDS) {
      const kind = row.kind ?? 'keyword';
      expect(['keyword', 'negation', 'anger', 'neutral']).toContain(kind);
      if (kind === 'keyword') expect(reasons.has(row.reason as string), row.keyword).toBe(true);
      else expect(row.reason).toBeNull();
      expect(typeof row.weight).toBe('number');
    }
  });
  it('folds the Traditional after-sales characters to Simplified', () => {
    expect(normaliseMessage('貨們還沒換壞損發錯單號碼輸處質裝寄退款').text).toBe('货们还没换坏损发错单号码输处质装寄退款');
  });
});
