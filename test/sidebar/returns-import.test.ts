/** Browser test: the Import panel takes a Shopee return export, reports every line, and the queue shows Shopee's clock. */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/local/serve';

const CHROMIUM = '/usr/bin/chromium';
// Wednesday 18 Nov 2026, 11:00 in Kuala Lumpur.
const NOW = Date.parse('2026-11-18T03:00:00Z');
const SHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

const RETURNS = [
  'Return ID,Order ID,Order Creation Date,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return Tracking Number,Return / Refund Status,Voucher Code',
  '2611160001RTN,260001234567890,2026-11-10 10:00,Linen Button Shirt,TS-LIN-01,1,Defective / does not work,2026-11-16 13:30,,Requested,',
  '2611170002RTN,260001234567890,2026-11-10 10:00,Linen Button Shirt,TS-LIN-01,1,Change of mind,2026-11-17 14:00,,Requested,',
  '2611170003RTN,260009999,2026-11-11 10:00,Linen Shirt,TS-LIN-02,1,Damaged item,2026-11-17 15:00,,Maybe later,',
].join('\n');

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let page: Page;

async function sidebar(): Promise<Frame> {
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error('sidebar frame not found');
  return frame;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'afterdesk-returns-'));
  server = await startServer({ workbook: join(dir, 'shop.xlsx'), as: 'owner@shop.test', now: NOW });
  const { bundle, env } = server.wb;
  bundle.call('apiSetup');
  env.spreadsheet.getSheetByName('Agents')!.getRange(2, 1, 1, 6).setValues([['owner@shop.test', 'Olivia', 'Owner', 'en, zh-CN, ms', true, '']]);
  // A generous shop SLA, so the only clock close to running out is Shopee's.
  const settings = env.spreadsheet.getSheetByName('Settings')!;
  const keys = settings.getDataRange().getValues().map((r) => String(r[0]));
  settings.getRange(keys.indexOf('SLA First Reply Hours Normal') + 1, 2).setValue('40');
  bundle.call('apiImportOrders', 'Order ID,Order Creation Date,Username (Buyer),Receiver Name,SKU Reference No.,Product Name,Quantity,Product Subtotal\n260001234567890,2026-11-10 10:00,nurul88,Nurul Aisyah,TS-LIN-01,Linen Button Shirt,1,59.90\n');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  await page.goto(server.url);
  await (await sidebar()).waitForSelector('#tab-new');
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Shopee returns in the sidebar', () => {
  it('imports a return export from the Import panel, then a second time changes nothing', async () => {
    const f = await sidebar();
    await f.click('#tab-import');
    await f.selectOption('#import-kind', 'returns');
    expect(await f.textContent('#import-run')).toBe('Import return requests');
    await f.fill('#csv-text', RETURNS);
    await f.click('#import-run');
    await f.waitForSelector('#returns-report');
    const report = (await f.textContent('#returns-report')) ?? '';
    expect(report).toContain('Shopee returns (English)');
    expect(report).toContain('2 created · 0 updated · 0 unchanged · 1 rejected');
    expect(report).toMatch(/line 4: .*Maybe later/);
    expect(report).toContain('Voucher Code');
    expect(report).toContain('T-000001 · 2611160001RTN · created · Requested');
    await page.screenshot({ path: join(SHOTS, 'import-returns.png') });
    await f.click('#import-run');
    await f.waitForFunction(() => /0 created · 0 updated · 2 unchanged/.test(document.querySelector('#returns-report')?.textContent ?? ''));
  });

  it('shows Shopee’s clock in the queue, the request due soon first and highlighted', async () => {
    const f = await sidebar();
    await f.click('#tab-queue');
    await f.waitForSelector('[data-ticket]');
    const rows = await f.$$eval('[data-ticket]', (els) => els.map((e) => [e.getAttribute('data-ticket'), e.className, e.textContent ?? '']));
    expect(rows[0]![0]).toBe('T-000001');
    expect(rows[0]![1]).toContain('sla-due_soon');
    // Created Mon 13:30: Shopee's 48 calendar hours end Wed 13:30, 2 h 30 m after 11:00.
    expect(rows[0]![2]).toContain('Shopee return · due in 2 h 30 m');
    expect(rows[1]![2]).toContain('Shopee return · due in 1 d 3 h');
    await page.screenshot({ path: join(SHOTS, 'queue-shopee-clock.png') });
  });

  it('reads a Chinese export chosen as a file, and speaks Chinese', async () => {
    const f = await sidebar();
    await f.click('#lang-switch');
    await f.waitForSelector('#tab-import');
    await f.click('#tab-import');
    await f.selectOption('#import-kind', 'returns');
    await f.setInputFiles('#csv-file', join(__dirname, '..', 'fixtures', 'shopee-returns-zh.csv'));
    await f.waitForFunction(() => ((document.querySelector('#csv-text') as HTMLTextAreaElement | null)?.value ?? '').startsWith('退货编号'));
    await f.click('#import-run');
    await f.waitForSelector('#returns-report');
    const report = (await f.textContent('#returns-report')) ?? '';
    expect(report).toContain('Shopee returns (中文)');
    expect(report).toContain('2 已创建 · 0 更新 · 0 未变 · 0 拒绝');
    expect(report).toContain('已退款');
    await page.screenshot({ path: join(SHOTS, 'import-returns-zh.png') });
    await f.click('#tab-queue');
    await f.waitForSelector('[data-ticket]');
    const rows = await f.$$eval('[data-ticket]', (els) => els.map((e) => e.textContent ?? ''));
    expect(rows[0]).toContain('Shopee 退货 · 剩余 2 h 30 m');
    await f.click('#lang-switch');
  });
});
