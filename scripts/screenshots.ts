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

    // The ticket view of a repeat customer: their other tickets and orders on the same screen.
    await f.fill('#find-ticket', repeatCustomerTicket(server.wb.env.spreadsheet.getSheetByName('Tickets')!.getDataRange().getValues()));
    await f.click('#find-open');
    await f.waitForSelector('#ticket-description');
    await f.waitForSelector('#ticket-customer');
    await shoot(page, 'ticket');

    await f.click('#tab-kb');
    await f.waitForSelector('#kb-most-used');
    await shoot(page, 'kb');
    await f.fill('#kb-query', 'refund');
    await f.waitForFunction(() => !document.getElementById('kb-most-used') && !!document.querySelector('#kb-results [data-kb], #kb-results .muted'));
    await shoot(page, 'kb-search');

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

/** The newest open ticket of the customer with the most tickets (ties: the first such customer). */
function repeatCustomerTicket(values: unknown[][]): string {
  const head = (values[0] ?? []).map(String);
  const col = (name: string) => head.indexOf(name);
  const rows = values.slice(1).filter((r) => String(r[col('Customer ID')] ?? '').trim());
  const count = new Map<string, number>();
  for (const r of rows) count.set(String(r[col('Customer ID')]), (count.get(String(r[col('Customer ID')])) ?? 0) + 1);
  const open = rows.filter((r) => ['new', 'open', 'waiting'].includes(String(r[col('Status')]).toLowerCase()));
  const pick = (open.length ? open : rows).slice().sort((a, b) => (count.get(String(b[col('Customer ID')])) ?? 0) - (count.get(String(a[col('Customer ID')])) ?? 0))[0];
  if (!pick) throw new Error('the demo has no ticket with a customer');
  return String(pick[col('Ticket ID')]);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
