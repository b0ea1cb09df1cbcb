/** The `afterdesk` command line on real .xlsx files: set-up, repair of a damaged workbook, errors and exit codes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';
import { run } from './cli-run';


const TICKETS_HEADERS = ['Ticket ID', 'Created At', 'Channel', 'Order ID', 'Customer ID', 'Customer Name', 'Email', 'Language', 'SKU', 'Reason', 'Priority', 'Status', 'Assignee', 'Description', 'First Reply At', 'Resolved At', 'Closed At', 'Reopens', 'Agent Replies', 'Waiting Hours', 'Resolution', 'Compensation', 'Root Cause', 'Survey Sent At', 'CSAT', 'CSAT At', 'CSAT Comment'];

describe('afterdesk setup', () => {
  it('creates a workbook with the DATA.md headers and Settings keys, then repairs it without losing a byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-cli-'));
    const path = join(dir, 'new.xlsx');
    expect((await run('setup', path)).code).toBe(0);
    let env = await loadWorkbook(path, {});
    const ss = env.spreadsheet;
    const tab = ss.getSheetByName('Tickets')!;
    const header = tab.getRange(1, 1, 1, tab.getMaxColumns()).getValues()[0]!.filter(Boolean);
    for (const h of TICKETS_HEADERS) expect(header).toContain(h);
    expect(ss.getSheetByName('Orders')!.getRange(1, 1, 1, 10).getValues()[0]).toEqual(['Order ID', 'Order Date', 'Customer ID', 'Customer Name', 'Email', 'SKU', 'Product', 'Quantity', 'Amount', 'Status']);
    const keys = ss.getSheetByName('Settings')!.getDataRange().getValues().map((r) => r[0]);
    for (const k of ['Time Zone', 'Business Hours Mon', 'Business Hours Sun', 'Holidays', 'SLA First Reply Hours Urgent', 'SLA Resolution Hours Low', 'Alert Recipients', 'Currency', 'Promo Days']) expect(keys).toContain(k);

    // Log two cases, then damage the workbook the way people do.
    expect((await run('log-case', path, '--json-input', JSON.stringify({ channel: 'Email', reason: 'damaged', orderId: '260001234567890', customerName: '=IMPORTXML("x")', description: '+60 12-345' }))).code).toBe(0);
    expect((await run('log-case', path, '--json-input', JSON.stringify({ channel: 'Shopee Chat', reason: 'refund', description: '多谢' }))).code).toBe(0);
    env = await loadWorkbook(path, {});
    const t = env.spreadsheet.getSheetByName('Tickets')!;
    env.spreadsheet.deleteSheet(env.spreadsheet.getSheetByName('Orders')!);
    const width = t.getLastColumn();
    const rows = t.getRange(1, 1, 3, width).getValues();
    const order = rows[0]!.map((_, i) => i).reverse(); // reorder every column
    const reordered = rows.map((r) => order.map((i) => r[i]));
    reordered[0] = reordered[0]!.map((h) => (h === 'Assignee' ? '处理人' : h === 'Description' ? '问题描述' : h));
    t.getRange(1, 1, 3, width).setNumberFormat('@').setValues(reordered.map((r) => r.map((v) => (Object.prototype.toString.call(v) === '[object Date]' ? v : String(v)))));
    if (t.getMaxColumns() <= width) t.insertColumnsAfter(t.getMaxColumns(), 1); // the user adds a column
    t.getRange(1, width + 1, 3, 1).setValues([['My notes'], ['call back Monday'], ['VIP!']]);
    const before = t.getRange(1, 1, 3, width + 1).getValues().map((r) => r.map(String));
    await saveWorkbook(env, path);

    const again = await run('setup', path);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/Orders/);
    env = await loadWorkbook(path, {});
    expect(env.spreadsheet.getSheetByName('Orders')).not.toBeNull();
    const after = env.spreadsheet.getSheetByName('Tickets')!.getRange(1, 1, 3, width + 1).getValues().map((r) => r.map(String));
    expect(after).toEqual(before);
    // And the add-on still finds every column by header: the ticket reads back through the bundle.
    const kb = await run('update-ticket', path, 'T-000001', '--json-input', '{"reply":"On it"}', '--json');
    expect(kb.code).toBe(0);
    expect(JSON.parse(kb.out).ticket.description).toBe('+60 12-345');
  }, 60_000);

  it('fails with one line and exit 1 on a bad command, exit 2 on a wrong command line, leaving the file alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-cli-'));
    const path = join(dir, 'shop.xlsx');
    await run('setup', path);
    const bytes = readFileSync(path);
    const bad = await run('log-case', path, '--json-input', '{"channel":"Email","reason":"teleport"}');
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/Unknown reason "teleport"/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect((await run('log-case', path)).code).toBe(2);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('kpi', path, '--from', 'yesterday', '--json')).code).toBe(2);
  }, 60_000);

  it('prints METRICS.md keys with kpi --json and the intent of a message with intent --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-cli-'));
    const path = join(dir, 'shop.xlsx');
    await run('setup', path);
    const kpi = await run('kpi', path, '--from', '2026-01-01', '--to', '2026-12-31', '--json');
    expect(kpi.code).toBe(0);
    const k = JSON.parse(kpi.out);
    for (const key of ['tickets', 'first_reply_hours', 'resolution_rate', 'csat_percent', 'return_rate', 'repurchase_30d_rate', 'recovery_rate', 'by_reason']) expect(k).toHaveProperty(key);
    expect(k.resolution_rate).toBeNull();
    const intent = await run('intent', '不要退款，换一个', '--json');
    expect(JSON.parse(intent.out)).toMatchObject({ intent: 'exchange', negated: ['refund'] });
  }, 60_000);
});
