// The statistical intent model: features, packing, the rule + model combination, language identification, shop learning.
import { describe, expect, it } from 'vitest';
import { detectIntent } from '../../src/core/intents/detect';
import { featureStrings, foldLatin, hashFeature } from '../../src/core/intents/features';
import { detectLanguage } from '../../src/core/intents/language';
import { logits, packModel, softmax, unpackModel } from '../../src/core/intents/linear';
import { addExample, applyShopWords, emptyShopWords, formatCounts, parseCounts, MIN_SUPPORT, SHOP_REASONS } from '../../src/core/intents/shop';

describe('features', () => {
  it('cuts Han runs into 1–4 character n-grams and folds Vietnamese accents', () => {
    expect(featureStrings('碎了').sort()).toEqual(['h:了', 'h:碎', 'h:碎了']);
    expect(foldLatin('hàng bị vỡ đâu')).toBe('hang bi vo dau');
    expect(featureStrings('hàng bị vỡ').sort()).toEqual(featureStrings('hang bi vo').sort());
  });
  it('turns long numbers into one token so order numbers carry no meaning', () => {
    expect(featureStrings('order 241130998877')).toEqual(featureStrings('order 5550001112'));
    expect(featureStrings('order 241130998877')).toContain('w:#');
  });
  it('hashes to 24 bits, deterministically', () => {
    expect(hashFeature('w:refund')).toBe(hashFeature('w:refund'));
    expect(hashFeature('w:refund')).toBeLessThan(1 << 24);
    expect(hashFeature('w:refund')).not.toBe(hashFeature('w:return'));
  });
});

describe('packed linear model', () => {
  it('round-trips int8 weights and scores by hand', () => {
    // max |w| = 1.27 → scale 0.01; weights survive as exact multiples of 0.01.
    const packed = packModel(['a', 'b'], [0.5, -0.5], new Map([[7, [1.27, -0.5]], [300000, [0, 0.25]]]), 1.27);
    const m = unpackModel(packed);
    const z = logits(m, [[7, 1], [300000, 2], [99, 5]]);
    expect(z[0]).toBeCloseTo(0.5 + 1.27, 6);
    expect(z[1]).toBeCloseTo(-0.5 - 0.5 + 0.5, 6);
    const p = softmax([0, Math.log(3)]);
    expect(p[0]).toBeCloseTo(0.25, 9);
    expect(p[1]).toBeCloseTo(0.75, 9);
  });
});

describe('rules + model', () => {
  it('finds a reason no keyword names', () => {
    expect(detectIntent('the thing just refuses to charge', undefined, { model: null }).intent).toBeNull();
    expect(detectIntent('the thing just refuses to charge').intent).toBe('defective');
  });
  it('keeps precise keyword matches and the negation handling', () => {
    expect(detectIntent('收到的杯子碎了').intent).toBe('damaged');
    const r = detectIntent('不要退款，换一个');
    expect(r.intent).toBe('exchange');
    expect(r.negated).toEqual(['refund']);
  });
  it('names no reason for greetings, empty text and bare numbers', () => {
    expect(detectIntent('hello').intent).toBeNull();
    expect(detectIntent('').intent).toBeNull();
    expect(detectIntent('12345').intent).toBeNull();
  });
  it('lists the chosen reason first with its probability', () => {
    const r = detectIntent('the thing just refuses to charge');
    expect(r.intents[0].intent).toBe('defective');
    expect(r.intents[0].score).toBeGreaterThan(0.3);
    expect(r.intents[0].score).toBeLessThanOrEqual(1);
  });
});

describe('language identification', () => {
  it('separates Indonesian, Malay and English on short chat lines', () => {
    expect(detectLanguage('barangnya udah sampai tapi rusak')).toBe('id');
    expect(detectLanguage('barang dah sampai tapi rosak')).toBe('ms');
    expect(detectLanguage('bila nak sampai ni, dah seminggu')).toBe('ms');
    expect(detectLanguage('kok belum dikirim sih kak')).toBe('id');
    expect(detectLanguage('where is my parcel')).toBe('en');
    expect(detectLanguage('hang bi vo roi shop oi')).toBe('vi');
  });
});

describe('shop words', () => {
  const SHOP_PHRASE = 'frobnic came with the glimmer cap';
  it('writes and reads counts in one compact form', () => {
    const row = SHOP_REASONS.map(() => 0);
    row[SHOP_REASONS.indexOf('damaged')] = 3;
    row[SHOP_REASONS.indexOf('wrong_item')] = 1.5;
    expect(formatCounts(row)).toBe('damaged 3 · wrong_item 1.5');
    expect(parseCounts('damaged 3 · wrong_item 1.5')).toEqual(row);
  });
  it('ignores a term seen in fewer than MIN_SUPPORT tickets', () => {
    const shop = emptyShopWords();
    addExample(shop, 'glimmer', 'wrong_item');
    const z = [0, 0, 0];
    applyShopWords(shop, ['w:glimmer'], ['damaged', 'wrong_item', 'none'], z);
    expect(MIN_SUPPORT).toBe(2);
    expect(z).toEqual([0, 0, 0]);
  });
  it('one wrongly labelled ticket cannot flip a common phrase', () => {
    const one = emptyShopWords();
    addExample(one, 'arrived broken', 'wrong_item');
    expect(detectIntent('arrived broken', undefined, { shop: one }).intent).toBe('damaged');
    const mostly = emptyShopWords();
    for (let i = 0; i < 5; i++) addExample(mostly, 'arrived broken', 'damaged');
    addExample(mostly, 'arrived broken', 'wrong_item');
    expect(detectIntent('arrived broken', undefined, { shop: mostly }).intent).toBe('damaged');
  });
  it("learns the shop's own words from a few agreeing tickets", () => {
    expect(detectIntent(SHOP_PHRASE).intent).not.toBe('wrong_item');
    const shop = emptyShopWords();
    for (const [t, reason] of [['my parcel is late', 'logistics'], ['cup arrived broken', 'damaged'], ['please refund me', 'refund'], ['too small for me', 'size']] as const) addExample(shop, t, reason);
    addExample(shop, 'frobnic came with the glimmer cap again', 'wrong_item');
    // One ticket is not enough…
    expect(detectIntent(SHOP_PHRASE, undefined, { shop }).intent).not.toBe('wrong_item');
    // …three agreeing ones are.
    for (const t of ['glimmer cap on my frobnic', 'got a glimmer cap frobnic']) addExample(shop, t, 'wrong_item');
    expect(detectIntent(SHOP_PHRASE, undefined, { shop }).intent).toBe('wrong_item');
  });
});
