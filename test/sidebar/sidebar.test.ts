/** Browser tests: the real dist/Sidebar.html in Debian Chromium, served by `afterdesk serve` against the emulator. */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/local/serve';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

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
  const dir = mkdtempSync(join(tmpdir(), 'afterdesk-sidebar-'));
  server = await startServer({ workbook: join(dir, 'shop.xlsx'), as: 'owner@shop.test', now: Date.parse('2026-11-18T03:00:00Z') });
  const { bundle, env } = server.wb;
  bundle.call('apiSetup');
  env.spreadsheet.getSheetByName('Agents')!.getRange(2, 1, 2, 6).setValues([
    ['owner@shop.test', 'Olivia', 'Owner', 'en, zh-CN, ms', true, ''],
    ['aisyah@shop.test', 'Aisyah', 'Agent', 'ms, en', true, ''],
  ]);
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

describe('sidebar in Chromium', () => {
  it('logs a case: the order fills the customer, the context shows due times, the new ticket ID comes back', async () => {
    const f = await sidebar();
    await f.click('#tab-new');
    await f.fill('#f-orderId', '260001234567890');
    await f.waitForFunction(() => (document.getElementById('f-customerId') as HTMLInputElement).value === 'nurul88');
    expect(await f.inputValue('#f-sku')).toBe('TS-LIN-01');
    await f.selectOption('#f-reason', 'damaged');
    await f.waitForFunction(() => /parcel/i.test(document.getElementById('case-context')?.textContent ?? ''));
    await f.fill('#f-description', 'Parcel arrived crushed');
    await page.screenshot({ path: join(SHOTS, 'new-case.png') });
    await f.click('#log-case');
    await f.waitForSelector('#logged');
    expect(await f.textContent('#logged')).toContain('T-000001');
    const rows = server.wb.env.spreadsheet.getSheetByName('Tickets')!.getDataRange().getValues();
    expect(rows.length).toBe(2);
    expect(rows[1]![0]).toBe('T-000001');
    await page.screenshot({ path: join(SHOTS, 'case-logged.png') });
  });

  it('shows the server’s validation error next to the field, and writes nothing', async () => {
    const f = await sidebar();
    await f.click('#tab-new');
    await f.selectOption('#f-reason', 'refund');
    await f.fill('#f-email', 'not-an-email');
    await f.click('#log-case');
    await f.waitForSelector('.field-error');
    expect(await f.textContent('.field-error')).toMatch(/not a valid e-mail/);
    expect(await f.getAttribute('#f-email', 'class')).toContain('invalid');
    expect(server.wb.env.spreadsheet.getSheetByName('Tickets')!.getLastRow()).toBe(2);
    await page.screenshot({ path: join(SHOTS, 'validation-error.png') });
  });

  it('renders customer text with HTML and script inertly', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> =IMPORTXML("x")';
    server.wb.bundle.call('apiLogCase', { channel: 'Shopee Chat', reason: 'damaged', customerName: '<b>Bold</b>', description: evil });
    const f = await sidebar();
    await f.click('#tab-queue');
    await f.fill('#find-ticket', 't-000002');
    await f.click('#find-open');
    await f.waitForSelector('#ticket-description');
    expect(await f.textContent('#ticket-description')).toBe(evil);
    expect(await f.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await f.$$('#ticket-description img, #ticket-description script')).toHaveLength(0);
    await page.screenshot({ path: join(SHOTS, 'ticket-view.png') });
  });

  it('pastes a message: intent, copy the acknowledgement, insert a KB answer', async () => {
    const f = await sidebar();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    await f.click('#tab-paste');
    await f.fill('#paste-text', '收到的衬衫破损了，包装也压扁了，怎么办？');
    await f.click('#analyse');
    await f.waitForSelector('#intent');
    expect(await f.textContent('#intent')).toMatch(/Damaged|破损/);
    await f.click('#copy-ack');
    await f.waitForFunction(() => document.getElementById('copy-ack')?.textContent !== 'Copy' && document.getElementById('copy-ack')?.textContent !== '复制');
    const ack = await f.textContent('#text-ack');
    expect(ack && ack.length).toBeGreaterThan(10);
    expect(ack).not.toMatch(/\{\w+\}/);
    const kb = await f.$('[data-kb]');
    expect(kb).not.toBeNull();
    const id = await kb!.getAttribute('data-kb');
    await kb!.click();
    await f.waitForFunction((sel) => document.querySelector(sel)?.textContent !== 'Insert' && document.querySelector(sel)?.textContent !== '插入', `[data-kb="${id}"]`);
    const kbRows = server.wb.env.spreadsheet.getSheetByName('Knowledge Base')!.getDataRange().getValues();
    const row = kbRows.find((r) => r[0] === id)!;
    expect(Number(row[11])).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'paste-message.png') });
  });

  it('switches to Chinese', async () => {
    const f = await sidebar();
    await f.click('#lang-switch');
    await f.waitForSelector('#tab-new');
    expect(await f.textContent('#tab-new')).toBe('新建');
    await f.click('#tab-queue');
    await f.waitForSelector('[data-ticket]');
    await page.screenshot({ path: join(SHOTS, 'queue-zh.png') });
    await f.click('#lang-switch');
  });
});
