/**
 * A small shop with a burst of complaints about one SKU (customer text full of markup), for the alert tests; with
 * `courier`, a courier also lost the morning's parcels: 14 "not received" chats, unanswered past their SLA.
 */
import type { Bundle } from '../../src/local/runtime';
import type { ApiResult } from '../../src/shared/result';
import { freshDesk, type Desk } from './harness';

const DAY = 86_400_000;
export const NOW = '2026-11-20 14:00';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD HH:mm' in Kuala Lumpur (+08:00) of an instant. */
export function local(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function writeRows(desk: Desk, tab: string, rows: Record<string, unknown>[]): void {
  const sheet = desk.sheet(tab);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const values = rows.map((r) => header.map((h) => r[h] ?? ''));
  const start = sheet.getLastRow() + 1;
  // Pasting in Sheets grows the grid; through the API the rows must be added first.
  const need = start + values.length - 1;
  if (sheet.getMaxRows() < need) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
  sheet.getRange(start, 1, values.length, header.length).setValues(values as any);
}

export const BAD_SKU = 'BTN-<img src=x onerror=alert(1)>';
export const EVIL = '<script>alert("x")</script> 纽扣掉了 button fell off & loose';

export const COURIER_TEXTS = ['Parcel shows delivered but I never got it', '显示已签收但我没收到包裹', 'Tracking says delivered, nothing at my door, call me at +60 12-345 6789', 'Belum terima barang, kurier kata sudah hantar'];

/** 35 days of quiet history (orders every day, a complaint every few days), then 9 button complaints today. */
function seedShop(desk: Desk, now: number, courier: boolean): void {
  const orders: Record<string, unknown>[] = [];
  const tickets: Record<string, unknown>[] = [];
  let t = 0;
  for (let d = 35; d >= 1; d--) {
    const day = now - d * DAY;
    for (let k = 0; k < 6; k++) {
      const sku = k < 3 ? BAD_SKU : `SKU-${k}`;
      orders.push({ 'Order ID': `O-${d}-${k}`, 'Order Date': local(day - 3 * 3_600_000 + k * 60_000), 'Customer ID': `C-${d}-${k}`, 'Customer Name': `Buyer ${d}-${k}`, SKU: sku, Product: 'Shirt & Co <b>', Quantity: 1, Channel: 'Shopee' });
    }
    if (d % 4 === 0) {
      tickets.push({ 'Ticket ID': `T-${++t}`, 'Created At': local(day), Channel: 'Shopee Chat', SKU: `SKU-${d % 3 + 3}`, Reason: 'Logistics', Status: 'Closed', Priority: 'Normal', Description: 'where is my parcel' });
    }
  }
  for (let k = 0; k < 9; k++) {
    tickets.push({ 'Ticket ID': `T-B${k}`, 'Created At': local(now - (k + 1) * 20 * 60_000), Channel: 'Shopee Chat', 'Customer ID': `C-1-${k % 3}`, SKU: BAD_SKU, Reason: 'Defective', Status: 'New', Priority: 'Normal', Language: k % 3 === 0 ? 'zh-CN' : 'en', Description: `${EVIL} #${k}` });
  }
  // 08:00–09:45 today (a Friday; the desk opens at 09:00): first replies were due by 13:00 and none came.
  if (courier) tickets.push(...courierTickets(now - 6 * 3_600_000, 'C'));
  writeRows(desk, 'Orders', orders);
  writeRows(desk, 'Tickets', tickets);
}

/** 14 "not received" chats from `from` on, 7.5 minutes apart, unanswered. */
export function courierTickets(from: number, prefix: string): Record<string, unknown>[] {
  return Array.from({ length: 14 }, (_, k) => ({
    'Ticket ID': `T-${prefix}${k}`, 'Created At': local(from + k * 7.5 * 60_000), Channel: 'Shopee Chat', 'Customer ID': `C-${prefix}-${k}`, SKU: `SKU-${3 + (k % 3)}`,
    Reason: 'Not received', Status: 'New', Priority: 'Normal', Language: 'en', Description: COURIER_TEXTS[k % COURIER_TEXTS.length],
  }));
}

export function check(_desk: Desk, bundle: Bundle): { alerts: any[]; mail: { sent: number; queued: number } } {
  const r = bundle.call('apiCheckAlerts') as ApiResult<any>;
  if (!r.ok) throw new Error(`apiCheckAlerts: ${r.error.en}`);
  return r.data;
}

export function setup(opts: { quota?: number; courier?: boolean } = {}) {
  const desk = freshDesk({ mailQuota: opts.quota });
  const now = desk.at(NOW);
  desk.setting('Alert Recipients', 'owner@shop.test, lead@shop.test');
  seedShop(desk, now, opts.courier ?? false);
  return { desk, now, bundle: desk.bundle };
}

