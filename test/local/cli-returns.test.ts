/** `afterdesk import-returns WB FILE.csv` on a real .xlsx: the sample exports, JSON report, re-import, bad files. */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbook } from '../../src/local/xlsx';
import { run } from './cli-run';

const ROOT = join(__dirname, '..', '..');


describe('afterdesk import-returns', () => {
  it('imports the sample exports, reports per line, and a second run leaves the file untouched', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-returns-'));
    const wb = join(dir, 'shop.xlsx');
    expect((await run('setup', wb)).code).toBe(0);
    const en = join(ROOT, 'test/fixtures/shopee-returns-en.csv');
    const first = await run('import-returns', wb, en, '--now', '2026-11-21T10:00', '--json');
    expect(first.code).toBe(0);
    const report = JSON.parse(first.out);
    expect([report.created, report.updated, report.unchanged, report.rejected.length]).toEqual([4, 0, 0, 2]);
    expect(report.tickets[0]).toMatchObject({ returnId: '2611200001RTN', marketplaceStatus: 'requested', marketplaceDueAt: '2026-11-22T14:00:00.000Z', marketplaceState: 'on_track' });
    const stamp = statSync(wb).mtimeMs;
    const again = await run('import-returns', wb, en, '--now', '2026-11-21T10:05');
    expect(again.code).toBe(0);
    expect(again.out).toContain('0 created, 0 updated, 4 unchanged, 2 rejected');
    expect(again.out).toMatch(/line 6 rejected: Return ID "2.61121E\+12"/);
    expect(statSync(wb).mtimeMs).toBe(stamp);
    const zh = await run('import-returns', wb, join(ROOT, 'test/fixtures/shopee-returns-zh.csv'), '--now', '2026-11-22T10:00');
    expect(zh.out).toContain('Shopee returns (中文): 2 created');
    const env = await loadWorkbook(wb, {});
    const rows = env.spreadsheet.getSheetByName('Tickets')!.getDataRange().getValues();
    const col = rows[0]!.indexOf('Return ID');
    expect(rows.slice(1).map((r) => r[col])).toEqual(['2611200001RTN', '2611190002RTN', '2611180003RTN', '2611210004RTN', '2611220101RTN', '2611220102RTN']);
  });

  it('a file without a required column is one bilingual line on stderr, exit 1, workbook unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-returns-'));
    const wb = join(dir, 'shop.xlsx');
    await run('setup', wb);
    const before = readFileSync(wb);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Return ID,Order ID,Return Reason,Return Creation Time\nR1,O1,Expired,2026-11-20 10:00\n');
    const r = await run('import-returns', wb, bad);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('"Return / Refund Status"');
    expect(r.err).toContain('“退货/退款状态”');
    expect(readFileSync(wb).equals(before)).toBe(true);
    expect((await run('import-returns', wb)).code).toBe(2);
  });
});
