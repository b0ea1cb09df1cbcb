/**
 * Screenshots of every sidebar panel for the README: plays the demo shop into a temp dir, serves it with
 * `afterdesk serve`, drives the real dist/Sidebar.html in Debian Chromium and saves artifacts/screenshots/panel-*.png
 * (the sidebar column only, 300 px wide, at 2× so the text is crisp). Run `npm run build` first.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { demoCommand } from '../src/local/cli/commands/demo';
import { AGENTS_DEMO } from '../src/local/demo/catalogue';
import { ROOT } from '../src/local/cli/workbook';
import { startServer } from '../src/local/serve';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'artifacts', 'screenshots');
// A fixed "now" so the pictures do not change from run to run (a Wednesday morning in Kuala Lumpur).
const NOW = Date.parse('2026-11-18T02:30:00Z');

async function shoot(page: Page, name: string): Promise<void> {
  await page.locator('#sidebar').screenshot({ path: join(SHOTS, `panel-${name}.png`) });
  console.log(`  artifacts/screenshots/panel-${name}.png`);
}

function sidebar(page: Page): Frame {
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error('sidebar frame not found');
  return frame;
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'afterdesk-shots-'));
  await demoCommand(['--out', dir, '--now', new Date(NOW).toISOString()]);
  const server = await startServer({ workbook: join(dir, 'demo.xlsx'), as: AGENTS_DEMO[0]!.email, now: NOW });
  const orders = server.wb.env.spreadsheet.getSheetByName('Orders')!.getDataRange().getValues();
  const orderId = String(orders[orders.length - 1]![0]);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 1100 }, deviceScaleFactor: 2 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    await page.goto(server.url);
    const f = sidebar(page);
    await f.waitForSelector('#tab-paste');

    await f.click('#tab-paste');
    await f.fill('#paste-text', 'Hi, the linen shirt arrived with a torn seam and the box was crushed. Can I get a replacement?');
    await f.click('#analyse');
    await f.waitForSelector('#intent');
    await shoot(page, 'paste');

    await f.click('#tab-new');
    await f.fill('#f-orderId', orderId);
    await f.waitForFunction(() => (document.getElementById('f-sku') as HTMLInputElement).value !== '');
    await f.selectOption('#f-reason', 'damaged');
    await f.waitForFunction(() => /parcel/i.test(document.getElementById('case-context')?.textContent ?? ''));
    await f.fill('#f-description', 'Seam torn, outer box crushed');
    await shoot(page, 'new-case');

    await f.click('#tab-queue');
    await f.waitForSelector('[data-ticket]');
    await shoot(page, 'queue');

    await f.click('[data-ticket]');
    await f.waitForSelector('#ticket-description');
    await shoot(page, 'ticket');

    await f.click('#tab-kb');
    await f.fill('#kb-query', 'refund');
    await f.waitForSelector('#kb-results [data-kb], #kb-results .muted');
    await shoot(page, 'kb');

    await f.click('#tab-import');
    await f.fill('#csv-text', 'Order ID,Order Creation Date,Username (Buyer),SKU Reference No.,Product Name,Quantity,Product Subtotal,Gift Note\n'
      + '261118000000001,2026-11-18 09:12,siti.r,TS-LIN-01,Linen Button Shirt,1,59.90,\n'
      + '261118000000002,not a date,ah.keong,TS-LIN-02,Linen Button Shirt,2,119.80,\n');
    await f.click('#import-run');
    await f.waitForSelector('#import-report .card');
    await shoot(page, 'import');

    await f.click('#lang-switch');
    await f.click('#tab-queue');
    await f.waitForSelector('[data-ticket]');
    await shoot(page, 'queue-zh');
    await f.click('#lang-switch');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
