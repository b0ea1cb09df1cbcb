/**
 * Retention figures: 30-day repurchase and recovery of complainants, and the return-rate denominator.
 * One pass over the orders after the ticket pass: each complainant keeps the earliest order strictly after their
 * first cohort ticket, so there is no per-ticket scan of the orders and no sort.
 */
import type { Order } from '../records';
import { DAY_MS } from '../time';
import { rate } from './stats';

/** 30 × 24 h: the shops' zones (SEA) have no DST, and a fixed span keeps "exactly 30 days" unambiguous. */
export const REPURCHASE_WINDOW_MS = 30 * DAY_MS;

/** A complainant at their first cohort ticket. */
export interface Complainant {
  createdAt: number;
  row: number;
  /** Gave any cohort ticket a valid CSAT ≥ 4. */
  happy: boolean;
  /** Earliest Order Date strictly after createdAt (filled by scanOrders). */
  nextOrderAt: number | null;
}

export interface OrderScan {
  /** Distinct Order IDs whose Order Date is in the period (the return-rate denominator). */
  ordersInPeriod: number;
  /** Latest Order Date, for the default as-of. */
  latest: number | null;
}

export function scanOrders(orders: readonly Order[], complainants: ReadonlyMap<string, Complainant>, startMs: number, endMs: number): OrderScan {
  const inPeriod = new Set<string>();
  let latest: number | null = null;
  for (const o of orders) {
    const at = o.orderDate;
    if (at === null || !Number.isFinite(at)) continue;
    if (latest === null || at > latest) latest = at;
    if (at >= startMs && at < endMs) {
      const id = String(o.orderId ?? '').trim();
      if (id) inPeriod.add(id);
    }
    const c = complainants.get(String(o.customerId ?? '').trim());
    if (c && at > c.createdAt && (c.nextOrderAt === null || at < c.nextOrderAt)) c.nextOrderAt = at;
  }
  return { ordersInPeriod: inPeriod.size, latest };
}

/** Repurchase and recovery over complainants whose first cohort ticket is at least 30 days before as-of. */
export function retentionRates(
  complainants: ReadonlyMap<string, Complainant>,
  asOf: number | null,
): { repurchase: number | null; recovery: number | null; eligible: number } {
  let eligible = 0;
  let repurchased = 0;
  let recovered = 0;
  if (asOf !== null) {
    for (const c of complainants.values()) {
      if (c.createdAt + REPURCHASE_WINDOW_MS > asOf) continue; // too recent to judge
      eligible++;
      const bought = c.nextOrderAt !== null && c.nextOrderAt <= c.createdAt + REPURCHASE_WINDOW_MS;
      if (bought) repurchased++;
      if (bought || c.happy) recovered++;
    }
  }
  return { repurchase: rate(repurchased, eligible), recovery: rate(recovered, eligible), eligible };
}
