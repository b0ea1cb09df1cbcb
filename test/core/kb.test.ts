// KB search: tokeniser, BM25 against hand-computed scores, ranking in seven languages, hostile queries, promotion.
import { describe, expect, it } from 'vitest';
import demo from '../../sheets-templates/data/kb-demo.json';
import { buildKbIndex, type KbArticle, searchKb } from '../../src/core/kb/search';
import { draftArticleFromTicket } from '../../src/core/kb/promote';
import { tokenise } from '../../src/core/kb/tokenise';

function article(id: string, fields: Partial<KbArticle>): KbArticle {
  return { id, title: '', question: '', answer: '', keywords: '', reason: null, sku: '', language: null, ...fields };
}

describe('tokenise', () => {
  it('makes CJK bigrams (Traditional folded), Thai trigrams and Latin words with folded twins', () => {
    expect(tokenise('退款到帳').terms).toEqual(['退款', '款到', '到账']);
    expect(tokenise('退款到帳').unigrams).toEqual(['退', '款', '到', '账']);
    expect(tokenise('คืนเงิน').terms).toEqual(['คืน', 'ืนเ', 'นเง', 'เงิ', 'งิน']);
    const vi = tokenise('Hoàn tiền nhanh');
    expect(vi.terms).toEqual(['hoàn', 'tiền', 'nhanh']);
    expect(vi.folded).toEqual(['hoan', 'tien']);
    expect(tokenise('Refunds for boxes, glass').terms).toEqual(['refund', 'for', 'box', 'glass']);
  });
});

describe('BM25 (k1 = 1.2, b = 0.75)', () => {
  // A: "refund takes three days" → refund, take, three, day (length 4)
  // B: "refund refund policy"    → refund ×2, policy       (length 3)
  // C: "return address"          → return, address         (length 2)
  // N = 3, avgdl = (4 + 3 + 2) / 3 = 3.
  const index = buildKbIndex([
    article('A', { answer: 'refund takes three days' }),
    article('B', { answer: 'refund refund policy' }),
    article('C', { answer: 'return address' }),
  ]);
  it('scores a shared term by hand', () => {
    // idf(refund) = ln(1 + (3 − 2 + 0.5)/(2 + 0.5)) = ln 1.6 = 0.4700036
    // A: tf 1, dl 4: 1 + 1.2·(0.25 + 0.75·4/3) = 2.5  → 0.4700036 · 2.2 / 2.5 = 0.4136032
    // B: tf 2, dl 3: 2 + 1.2·(0.25 + 0.75·1)   = 3.2  → 0.4700036 · 4.4 / 3.2 = 0.6462550
    const hits = searchKb(index, 'refund');
    expect(hits.map((h) => h.id)).toEqual(['B', 'A']);
    expect(hits[0].score).toBeCloseTo(0.646255, 4);
    expect(hits[1].score).toBeCloseTo(0.413603, 4);
  });
  it('sums rare terms by hand', () => {
    // idf = ln(1 + 2.5/1.5) = ln 2.6667 = 0.9808293; C: dl 2: 1 + 1.2·(0.25 + 0.75·2/3) = 1.9
    // each term 0.9808293 · 2.2 / 1.9 = 1.1356971; two terms → 2.2713942
    const hits = searchKb(index, 'Return address?');
    expect(hits).toHaveLength(1);
    expect(hits[0].score).toBeCloseTo(2.271394, 4);
  });
  it('counts the title twice', () => {
    // D title "refund": tf 2, dl 2; E answer "refund": tf 1, dl 1; F "shipping": dl 1; avgdl 4/3.
    // D: 2 + 1.2·(0.25 + 0.75·1.5)  = 3.65  → 0.4700036 · 4.4 / 3.65  = 0.5665797
    // E: 1 + 1.2·(0.25 + 0.75·0.75) = 1.975 → 0.4700036 · 2.2 / 1.975 = 0.5235484
    const idx = buildKbIndex([article('D', { title: 'refund' }), article('E', { answer: 'refund' }), article('F', { answer: 'shipping' })]);
    const hits = searchKb(idx, 'refund');
    expect(hits.map((h) => [h.id, h.score])).toEqual([
      ['D', 0.5666],
      ['E', 0.5235],
    ]);
  });
  it('applies reason, SKU and language boosts as multipliers', () => {
    const idx = buildKbIndex([
      article('G', { answer: 'refund', reason: 'refund', sku: 'SKU-1', language: 'en' }),
      article('H', { answer: 'refund' }),
      article('I', { answer: 'other' }),
    ]);
    const plain = searchKb(idx, 'refund');
    expect(plain[0].score).toBe(plain[1].score);
    const boosted = searchKb(idx, 'refund', { reason: 'refund', sku: 'sku-1', language: 'en' });
    expect(boosted[0].id).toBe('G');
    // 1.5 × 2 × 1.2 = 3.6
    expect(boosted[0].score).toBeCloseTo(plain[0].score * 3.6, 3);
  });
});

