import { describe, expect, it } from 'vitest';
import { evaluate, summarise } from '../../../scripts/eval-alerts/evaluate';

describe('alert evaluation slice (30 shop-months)', () => {
  it('meets the incident targets: defect recall ≥ 0.9, ≤ 1.2 incidents per true incident, ≤ 0.25 false incidents per shop-month, none on promo-explained volume', () => {
    const r = evaluate({ shops: 10, days: 120, evalFrom: 30, seed: 77 });
    const s = summarise(r);
    expect(r.shopMonths).toBe(30);
    expect(r.recall.defect_burst.events).toBeGreaterThanOrEqual(20);
    expect(r.recall.sla_breach.events + r.recall.return_rise.events).toBeGreaterThan(0);
    expect(s.defectRecall).toBeGreaterThanOrEqual(0.9);
    expect(s.incidentsPerTrue).toBeLessThanOrEqual(1.2);
    expect(s.falseIncidentsPerShopMonth).toBeLessThanOrEqual(0.25);
    expect(s.promoFalseVolume).toBe(0);
    // Grouping did real work: the raw alerts of the same runs came several to a true incident.
    expect(s.alertsPerTrue).toBeGreaterThan(s.incidentsPerTrue + 0.5);
    // The promo factor did real work: without orders some promo-wave days would have alerted.
    expect(r.promoExplained).toBeGreaterThan(0);
  }, 300_000);
});
