/**
 * A small shop for the weekly-review tests: orders every day from September, a quiet month of complaints, a month
 * of missing BAG-02 items before the warehouse fixed it (a done action), and review week 2026-W47 (16–22 Nov) with
 * damaged mugs (packaging), size questions on a shirt (product page), two missing bags (warehouse) and refunds.
 */
import type { ApiResult } from '../../src/shared/result';
import { freshDesk, type Desk } from './harness';

export const NOW = '2026-11-23 09:00'; // Monday: W47 has just ended
export const WEEK = '2026-W47';
const DAY = 86_400_000;
const start = Date.parse('2026-09-01T00:00:00+08:00');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD HH:mm' in Kuala Lumpur (+08:00). */
export function local(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const at = (day: string, hm = '10:00') => Date.parse(`${day}T${hm}:00+08:00`);

export function writeRows(desk: Desk, tab: string, rows: Record<string, unknown>[]): void {
  const sheet = desk.sheet(tab);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const values = rows.map((r) => header.map((h) => r[h] ?? ''));
  sheet.getRange(sheet.getLastRow() + 1, 1, values.length, header.length).setValues(values as any);
}

export const EVIL = '<script>alert(1)</script> mug arrived in pieces, call me 012-345 6789 or buyer@mail.com';

let seq = 0;
function ticket(created: number, sku: string, reason: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const id = `T-${String(++seq).padStart(6, '0')}`;
  return {
    'Ticket ID': id, 'Created At': local(created), Channel: 'Shopee Chat', 'Order ID': `O-${id}`, 'Customer ID': `C-${id}`, SKU: sku, Reason: reason,
    Priority: 'Normal', Status: 'Resolved', Description: `${reason} problem with ${sku}`, 'First Reply At': local(created + 2 * 3_600_000),
    'Resolved At': local(created + 26 * 3_600_000), 'Agent Replies': 1, Reopens: 0, Resolution: 'Explanation', Assignee: 'jun@shop.test', ...extra,
  };
}

export function seedReviewShop(desk: Desk): void {
  seq = 0;
  const orders: Record<string, unknown>[] = [];
  for (let t = start, d = 0; t < at('2026-11-23', '00:00'); t += DAY, d++) {
    const skus = ['SHIRT-M', 'SHIRT-M', 'SHIRT-M', 'SHIRT-M', 'MUG-01', 'MUG-01', 'MUG-01', 'BAG-02', 'BAG-02', 'BAG-02'];
    skus.forEach((sku, k) => orders.push({ 'Order ID': `O-${d}-${k}`, 'Order Date': local(t + 9 * 3_600_000 + k * 60_000), 'Customer ID': `C-${d}-${k}`, SKU: sku, Quantity: 1, Amount: 30 }));
  }
  const tickets: Record<string, unknown>[] = [];
  // Before the warehouse's fix (done 26 Oct): 16 missing BAG-02 items in the four weeks 28 Sep – 25 Oct.
  for (let i = 0; i < 16; i++) tickets.push(ticket(at('2026-09-28') + Math.floor(i * 1.7) * DAY, 'BAG-02', 'Missing item', { 'Root Cause': 'Warehouse error' }));
  // A steady trickle in the previous weeks (one damaged mug and one size question a week).
  for (const monday of ['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09']) {
    tickets.push(ticket(at(monday, '11:00'), 'MUG-01', 'Damaged', { 'Root Cause': 'Packaging' }));
    tickets.push(ticket(at(monday, '15:00') + 2 * DAY, 'SHIRT-M', 'Size', { 'Root Cause': 'Description unclear' }));
  }
  // Review week W47.
  for (let i = 0; i < 6; i++) {
    tickets.push(ticket(at('2026-11-16') + i * 20 * 3_600_000, 'MUG-01', 'Damaged', {
      'Root Cause': i < 4 ? 'Packaging' : '', Description: i === 0 ? EVIL : `mug ${i} cracked, box crushed`,
      ...(i === 1 ? { CSAT: 1, 'CSAT At': local(at('2026-11-18')), 'CSAT Comment': 'box was crushed & wet', 'Survey Sent At': local(at('2026-11-17')) } : {}),
    }));
  }
  for (let i = 0; i < 4; i++) {
    tickets.push(ticket(at('2026-11-17') + i * DAY, 'SHIRT-M', 'Size', {
      'Root Cause': i < 2 ? 'Description unclear' : '', Description: `size chart says M fits 60kg but it is tiny #${i}`,
      ...(i === 0 ? { CSAT: 5, 'CSAT At': local(at('2026-11-19')), 'CSAT Comment': 'Agent explained the size chart so well!', 'Survey Sent At': local(at('2026-11-18')) } : {}),
      ...(i === 3 ? { Reopens: 1, 'Agent Replies': 3 } : {}),
    }));
  }
  for (let i = 0; i < 2; i++) tickets.push(ticket(at('2026-11-18') + i * DAY, 'BAG-02', 'Missing item', { 'Root Cause': 'Warehouse error', Description: `only one strap in the box #${i}` }));
  for (let i = 0; i < 2; i++) tickets.push(ticket(at('2026-11-19') + i * DAY, 'SHIRT-M', 'Refund', { Resolution: 'Refund', Description: 'changed my mind' }));
  tickets.push(ticket(at('2026-11-21'), 'MUG-01', 'Damaged', { Status: 'Open', 'Resolved At': '', Resolution: '', Description: 'still waiting' }));
  writeRows(desk, 'Orders', orders);
  writeRows(desk, 'Tickets', tickets);
  writeRows(desk, 'Actions', [
    { 'Action ID': 'A-001', Action: 'Warehouse: scan every BAG-02 strap before sealing', Department: 'warehouse', 'Owner Email': 'wh@shop.test', Due: '2026-10-26', Status: 'Done', SKUs: 'BAG-02', 'Reasons / Root Causes': 'missing_item, warehouse_error', 'Done At': '2026-10-26', Metric: 'Complaints per 1000 orders' },
    { 'Action ID': 'A-002', Action: 'Packaging: double-box MUG-01 <fragile>', Department: 'packaging', 'Owner Email': 'pack@shop.test', Due: '2026-11-10', Status: 'Open', SKUs: 'MUG-01', 'Reasons / Root Causes': 'damaged, packaging', Metric: 'Complaints per 1000 orders' },
  ]);
}

export function reviewDesk(): Desk {
  const desk = freshDesk();
  desk.at(NOW);
  desk.setting('Department Owners', 'product: pm@shop.test; packaging: pack@shop.test; warehouse: wh@shop.test, lead@shop.test');
  seedReviewShop(desk);
  return desk;
}

export function review(desk: Desk, week?: string): any {
  const r = desk.bundle.call('apiRunWeeklyReview', week ? { week } : {}) as ApiResult<any>;
  if (!r.ok) throw new Error(`apiRunWeeklyReview: ${r.error.en}`);
  return r.data;
}
