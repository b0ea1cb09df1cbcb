/**
 * The demo shop's Shopee return requests: a few recent orders returned over the last three days, exported twice —
 * a day and a half ago (every request still "Requested") and now (some accepted, refunded or disputed), so the
 * demo shows tickets created and then moved, one request due soon and one past Shopee's 48 hours.
 */
import type { DemoOrderLine } from './generate';

const HOUR = 3_600_000;

/** Hours before `now` each request was made, its reason, and its status in the second export. */
const REQUESTS: [number, string, string][] = [
  [70, 'Damaged item - shattered', 'REFUND_PAID'],
  [60, 'Change of mind', 'ACCEPTED'],
  [46, 'Defective / does not work', 'REQUESTED'],
  [40, 'Seller sent wrong item', 'SELLER_DISPUTE'],
  [30, 'Missing part of order', 'REQUESTED'],
  [20, 'Parcel not delivered', 'REQUESTED'],
  [8, 'Counterfeit', 'REQUESTED'],
];

/** The export as Shopee would give it at `at` (the first pass lists only requests made by then, all Requested). */
export function demoReturnsCsv(orders: DemoOrderLine[], now: number, at: number, fmt: (ms: number) => string): string {
  const header = 'Return ID,Order ID,Order Creation Date,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return Tracking Number,Return / Refund Status';
  const pool = orders.filter((o) => o.at < now - 4 * 24 * HOUR && o.at > now - 20 * 24 * HOUR);
  const lines: string[] = [];
  REQUESTS.forEach(([hours, reason, later], i) => {
    const created = now - hours * HOUR;
    if (created > at || pool.length === 0) return;
    const o = pool[Math.floor(((i + 1) * pool.length) / (REQUESTS.length + 1))]!;
    const status = at >= now ? later : 'REQUESTED';
    const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    lines.push([`26${String(900001 + i)}RTN`, o.orderId, fmt(o.at), o.product.name, o.product.sku, '1', reason, fmt(created), status === 'ACCEPTED' ? `SPXMY${String(7000 + i)}` : '', status].map(q).join(','));
  });
  return [header, ...lines].join('\n');
}
