/**
 * Bundle tests of the alert check: a batch of button complaints about one SKU raises one incident, ONE digest per run,
 * the cool-down, the mail quota queue, quiet hours, HTML escaping of customer text, and the Outreach list.
 */
import { describe, expect, it } from 'vitest';
import { column } from './harness';
import { BAD_SKU, check, setup } from './alert-shop';

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
    // One cause, one incident: the “Defective” volume of the same nine tickets is part of it, not a second alert.
    expect(first.alerts).toHaveLength(1);
    expect(defect.absorbed.map((a: any) => `${a.kind}|${a.reason}|${a.observed}`)).toContain('volume|defective|9');
    expect(mail.body).toContain(defect.absorbed[0].message.en);
    const alertsTab = desk.rows('Alerts');
    expect(alertsTab.length - 1).toBe(1);
    expect(String(column(alertsTab, 'Also Explains')[0])).toContain('volume|reason=defective|2026-11-20');
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
