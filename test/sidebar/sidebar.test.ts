/** Browser tests: the real dist/Sidebar.html in Debian Chromium, served by `afterdesk serve` against the emulator. */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/local/serve';
import { FaultPlan } from '../../src/local/emu/faults';

const CHROMIUM = '/usr/bin/chromium';
// Wednesday 18 Nov 2026, 11:00 in Kuala Lumpur: inside business hours.
const NOW = Date.parse('2026-11-18T03:00:00Z');
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
  server = await startServer({ workbook: join(dir, 'shop.xlsx'), as: 'owner@shop.test', now: NOW });
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

describe('afterdesk serve', () => {
  it('only lets the sidebar call api* functions', async () => {
    const post = (fn: string) => fetch(`${server.url}rpc`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn, args: [] }) });
    const refused = await post('onOpen');
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toContain('onOpen');
    expect((await post('apiDoesNotExist')).status).toBe(403);
    const ok = await post('apiBootstrap');
    expect(ok.status).toBe(200);
    expect((await ok.json()).result.data.user.email).toBe('owner@shop.test');
  });
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

  it('shows the server’s error for an unknown reason next to the reason field', async () => {
    const f = await sidebar();
    await f.click('#tab-new');
    // The select only offers DATA.md reasons; a tampered option is how a stale or forged client would send one.
    await f.evaluate(() => {
      const select = document.getElementById('f-reason') as HTMLSelectElement;
      select.append(new Option('Teleported', 'teleported'));
      select.value = 'teleported';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await f.click('#log-case');
    await f.waitForSelector('#f-reason.invalid');
    const error = await f.evaluate(() => document.getElementById('f-reason')!.nextElementSibling?.textContent);
    expect(error).toMatch(/reason/i);
    expect(server.wb.env.spreadsheet.getSheetByName('Tickets')!.getLastRow()).toBe(2);
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

  it('says "changed by … — reload" when someone else saved the ticket first, then saves after Reload', async () => {
    const f = await sidebar();
    await f.click('#tab-queue');
    await f.fill('#find-ticket', 'T-000001');
    await f.click('#find-open');
    await f.waitForSelector('#save-ticket');
    // Aisyah replies a minute later from her own sidebar while ours still shows the old version.
    const { env, bundle } = server.wb;
    env.clock.set(NOW + 60_000);
    env.setUser('aisyah@shop.test');
    expect((bundle.call('apiUpdateTicket', 'T-000001', { reply: 'Sorry about that — sending a new one' }) as { ok: boolean }).ok).toBe(true);
    env.setUser('owner@shop.test');
    env.clock.set(NOW + 120_000);
    await f.fill('#panel-ticket textarea[name=reply]', 'We will send a replacement');
    await f.click('#save-ticket');
    await f.waitForSelector('#reload');
    expect(await f.textContent('#panel-ticket')).toMatch(/aisyah/i);
    await page.screenshot({ path: join(SHOTS, 'stale.png') });
    await f.click('#reload');
    await f.waitForFunction(() => /sending a new one/.test(document.querySelector('.activity')?.textContent ?? ''));
    await f.fill('#panel-ticket textarea[name=reply]', 'We will send a replacement');
    await f.click('#save-ticket');
    await f.waitForFunction(() => /send a replacement/.test(document.querySelector('.activity')?.textContent ?? ''));
    const replies = env.spreadsheet.getSheetByName('Audit Log')!.getDataRange().getValues().filter((r) => r[1] === 'T-000001' && r[3] === 'reply');
    expect(replies.length).toBe(2);
  });

  it('searches the knowledge base as you type and imports orders from pasted CSV', async () => {
    const f = await sidebar();
    await f.click('#tab-kb');
    await f.type('#kb-query', 'damaged parcel', { delay: 20 });
    // Search results replace the most-used list shown before typing.
    await f.waitForFunction(() => !document.getElementById('kb-most-used') && !!document.querySelector('#kb-results [data-kb]'));
    expect((await f.$$('#kb-results [data-kb]')).length).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'kb.png') });
    await f.click('#tab-import');
    await f.fill('#csv-text', 'Order ID,Order Creation Date,Username (Buyer),SKU Reference No.,Product Name,Quantity,Product Subtotal,Gift Note\n'
      + '260001234567891,2026-11-12 09:00,siti.r,TS-LIN-02,Linen Shirt,2,119.80,\n260001234567892,not a date,ah.keong,TS-LIN-01,Linen Shirt,1,59.90,\n');
    await f.click('#import-run');
    await f.waitForSelector('#import-report .card');
    const report = await f.textContent('#import-report');
    expect(report).toContain('1 imported · 0 updated · 1 rejected');
    expect(report).toMatch(/line 3: .*not a date/);
    expect(report).toContain('Gift Note');
    await page.screenshot({ path: join(SHOTS, 'import.png') });
  });

  it('switches to Chinese', async () => {
    const f = await sidebar();
    await f.click('#lang-switch');
    await f.waitForSelector('#tab-new');
    expect(await f.textContent('#tab-new')).toBe('新建');
    await f.click('#tab-queue');
    await f.waitForSelector('[data-ticket]');
    // Measured against the emulator's clock (served with a fixed now), every fresh ticket is still due, none overdue.
    const rows = await f.$$eval('[data-ticket]', (els) => els.map((e) => e.textContent ?? ''));
    expect(rows.every((r) => r.includes('剩余') && !r.includes('已超时'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'queue-zh.png') });
    await f.click('#lang-switch');
  });
});

describe('a save retried after a timeout', () => {
  it('Save clicked again after a timeout that came after the row was written: one ticket, the same ID', async () => {
    const f = await sidebar();
    await f.click('#tab-new');
    const tickets = server.wb.env.spreadsheet.getSheetByName('Tickets')!;
    const before = tickets.getLastRow();
    // Google writes the ticket row, then tells the script the Sheets call timed out (src/local/emu/faults/).
    const plan = new FaultPlan(server.wb.env).arm();
    plan.force({ kind: 'timeoutAfter', at: 'Range.setValues' });
    await f.selectOption('#f-reason', 'damaged');
    await f.fill('#f-customerName', 'Retry Tan');
    await f.fill('#f-description', 'Clicked save twice');
    await f.click('#log-case');
    await f.waitForFunction(() => /timed out/.test(document.getElementById('new-case')?.textContent ?? document.body.textContent ?? ''));
    expect(tickets.getLastRow()).toBe(before + 1); // the row landed although the save failed
    await f.click('#log-case');
    await f.waitForSelector('#logged');
    plan.disarm();
    const id = String(tickets.getRange(before + 1, 1).getValue());
    expect(await f.textContent('#logged')).toContain(id);
    expect(tickets.getLastRow()).toBe(before + 1);
  });
});
