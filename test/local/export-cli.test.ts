/** `afterdesk export WB --to DIR` on a real .xlsx: the files, the schemas, the views, --cost, and usage errors. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-run';


describe('afterdesk export', () => {
  it('writes NDJSON, one BigQuery schema a table, the views and load.sh; --cost reports the read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-export-cli-'));
    const wb = join(dir, 'shop.xlsx');
    expect((await run('setup', wb)).code).toBe(0);
    const now = '--now=2026-11-16T02:00:00Z';
    expect((await run('log-case', wb, now, '--json-input', JSON.stringify({ channel: 'Email', reason: 'damaged', customerId: 'amy', description: '=cracked "lid"\nsecond line' }))).code).toBe(0);
    expect((await run('update-ticket', wb, 'T-000001', '--now=2026-11-16T05:00:00Z', '--json-input', JSON.stringify({ status: 'resolved', resolution: 'refund', reply: 'Refunded' }))).code).toBe(0);
    const out = join(dir, 'bq');
    const r = await run('export', wb, '--to', out, now, '--from', '2026-11-01', '--until', '2026-11-16', '--json', '--cost', join(dir, 'cost.json'));
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.rows).toMatchObject({ tickets: 1, orders: 0, sla_targets: 4 });
    expect(report.rows.events).toBeGreaterThan(3);
    const ticket = JSON.parse(readFileSync(join(out, 'tickets.ndjson'), 'utf8').trim());
    expect(ticket).toMatchObject({ ticket_id: 'T-000001', channel: 'email', reason: 'damaged', status: 'resolved', resolution: 'refund', archived: false, description: '=cracked "lid"\nsecond line' });
    expect(ticket.created_at).toBe('2026-11-16T02:00:00.000Z');
    const schema = JSON.parse(readFileSync(join(out, 'schemas', 'tickets.json'), 'utf8')) as { name: string; type: string }[];
    expect(Object.keys(ticket).sort()).toEqual(schema.map((f) => f.name).sort());
    expect(schema.find((f) => f.name === 'created_at')!.type).toBe('TIMESTAMP');
    const periods = readFileSync(join(out, 'periods.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(periods.find((p) => p.period_id === 'custom')).toMatchObject({ from_date: '2026-11-01', to_date: '2026-11-16', start_at: '2026-10-31T16:00:00.000Z' });
    expect(readFileSync(join(out, 'views', '04_kpi.sql'), 'utf8')).toMatch(/^CREATE OR REPLACE VIEW afterdesk\.kpi AS/);
    expect(readFileSync(join(out, 'load.sh'), 'utf8')).toContain('bq load --replace --source_format=NEWLINE_DELIMITED_JSON afterdesk.tickets tickets.ndjson schemas/tickets.json');
    const cost = JSON.parse(readFileSync(join(dir, 'cost.json'), 'utf8'));
    expect(Object.keys(cost)).toEqual(['calls', 'backendCalls', 'cellsRead', 'cellsWritten', 'modelledSeconds']);
    // (In one process --cost sums every workbook opened so far, so only the shape and a read are checked here.)
    expect(cost.cellsRead).toBeGreaterThan(0);
  }, 120_000);

  it('says how to call it when --to is missing (exit 2) and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-export-cli-'));
    const r = await run('export', join(dir, 'none.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/usage: afterdesk export WB --to DIR/);
    const bad = await run('export', join(dir, 'none.xlsx'), '--to', join(dir, 'x'), '--from', '2026-11-01');
    expect(bad.code).toBe(2);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });
});
