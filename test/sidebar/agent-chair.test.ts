/**
 * Browser tests of the sidebar from an agent's (and a lead's) chair: the real dist/Sidebar.html in Debian Chromium,
 * served by `afterdesk serve` against the emulator. Every action is checked in the workbook the server holds.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/local/serve';

const CHROMIUM = '/usr/bin/chromium';
// Wednesday 18 Nov 2026, 11:00 in Kuala Lumpur: inside business hours.
const NOW = Date.parse('2026-11-18T03:00:00Z');
// Long unbroken customer text: a username, an order ID, a URL and a product name with no place to wrap.
const LONG_USER = 'nurul_aisyah_binti_abdullah_kedai_baju_online_0123456789';
const LONG_ORDER = '2611180000000000000000000000000001';
const URL = 'https://shopee.com.my/product/123456789/9876543210?sp_atk=aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee&xptdk=ffffffff-0000-1111-2222-333333333333';
const LONG_SKU = 'TS-LIN-01-WHITE-XXL-LIMITED-EDITION-2026';

let browser: Browser;
let server: Awaited<ReturnType<typeof startServer>>;
let page: Page;
const ids: Record<'approveMe' | 'rejectMe' | 'resolved' | 'survey', string> = { approveMe: '', rejectMe: '', resolved: '', survey: '' };

type Row = Record<string, unknown>;

/** A tab of the workbook the server holds, as records keyed by the header row. */
function tab(name: string): Row[] {
  const values = server.wb.env.spreadsheet.getSheetByName(name)!.getDataRange().getValues();
  const [head, ...rows] = values;
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [String(h), r[i]])));
}

function ok<T = any>(fn: string, ...args: unknown[]): T {
  const r = server.wb.bundle.call(fn, ...args) as { ok: boolean; data?: T; error?: { en: string } };
  if (!r.ok) throw new Error(`${fn}: ${r.error?.en}`);
  return r.data as T;
}

function sidebar(): Frame {
  const frame = page.frame({ url: /\/sidebar$/ });
  if (!frame) throw new Error('sidebar frame not found');
  return frame;
}

