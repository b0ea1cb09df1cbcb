/**
 * Bundle tests of the alert check: a batch of button complaints about one SKU raises alerts, ONE digest per run,
 * the cool-down, the mail quota queue, quiet hours, HTML escaping of customer text, and the Outreach list.
 */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../src/local/runtime';
import type { ApiResult } from '../../src/shared/result';
import { column, freshDesk, type Desk } from './harness';


const DAY = 86_400_000;
const NOW = '2026-11-20 14:00';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** 'YYYY-MM-DD HH:mm' in Kuala Lumpur (+08:00) of an instant. */
function local(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function writeRows(desk: Desk, tab: string, rows: Record<string, unknown>[]): void {
  const sheet = desk.sheet(tab);
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const values = rows.map((r) => header.map((h) => r[h] ?? ''));
  sheet.getRange(sheet.getLastRow() + 1, 1, values.length, header.length).setValues(values as any);
}

const BAD_SKU = 'BTN-<img src=x onerror=alert(1)>';
const EVIL = '<script>alert("x")</script> 纽扣掉了 button fell off & loose';

/** 35 days of quiet history (orders every day, a complaint every few days), then 9 button complaints today. */
function seedShop(desk: Desk, now: number): void {
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
  writeRows(desk, 'Orders', orders);
  writeRows(desk, 'Tickets', tickets);
}

function check(_desk: Desk, bundle: Bundle): { alerts: any[]; mail: { sent: number; queued: number } } {
  const r = bundle.call('apiCheckAlerts') as ApiResult<any>;
  if (!r.ok) throw new Error(`apiCheckAlerts: ${r.error.en}`);
  return r.data;
}

function setup(opts: { quota?: number } = {}) {
  const desk = freshDesk({ mailQuota: opts.quota });
  const now = desk.at(NOW);
  desk.setting('Alert Recipients', 'owner@shop.test, lead@shop.test');
  seedShop(desk, now);
  return { desk, now, bundle: desk.bundle };
}

describe('alert check (bundle)', () => {
  it('raises a batch defect and sends ONE digest; a second run in the same hour sends nothing', () => {
    const { desk, bundle } = setup();
    const before = desk.env.outbox.length;
    const first = check(desk, bundle);
    const defect = first.alerts.find((a) => a.kind === 'batch_defect');
    expect(defect).toBeTruthy();
    expect(defect.sku).toBe(BAD_SKU);
    expect(defect.observed).toBe(9);
    expect(first.mail).toEqual({ sent: 1, queued: 0 });
    expect(desk.env.outbox.length - before).toBe(1);
    const mail = desk.env.outbox[desk.env.outbox.length - 1]!;
    expect(mail.to).toBe('owner@shop.test, lead@shop.test');
    // Every alert of the run is in that one mail.
    expect(first.alerts.length).toBeGreaterThanOrEqual(2);
    const alertsTab = desk.rows('Alerts');
    expect(alertsTab.length - 1).toBe(first.alerts.length);
    expect(column(alertsTab, 'Status').every((s) => s === 'new')).toBe(true);

    desk.env.clock.set(desk.env.clock.now() + 20 * 60_000);
    const second = check(desk, bundle);
    expect(second.alerts).toEqual([]);
    expect(second.mail).toEqual({ sent: 0, queued: 0 });
    expect(desk.env.outbox.length - before).toBe(1);
    expect(desk.rows('Alerts').length - 1).toBe(first.alerts.length);
  });

  it('escapes customer text in the digest HTML', () => {
    const { desk, bundle } = setup();
    check(desk, bundle);
    const html = desk.env.outbox[desk.env.outbox.length - 1]!.htmlBody;
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('BTN-&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('button fell off &amp; loose');
    expect(html).toContain('max-width:600px');
    expect(html).not.toContain('<style');
  });

  it('fills Outreach for the batch defect: one row per buyer, those who complained last', () => {
    const { desk, bundle } = setup();
    check(desk, bundle);
    const rows = desk.rows('Outreach');
    const skus = column(rows, 'SKU');
    expect(skus.length).toBeGreaterThan(0);
    expect(skus.every((s) => s === BAD_SKU)).toBe(true);
    const customers = column(rows, 'Customer ID').map(String);
    expect(new Set(customers).size).toBe(customers.length);
    const priority = column(rows, 'Priority').map(Number);
    // C-1-0 … C-1-2 complained: they are listed, last.
    const complainedAt = customers.map((c, i) => (c.startsWith('C-1-') ? i : -1)).filter((i) => i >= 0);
    expect(complainedAt.length).toBe(3);
    expect(complainedAt.every((i) => priority[i] === 3)).toBe(true);
    expect(Math.min(...complainedAt)).toBe(customers.length - 3);
    expect(column(rows, 'Status').every((s) => s === 'to contact')).toBe(true);
    // Buyer C-1-0 wrote in Chinese, so gets the Chinese care message.
    const zh = String(column(rows, 'Message')[customers.indexOf('C-1-0')]);
    expect(zh).toContain('您好');
    expect(column(rows, 'Message').every((m) => String(m).length <= 600)).toBe(true);
  });

  it('queues the digest when the mail quota is used up; the next run sends it', () => {
    const { desk, bundle } = setup({ quota: 0 });
    const before = desk.env.outbox.length;
    const first = check(desk, bundle);
    expect(first.alerts.length).toBeGreaterThan(0);
    expect(first.mail).toEqual({ sent: 0, queued: 1 });
    expect(desk.env.outbox.length).toBe(before);
    desk.env.mail.quota = 100;
    desk.env.clock.set(desk.env.clock.now() + 60 * 60_000);
    const second = check(desk, bundle);
    expect(second.alerts).toEqual([]);
    expect(second.mail).toEqual({ sent: 1, queued: 0 });
    expect(desk.env.outbox.length).toBe(before + 1);
    expect(desk.env.outbox[before]!.subject).toContain('[AfterDesk]');
  });

  it('holds the digest through quiet hours and sends it after they end', () => {
    const { desk, bundle } = setup();
    desk.setting('Alert Quiet Hours', '13:00-15:30');
    const before = desk.env.outbox.length;
    const first = check(desk, bundle);
    expect(first.mail).toEqual({ sent: 0, queued: 1 });
    desk.at('2026-11-20 15:00');
    expect(check(desk, bundle).mail).toEqual({ sent: 0, queued: 1 });
    desk.at('2026-11-20 15:31');
    expect(check(desk, bundle).mail).toEqual({ sent: 1, queued: 0 });
    expect(desk.env.outbox.length).toBe(before + 1);
  });
});
