/**
 * Every threshold the detectors use, with its default. The server reads overrides from Settings and passes a
 * full config; core never reads Settings itself.
 */
import type { ReasonKey } from '../../../sheets-templates/enums';

export interface AlertConfig {
  /** Days of history the detectors look back over (older tickets are ignored). */
  historyDays: number;
  volume: {
    minDays: number; // no alerts before this many days of data
    weekdayAfterDays: number; // weekday factors only after this many days
    weekdayShrinkWeeks: number; // weekday factor pulled toward 1 with the weight of this many weeks
    baselineDays: number; // recent non-flagged days the median level is taken over
    maxP: number;
    minExcess: number; // y − μ at least
    minRatio: number; // y ≥ ratio · μ
    promoWaveDays: number; // promo day and the after-sale wave this many days later are scored against orders
    promoFallbackFactor: number; // expected lift on promo-wave days when the shop has no orders data
    reasons: boolean;
    channels: boolean;
  };
  defects: {
    reasons: ReasonKey[];
    windows: number[];
    q: number; // Benjamini–Hochberg false-discovery rate across SKUs
    minCount: number;
    minRatio: number;
    lagMinDays: number; // units ordered this many days before …
    lagMaxDays: number; // … up to this many days before are "delivered and in use" on a day
    priorUnits: number; // gamma–Poisson prior weight in units
    clusterJaccard: number;
    /** Without any orders for a SKU, alert on count alone at this many complaints in the window. */
    noOrdersMinCount: number;
  };
  sla: { maxP: number; minExcess: number; baselineDays: number };
  csat: { recentDays: number; previousDays: number; minResponses: number; minDropPoints: number; maxP: number };
  returns: { recentDays: number; previousDays: number; minReturns: number; minRatio: number; maxP: number };
  cooldownHours: number;
}

export const DEFAULT_ALERT_CONFIG: AlertConfig = {
  historyDays: 120,
  volume: {
    minDays: 7,
    weekdayAfterDays: 14,
    weekdayShrinkWeeks: 4,
    baselineDays: 28,
    maxP: 1e-3,
    minExcess: 3,
    minRatio: 1.3,
    promoWaveDays: 7,
    promoFallbackFactor: 2.5,
    reasons: true,
    channels: true,
  },
  defects: {
    reasons: ['damaged', 'defective', 'not_as_described', 'missing_item', 'wrong_item'],
    windows: [1, 2, 3, 7],
    q: 0.05,
    minCount: 5,
    minRatio: 2,
    lagMinDays: 2,
    lagMaxDays: 12,
    priorUnits: 400,
    clusterJaccard: 0.3,
    noOrdersMinCount: 8,
  },
  sla: { maxP: 1e-3, minExcess: 3, baselineDays: 28 },
  // The CSAT test runs every day on an overlapping 7-day window: at p ≤ 0.01 a shop with ordinary scores got a false
  // drop about every three months (npm run eval:alerts); 1e-3 keeps real drops of 20+ points on 10+ answers.
  csat: { recentDays: 7, previousDays: 28, minResponses: 10, minDropPoints: 10, maxP: 1e-3 },
  returns: { recentDays: 7, previousDays: 56, minReturns: 4, minRatio: 2, maxP: 1e-3 },
  cooldownHours: 24,
};

type Overrides = {
  [K in keyof AlertConfig]?: AlertConfig[K] extends readonly unknown[] | number ? AlertConfig[K] : Partial<AlertConfig[K]>;
};

/** A config with some fields overridden (one level deep per section). */
export function alertConfig(over: Overrides = {}): AlertConfig {
  const d = DEFAULT_ALERT_CONFIG;
  return {
    historyDays: over.historyDays ?? d.historyDays,
    volume: { ...d.volume, ...over.volume },
    defects: { ...d.defects, ...over.defects },
    sla: { ...d.sla, ...over.sla },
    csat: { ...d.csat, ...over.csat },
    returns: { ...d.returns, ...over.returns },
    cooldownHours: over.cooldownHours ?? d.cooldownHours,
  };
}