/** Elements wider than the 300 px sidebar: the page scrolls sideways, or something sticks out on the right. */
async function overflow(f: Frame): Promise<{ scrollWidth: number; clientWidth: number; outside: string[] }> {
  return f.evaluate(() => {
    const doc = document.documentElement;
    const outside = Array.from(document.querySelectorAll('#app *'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > doc.clientWidth + 0.5;
      })
      .concat(Array.from(document.querySelectorAll('#app *')).filter((el) => {
        // Text spilling out of its own box (e.g. a nowrap button): the box fits, its content does not.
        if (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) return false;
        return getComputedStyle(el).overflowX === 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0;
      }))
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${(el as HTMLElement).className}: ${(el.textContent ?? '').slice(0, 40)}`);
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, outside };
  });
}

async function expectFits(f: Frame, panel: string): Promise<void> {
  const o = await overflow(f);
  expect(o.clientWidth, panel).toBeLessThanOrEqual(300);
  expect(o.outside, panel).toEqual([]);
  expect(o.scrollWidth, panel).toBeLessThanOrEqual(o.clientWidth);
}

async function openTicket(f: Frame, id: string): Promise<void> {
  await f.click('#tab-queue');
  await f.fill('#find-ticket', id);
  await f.click('#find-open');
  await f.waitForFunction((x) => document.getElementById('ticket-id')?.textContent === x, id);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  const dir = mkdtempSync(join(tmpdir(), 'afterdesk-chair-'));
  server = await startServer({ workbook: join(dir, 'shop.xlsx'), as: 'lee@shop.test', now: NOW });
  const { env } = server.wb;
  ok('apiSetup');
  env.spreadsheet.getSheetByName('Agents')!.getRange(2, 1, 3, 6).setValues([
    ['owner@shop.test', 'Olivia', 'Owner', 'en, zh-CN, ms', true, ''],
    ['lee@shop.test', 'Lee', 'Lead', 'en, zh-CN', true, 200],
    ['aisyah@shop.test', 'Aisyah', 'Agent', 'ms, en', true, 10],
  ]);
  ok('apiImportOrders', 'Order ID,Order Creation Date,Username (Buyer),Receiver Name,SKU Reference No.,Product Name,Quantity,Product Subtotal\n'
    + `${LONG_ORDER},2026-11-10 10:00,${LONG_USER},${LONG_USER},${LONG_SKU},Linen Button Shirt,1,59.90\n`
    + `260001234567801,2026-10-02 15:30,${LONG_USER},${LONG_USER},TS-LIN-02,Linen Shirt,2,119.80\n`
    + '260001234567802,2026-11-11 09:00,someone.else,Someone Else,TS-LIN-01,Linen Button Shirt,1,59.90\n');
  // Aisyah logs four cases for the same customer; two ask for compensation above her MYR 10.
  env.setUser('aisyah@shop.test');
  const log = (description: string) => ok<{ ticket: { ticketId: string } }>('apiLogCase', {
    channel: 'shopee_chat', orderId: LONG_ORDER, customerId: LONG_USER, customerName: LONG_USER, reason: 'damaged', description,
  }).ticket.ticketId;
  ids.approveMe = log(`Seam torn, photo here: ${URL}`);
  ids.rejectMe = log(`Second shirt also torn ${URL}${URL}`);
  ids.resolved = log('Button missing — replacement sent, customer happy');
  ids.survey = log('Colour faded after one wash');
  env.clock.set(NOW + 60_000);
  ok('apiUpdateTicket', ids.approveMe, { reply: 'So sorry — refunding part', compensation: 30 });
  ok('apiUpdateTicket', ids.rejectMe, { reply: 'Checking with the lead', compensation: 45 });
  ok('apiUpdateTicket', ids.resolved, { reply: 'Replacement sent', status: 'resolved', resolution: 'resend', rootCause: 'logistics' });
  ok('apiUpdateTicket', ids.survey, { reply: 'Sorry', status: 'resolved', resolution: 'resend', rootCause: 'logistics' });
  // A low survey score opens a call-back for the lead; a batch defect leaves an outreach task.
  env.clock.set(NOW + 120_000);
  env.setUser('lee@shop.test'); // a survey answer typed in by hand is a lead's job (team roles)
  ok('apiSurveyResponse', { ticket: ids.survey, score: 1, comment: `Still broken. ${URL}` });
  const outreach = env.spreadsheet.getSheetByName('Outreach')!;
  outreach.getRange(2, 1, 1, 13).setValues([[
    'ALERT-defect-TS-LIN-01', LONG_SKU, LONG_ORDER, new Date(NOW - 8 * 86_400_000), LONG_USER, LONG_USER, '', 'shopee_chat', 'ms', 1,
    `Hi ${LONG_USER}, we found a stitching problem in this batch: ${URL}`, 'to contact', '',
  ]]);
  env.setUser('lee@shop.test');
  env.clock.set(NOW + 180_000);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await page.goto(server.url);
  await sidebar().waitForSelector('#tab-queue');
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every panel fits the 300 px sidebar', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`with long customer text, URLs and order IDs (${lang})`, async () => {
      const f = sidebar();
      if ((await f.textContent('#lang-switch')) === (lang === 'zh' ? '中文' : 'EN')) {
        await f.click('#lang-switch');
        await f.waitForSelector('#tab-paste');
      }
      await f.click('#tab-paste');
      await f.fill('#paste-text', `${LONG_USER} here. Order ${LONG_ORDER} arrived torn: ${URL} 衬衫破损了，请退款`);
      await f.click('#analyse');
      await f.waitForSelector('#intent');
      await f.click('#fill-ack [data-placeholder="order"]');
      await expectFits(f, 'paste');

      await f.click('#tab-new');
      await f.fill('#f-orderId', LONG_ORDER);
      await f.waitForFunction(() => (document.getElementById('f-customerId') as HTMLInputElement).value !== '');
      await f.waitForSelector('#case-context .card');
      await expectFits(f, 'new case');

      // Runs first: the queue still holds the approvals, the call-back and the outreach task, all with long text.
      await f.click('#tab-queue');
      await f.waitForSelector('[data-ticket]');
      await expectFits(f, 'queue');

      await openTicket(f, ids.rejectMe);
      await f.waitForSelector('#ticket-customer');
      await expectFits(f, 'ticket');

      await f.click('#tab-kb');
      await f.waitForSelector('#kb-results .kb-hit');
      await expectFits(f, 'kb');

      await f.click('#tab-import');
      await f.fill('#csv-text', `Order ID,Order Creation Date,Username (Buyer),SKU Reference No.,${'A_very_long_unmapped_column_header_'.repeat(3)}\n${LONG_ORDER}9,not a date ${URL},${LONG_USER},${LONG_SKU},x\n`);
      await f.click('#import-run');
      await f.waitForSelector('#import-report .card');
      await expectFits(f, 'import');
    });
  }
});

describe('the sidebar from a lead’s chair', () => {
  it('approves one compensation and rejects another: Approvals rows decided, the approved amount on the ticket', async () => {
    const f = sidebar();
    await f.click('#tab-queue');
    await f.waitForSelector('[data-ticket]');
    const approvals = tab('Approvals');
    expect(approvals.map((a) => a['Status'])).toEqual(['pending', 'pending']);
    const card = (ticketId: string) => f.locator('#panel-queue .card', { hasText: ticketId }).filter({ has: f.locator('button', { hasText: 'Approve' }) });
    await card(ids.approveMe).locator('input').fill('OK, goodwill');
    await card(ids.approveMe).locator('button', { hasText: 'Approve' }).click();
    await f.waitForFunction((id) => !Array.from(document.querySelectorAll('#panel-queue .card')).some((c) => c.textContent?.includes(id) && /Approve/.test(c.textContent)), ids.approveMe);
    await card(ids.rejectMe).locator('input').fill('Too much for a faded shirt');
    await card(ids.rejectMe).locator('button', { hasText: 'Reject' }).click();
    await f.waitForFunction(() => /Approvals \(0\)/.test(document.getElementById('panel-queue')?.textContent ?? ''));
    const decided = tab('Approvals');
    const byTicket = (id: string) => decided.find((a) => a['Ticket ID'] === id)!;
    expect(byTicket(ids.approveMe)).toMatchObject({ Status: 'approved', 'Decided By': 'lee@shop.test', Comment: 'OK, goodwill' });
    expect(byTicket(ids.rejectMe)).toMatchObject({ Status: 'rejected', 'Decided By': 'lee@shop.test', Comment: 'Too much for a faded shirt' });
    const tickets = tab('Tickets');
    const compensation = (id: string) => tickets.find((t) => t['Ticket ID'] === id)!['Compensation'];
    expect(compensation(ids.approveMe)).toBe(30);
    expect(compensation(ids.rejectMe)).toBe('');
  });

  it('completes a call-back with its outcome', async () => {
    const f = sidebar();
    await f.click('#tab-queue');
    const card = f.locator('#panel-queue .card', { hasText: ids.survey }).filter({ has: f.locator('button', { hasText: 'Done' }) });
    await card.waitFor();
    expect(tab('Callbacks')).toHaveLength(1);
    await card.locator('input').fill('Called, sending a new shirt');
    await card.locator('button', { hasText: 'Done' }).click();
    await f.waitForFunction(() => /Call-backs \(0\)/.test(document.getElementById('panel-queue')?.textContent ?? ''));
    expect(tab('Callbacks')[0]).toMatchObject({ 'Ticket ID': ids.survey, Status: 'done', Outcome: 'Called, sending a new shirt' });
  });

  it('marks an outreach buyer contacted', async () => {
    const f = sidebar();
    await f.click('#tab-queue');
    await f.locator('#panel-queue button', { hasText: 'Contacted' }).click();
    await f.waitForFunction(() => /Outreach \(0\)/.test(document.getElementById('panel-queue')?.textContent ?? ''));
    const row = tab('Outreach')[0]!;
    expect(row['Status']).toBe('contacted');
    expect(row['Updated']).not.toBe('');
  });

  it('promotes a resolved ticket to a draft KB article, once', async () => {
    const f = sidebar();
    await openTicket(f, ids.resolved);
    await f.click('#promote');
    await f.waitForFunction(() => /Draft article created/.test(document.getElementById('banner')?.textContent ?? ''));
    const drafts = tab('Knowledge Base').filter((a) => a['Source Ticket'] === ids.resolved);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!['Status']).toBe('draft');
    expect(await f.textContent('#banner')).toContain(String(drafts[0]!['Article ID']));
    // Promoting again finds the same draft instead of writing a second one.
    await f.click('#promote');
    await f.waitForFunction(() => !(document.getElementById('promote') as HTMLButtonElement).disabled);
    expect(tab('Knowledge Base').filter((a) => a['Source Ticket'] === ids.resolved)).toHaveLength(1);
    expect(tab('Audit Log').some((e) => e['Ticket ID'] === ids.resolved && String(Object.values(e).join(' ')).includes(`${drafts[0]!['Article ID']} draft`))).toBe(true);
  });

  it('imports orders from a chosen CSV file', async () => {
    const f = sidebar();
    await f.click('#tab-import');
    const csv = 'Order ID,Order Creation Date,Username (Buyer),SKU Reference No.,Product Name,Quantity,Product Subtotal\n'
      + '261118000000009,2026-11-17 20:15,farah.z,TS-LIN-03,Linen Dress,1,89.00\n';
    await f.setInputFiles('#csv-file', { name: 'shopee-orders.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await f.waitForFunction(() => (document.getElementById('csv-text') as HTMLTextAreaElement).value.includes('261118000000009'));
    await f.click('#import-run');
    await f.waitForSelector('#import-report .card');
    expect(await f.textContent('#import-report')).toContain('1 imported · 0 updated · 0 rejected');
    const order = tab('Orders').find((o) => o['Order ID'] === '261118000000009');
    expect(order).toMatchObject({ 'Customer ID': 'farah.z', SKU: 'TS-LIN-03', Amount: 89 });
  });
});

describe('one screen for the whole context', () => {
  it('the ticket view lists the customer’s other tickets (each opens) and their orders, newest first', async () => {
    const f = sidebar();
    await openTicket(f, ids.approveMe);
    await f.waitForSelector('#ticket-customer');
    const others = await f.$$eval('#customer-tickets [data-open-ticket]', (els) => els.map((e) => e.getAttribute('data-open-ticket')));
    expect(others.sort()).toEqual([ids.rejectMe, ids.resolved, ids.survey].sort());
    const orders = await f.$$eval('#customer-orders [data-order]', (els) => els.map((e) => e.getAttribute('data-order')));
    expect(orders).toEqual([LONG_ORDER, '260001234567801']); // not someone.else's order
    expect(await f.textContent('#customer-orders')).toContain('119.80');
    await f.click(`#customer-tickets [data-open-ticket="${ids.resolved}"]`);
    await f.waitForFunction((x) => document.getElementById('ticket-id')?.textContent === x, ids.resolved);
  });

  it('the KB panel shows the most used articles before anything is typed', async () => {
    const kb = tab('Knowledge Base').filter((a) => a['Status'] !== 'draft');
    const sheet = server.wb.env.spreadsheet.getSheetByName('Knowledge Base')!;
    const usesCol = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Uses') + 1;
    // The third published article becomes the most used, the first the second most used, the rest unused.
    const all = tab('Knowledge Base');
    const uses = all.map((a) => [a['Article ID'] === kb[2]!['Article ID'] ? 40 : a['Article ID'] === kb[0]!['Article ID'] ? 7 : 0]);
    sheet.getRange(2, usesCol, all.length, 1).setValues(uses);
    const f = sidebar();
    await f.click('#tab-kb');
    await f.waitForSelector('#kb-most-used');
    const listed = await f.$$eval('#kb-results [data-kb]', (els) => els.map((e) => e.getAttribute('data-kb')));
    expect(listed.slice(0, 2)).toEqual([kb[2]!['Article ID'], kb[0]!['Article ID']]);
    expect(listed.length).toBe(Math.min(5, kb.length));
    expect(await f.textContent('#kb-results .kb-hit')).toContain('40 uses');
    await f.type('#kb-query', 'refund', { delay: 10 });
    await f.waitForFunction(() => !document.getElementById('kb-most-used'));
  });

  it('the paste panel names a missing placeholder as a hint to fill, not a warning', async () => {
    const f = sidebar();
    await f.click('#tab-paste');
    await f.fill('#paste-text', 'Where is my parcel? It has been two weeks and the tracking has not moved.');
    await f.click('#analyse');
    await f.waitForSelector('#intent');
    const chips = await f.$$eval('#analysis .fill-hint .chip', (els) => els.map((e) => e.getAttribute('data-placeholder')));
    expect(chips.length).toBeGreaterThan(0);
    expect(chips).toContain('order');
    expect(await f.$$('#analysis .warn')).toHaveLength(0);
    expect(await f.textContent('#analysis .fill-hint')).toMatch(/Add before sending: .*order ID/);
    expect(await f.textContent('#text-ack')).not.toMatch(/\{\w+\}/);
    // Filling the order ID in place puts it into the replies and the hint drops it.
    await f.click('#fill-ack [data-placeholder="order"]');
    await f.fill('#fill-ack input[name=orderId]', '260001234567890');
    await f.press('#fill-ack input[name=orderId]', 'Enter');
    await f.waitForFunction(() => /for order 260001234567890/.test(document.getElementById('text-ack')?.textContent ?? ''));
    expect(await f.$$('#analysis [data-placeholder="order"]')).toHaveLength(0);
    expect(await f.textContent('#text-info')).toContain('(order 260001234567890)');
    // "Use in new case" carries it to the form.
    await f.click('#use-in-form');
    await f.waitForSelector('#f-orderId');
    expect(await f.inputValue('#f-orderId')).toBe('260001234567890');
  });
});
