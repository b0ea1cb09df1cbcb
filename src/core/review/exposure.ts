/** Orders as exposure: distinct orders and units sold per SKU inside a time window (one pass over the Orders rows). */
import type { Order } from '../records';

export interface Exposure {
  /** Distinct Order IDs with an Order Date in the window. */
  orders: number;
  /** Units (Quantity, 1 when empty) per SKU. */
  units: Map<string, number>;
  /** Distinct Order IDs per SKU. */
  ordersBySku: Map<string, Set<string>>;
}

export function exposure(orders: readonly Order[], startMs: number, endMs: number): Exposure {
  const ids = new Set<string>();
  const units = new Map<string, number>();
  const ordersBySku = new Map<string, Set<string>>();
  for (const o of orders) {
    if (o.orderDate === null || o.orderDate < startMs || o.orderDate >= endMs) continue;
    const id = o.orderId.trim();
    if (id) ids.add(id);
    const sku = o.sku.trim();
    if (!sku) continue;
    units.set(sku, (units.get(sku) ?? 0) + (o.quantity !== null && o.quantity > 0 ? o.quantity : 1));
    if (id) {
      let set = ordersBySku.get(sku);
      if (!set) ordersBySku.set(sku, (set = new Set()));
      set.add(id);
    }
  }
  return { orders: ids.size, units, ordersBySku };
}

/** Distinct orders holding any of `skus` (all orders when the list is empty). */
export function ordersOf(e: Exposure, skus: readonly string[]): number {
  if (skus.length === 0) return e.orders;
  const ids = new Set<string>();
  for (const s of skus) for (const id of e.ordersBySku.get(s) ?? []) ids.add(id);
  return ids.size;
}