describe('searchKb on the demo KB', () => {
  const index = buildKbIndex(demo as KbArticle[]);
  const top = (q: string, opts = {}) => searchKb(index, q, opts)[0]?.id;
  it('ranks the right article first in each language', () => {
    expect(top('how long refund')).toBe('KB-004');
    expect(top('parcel damaged')).toBe('KB-005');
    expect(top('退款多久到账')).toBe('KB-103');
    expect(top('收到破损')).toBe('KB-104');
    expect(top('尺寸表')).toBe('KB-204');
    expect(top('bila refund masuk')).toBe('KB-303');
    expect(top('panduan saiz')).toBe('KB-305');
    expect(top('dana refund')).toBe('KB-402');
    expect(top('ไซส์อะไรดี')).toBe('KB-504');
    expect(top('คืนเงิน')).toBe('KB-502');
    expect(top('hoàn tiền bao lâu')).toBe('KB-602');
    expect(top('hoan tien')).toBe('KB-602');
  });
  it('returns three suggestions by default and honours the limit', () => {
    expect(searchKb(index, 'refund')).toHaveLength(3);
    expect(searchKb(index, 'refund', { limit: 1 })).toHaveLength(1);
  });
  it('answers a one-character Chinese query from unigrams', () => {
    expect(searchKb(index, '碎')[0].id).toBe('KB-104');
  });
  it('gives a snippet from the matching answer sentence', () => {
    const hit = searchKb(index, 'ShopeePay refund card')[0];
    expect(hit.snippet.length).toBeLessThanOrEqual(120);
    expect(hit.snippet).toContain('ShopeePay');
  });
  it('copes with empty, emoji-only and huge queries', () => {
    expect(searchKb(index, '')).toEqual([]);
    expect(searchKb(index, '😀🎉👍')).toEqual([]);
    expect(searchKb(index, '   ')).toEqual([]);
    const huge = 'refund '.repeat(20_000);
    expect(searchKb(index, huge)[0]).toBeDefined();
  });
});

describe('draftArticleFromTicket', () => {
  it('turns a resolved ticket into a KB draft in the customer language', () => {
    const a = draftArticleFromTicket({
      ticketId: 'T-000123',
      reason: 'damaged',
      sku: 'MUG-02',
      language: 'zh-CN',
      description: '杯子碎了',
      resolution: 'resend',
      rootCause: 'packaging',
      replies: ['您好，收到', '已为您补发新杯子，加了气泡膜'],
    });
    expect(a).toEqual({
      id: 'KB-T-000123',
      title: '破损 · MUG-02',
      question: '杯子碎了',
      answer: '处理方案：补发\n根因：包装\n已为您补发新杯子，加了气泡膜',
      keywords: 'Damaged, 破损, Resend, 补发, MUG-02',
      reason: 'damaged',
      sku: 'MUG-02',
      language: 'zh-CN',
      uses: 0,
    });
    const idx = buildKbIndex([a]);
    expect(searchKb(idx, '杯子碎了')[0].id).toBe('KB-T-000123');
  });
  it('falls back to English labels and cuts long text', () => {
    const a = draftArticleFromTicket({ ticketId: 'T-9', reason: null, sku: '', language: 'ms', description: 'x'.repeat(500), resolution: null, rootCause: null });
    expect(a.title).toBe('After-sales case');
    expect(Array.from(a.question)).toHaveLength(300);
    expect(a.answer).toBe('');
  });
});
