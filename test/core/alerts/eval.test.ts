import { describe, expect, it } from 'vitest';
import { evaluate, summarise } from '../../../scripts/eval-alerts/evaluate';

describe('alert evaluation slice (30 shop-months)', () => {
  it('meets the targets: defect recall ≥ 0.9, ≤ 1 false alert per shop-month, none on promo-explained volume', () => {
    const r = evaluate({ shops: 10, days: 120, evalFrom: 30, seed: 77 });
    const s = summarise(r);
    expect(r.shopMonths).toBe(30);
    expect(r.recall.defect_burst.events).toBeGreaterThanOrEqual(20);
    expect(s.defectRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.falseIncidentsPerShopMonth).toBeLessThanOrEqual(1);
    expect(s.promoFalseVolume).toBe(0);
    // The promo factor did real work: without orders some promo-wave days would have alerted.
    expect(r.promoExplained).toBeGreaterThan(0);
  }, 120_000);
});
