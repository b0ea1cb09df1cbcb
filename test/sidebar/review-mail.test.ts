/** A department's weekly feedback e-mail as a phone shows it: Chromium at 390 px, inert customer text, no sideways scroll. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { review, reviewDesk } from '../server/review-shop';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

describe('department feedback e-mail on a phone', () => {
  it('fits 390 px, shows masked quotes literally and runs none of the customer text', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium`);
    const desk = reviewDesk();
    const before = desk.env.outbox.length;
    review(desk);
    const mail = desk.env.outbox.slice(before).find((m) => m.to === 'pack@shop.test')!;
    mkdirSync(SHOTS, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
      await page.addInitScript(() => { (window as unknown as { alert: unknown }).alert = () => { (window as unknown as { __ran: boolean }).__ran = true; }; });
      await page.setContent(mail.htmlBody, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('body script, body img').length)).toBe(0);
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('<script>alert(1)</script> mug arrived in pieces, call me [phone] or [email]');
      expect(text).toContain('MUG-01');
      expect(text).not.toContain('SHIRT-M');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(SHOTS, 'review-mail-phone.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
