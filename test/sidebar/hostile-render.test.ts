/**
 * Hostile customer text in the real sidebar (Debian Chromium, `afterdesk serve`): markup, script, event handlers,
 * javascript: URLs, RTL overrides and formula text in every field the sidebar shows — the ticket view, its events,
 * the queue, the knowledge base, the paste panel and the outreach and call-back lists. Nothing runs, no element is
 * made from customer text, and the text shows literally.
 */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/local/serve';

const CHROMIUM = '/usr/bin/chromium';
const NOW = Date.parse('2026-11-18T03:00:00Z');
const SHOTS = join(__dirname, '..', '..', 'artifacts', 'screenshots');

/** Each payload sets window.__pwned if it ever runs. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"\'><svg onload="window.__pwned=3">',
  '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
  'javascript:window.__pwned=5',
  '\u202eevil.exe\u202c =HYPERLINK("http://evil.test","refund")',
];
const EVIL = PAYLOADS.join(' ');
const NAME = `<b>${PAYLOADS[2]}</b>`;

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let page: Page;
let ticketId = '';

async function sidebar(): Promise<Frame> {
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error('sidebar frame not found');
  return frame;
}

/** Nothing ran, and no element of a kind customer text could have made exists in the sidebar. */
async function inert(f: Frame): Promise<void> {
  expect(await f.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // No element made from the payloads: event-handler attributes, srcdoc frames, the x image, a script naming __pwned.
  const made = await f.evaluate(() => document.querySelectorAll('[onerror], [onload], iframe[srcdoc], img[src="x"]').length
    + Array.from(document.querySelectorAll('script')).filter((s) => s.textContent!.includes('__pwned')).length);
  expect(made).toBe(0);
  const hrefs = await f.evaluate(() => Array.from(document.querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  const dir = mkdtempSync(join(tmpdir(), 'afterdesk-hostile-'));
  server = await startServer({ workbook: join(dir, 'shop.xlsx'), as: 'owner@shop.test', now: NOW });
  const { bundle, env } = server.wb;
  bundle.call('apiSetup');
  env.spreadsheet.getSheetByName('Agents')!.getRange(2, 1, 1, 6).setValues([['owner@shop.test', 'Olivia', 'Owner', 'en, zh-CN, ms', true, '']]);
  const r = bundle.call('apiLogCase', {
    channel: 'Shopee Chat', reason: 'damaged', language: 'en', customerId: EVIL.slice(0, 200), customerName: NAME,
    orderId: PAYLOADS[4], sku: PAYLOADS[0].slice(0, 100), description: EVIL, evidenceLinks: 'javascript:window.__pwned=6',
  }) as { ok: boolean; data: { ticket: { ticketId: string } } };
  if (!r.ok) throw new Error(`apiLogCase failed: ${JSON.stringify(r)}`);
  ticketId = r.data.ticket.ticketId;
  bundle.call('apiUpdateTicket', ticketId, { reply: EVIL, note: NAME });
  // A knowledge-base article, an outreach task and a call-back carrying the same text.
  const kb = env.spreadsheet.getSheetByName('Knowledge Base')!;
  const kbHead = kb.getRange(1, 1, 1, kb.getLastColumn()).getValues()[0]!.map(String);
  kb.getRange(kb.getLastRow() + 1, 1, 1, kbHead.length).setValues([kbHead.map((h) => ({ 'Article ID': 'KB-999', Title: `Broken mug ${NAME}`, Question: EVIL, Answer: EVIL, Keywords: 'broken, mug', Status: 'published' } as Record<string, string>)[h] ?? '')]);
  const out = env.spreadsheet.getSheetByName('Outreach')!;
  const outHead = out.getRange(1, 1, 1, out.getLastColumn()).getValues()[0]!.map(String);
  out.getRange(2, 1, 1, outHead.length).setValues([outHead.map((h) => ({ 'Alert ID': 'AL-1', SKU: 'MUG-01', 'Order ID': PAYLOADS[4], 'Customer Name': NAME, Channel: 'Shopee Chat', Message: EVIL, Status: 'to contact' } as Record<string, string>)[h] ?? '')]);
  const cb = env.spreadsheet.getSheetByName('Callbacks')!;
  const cbHead = cb.getRange(1, 1, 1, cb.getLastColumn()).getValues()[0]!.map(String);
  cb.getRange(2, 1, 1, cbHead.length).setValues([cbHead.map((h) => ({ 'Callback ID': 'CB-1', 'Ticket ID': ticketId, Owner: 'owner@shop.test', CSAT: '1', Comment: EVIL, Status: 'open' } as Record<string, string>)[h] ?? '')]);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  await page.goto(server.url);
  await (await sidebar()).waitForSelector('#tab-new');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile customer text in the sidebar', () => {
  it('the queue, the outreach and call-back lists: shown as text, nothing runs', async () => {
    const f = await sidebar();
    await f.click('#tab-queue');
    await f.waitForFunction((name) => document.body.textContent!.includes(name), NAME);
    const text = await f.evaluate(() => document.body.textContent ?? '');
    expect(text).toContain(NAME);
    await inert(f);
  });

  it('the ticket view: description, customer, order, events (reply and note) literally; nothing runs', async () => {
    const f = await sidebar();
    await f.click('#tab-queue');
    await f.fill('#find-ticket', ticketId);
    await f.click('#find-open');
    await f.waitForSelector('#ticket-description');
    expect(await f.textContent('#ticket-description')).toBe(EVIL);
    const text = await f.evaluate(() => document.body.textContent ?? '');
    for (const p of [NAME, PAYLOADS[4], EVIL]) expect(text).toContain(p);
    // Text carrying a right-to-left override sits in its own <bdi>: it cannot reverse what follows it on the line.
    const bidi = await f.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parents: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\u202e/.test(n.nodeValue ?? '')) parents.push(n.parentElement?.tagName ?? '');
      return parents;
    });
    expect(bidi.length).toBeGreaterThan(0);
    expect(bidi.every((t) => t === 'BDI')).toBe(true);
    await inert(f);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'hostile-ticket.png') });
  });

  it('the knowledge base and the paste panel: article text and the pasted message stay text', async () => {
    const f = await sidebar();
    await f.click('#tab-kb');
    await f.fill('#kb-query', 'broken mug');
    await f.waitForFunction(() => /KB-999|Broken mug/.test(document.getElementById('kb-results')?.textContent ?? ''));
    expect(await f.textContent('#kb-results')).toContain(NAME);
    await inert(f);
    await f.click('#tab-paste');
    await f.fill('#paste-text', `my mug arrived broken ${EVIL}`);
    await f.click('#analyse');
    await f.waitForSelector('#intent');
    await inert(f);
  });
});
