/** The alert digest as a phone shows it: rendered in Chromium at 390 px, inert customer text, no sideways scroll. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EVIL, check, setup } from '../server/alert-shop';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

describe('alert digest e-mail on a phone', () => {
  it('fits a 390 px screen, shows the customer text literally and runs none of it', async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium`);
    const { desk, bundle } = setup();
    const before = desk.env.outbox.length;
    check(desk, bundle);
    expect(desk.env.outbox.length - before).toBe(1);
    const html = desk.env.outbox[desk.env.outbox.length - 1]!.htmlBody;
    mkdirSync(SHOTS, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
      await page.addInitScript(() => { (window as unknown as { alert: unknown }).alert = () => { (window as unknown as { __ran: boolean }).__ran = true; }; });
      await page.setContent(html, { waitUntil: 'load' });
      expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
      expect(await page.evaluate(() => document.querySelectorAll('body script, body img').length)).toBe(0);
      expect(await page.evaluate(() => document.body.innerText)).toContain(EVIL);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(SHOTS, 'digest-phone.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
