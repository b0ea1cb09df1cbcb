/**
 * The export's SQL views, run by DuckDB on the exported NDJSON, agree with the KPI engine (`apiKpi` through the
 * real bundle) on the same workbook: every METRICS.md figure, for several periods, and the by_* breakdowns.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from '../../src/local/export/export';
import { freshDesk, type Desk } from '../server/harness';
import { writeHistory } from '../server/history';

const DUCK_TYPES: Record<string, string> = { STRING: 'VARCHAR', TIMESTAMP: 'TIMESTAMP', INT64: 'BIGINT', FLOAT64: 'DOUBLE', BOOL: 'BOOLEAN' };
const PERIODS = [
  { id: 'p28', from: '2026-10-19', to: '2026-11-15' },
  { id: 'all', from: '2026-01-01', to: '2026-11-16' },
  { id: 'oct', from: '2026-10-01', to: '2026-10-31' },
  { id: 'old', from: '2026-03-01', to: '2026-05-31' },
];

/** A shop of 300 days with repeat buyers, some archived tickets, and rows the KPI rules must leave out. */
function shop(): Desk {
  const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
  writeHistory(desk, 4_500, { perDay: 15, seed: 5, customers: 900 });
  const sheet = desk.sheet('Tickets');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
  const set = (row: number, col: string, v: unknown) => sheet.getRange(row, header.indexOf(col) + 1).setValue(v as never);
  const cell = (row: number, col: string) => sheet.getRange(row, header.indexOf(col) + 1).getValue() as Date;
  const hours = (d: Date, h: number) => desk.env.emu.makeDate(d.getTime() + h * 3_600_000);
  for (let row = 100; row < 4_400; row += 37) set(row, 'First Reply At', hours(cell(row, 'Created At'), -2)); // reply before creation
  for (let row = 110; row < 4_400; row += 41) set(row, 'Waiting Hours', 500); // waited longer than it took
  for (let row = 120; row < 4_400; row += 43) set(row, 'Reopens', -1);
  for (let row = 130; row < 4_400; row += 29) set(row, 'Priority', '');
  for (let row = 140; row < 4_400; row += 31) set(row, 'Status', '');
  for (let row = 150; row < 4_400; row += 47) set(row, 'Resolution', 'Return & refund');
  for (let row = 160; row < 4_400; row += 53) set(row, 'Waiting Hours', 3.5);
  desk.setting('Archive After Months', '6');
  desk.ok('apiArchive');
  return desk;
}

let desk: Desk;
let db: DuckDBConnection;
let exported: ReturnType<typeof exportWorkbook>;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const r = await db.runAndReadAll(sql);
  return r.getRowObjectsJS().map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
}

beforeAll(async () => {
  desk = shop();
  const dir = mkdtempSync(join(tmpdir(), 'afterdesk-export-'));
  exported = exportWorkbook(desk.env, dir, { periods: PERIODS });
  db = await (await DuckDBInstance.create(':memory:')).connect();
  await db.run('CREATE SCHEMA afterdesk');
  // The one BigQuery function the views use that DuckDB names differently.
  await db.run('CREATE MACRO UNIX_MILLIS(t) AS epoch_ms(t)');
  for (const table of Object.keys(exported.rows)) {
    const schema = JSON.parse(readFileSync(join(dir, 'schemas', `${table}.json`), 'utf8')) as { name: string; type: string }[];
    const cols = schema.map((f) => `${f.name} ${DUCK_TYPES[f.type]}`).join(', ');
    await db.run(`CREATE TABLE afterdesk.${table} (${cols})`);
    if ((exported.rows as Record<string, number>)[table]! > 0) {
      const spec = schema.map((f) => `${f.name}: '${DUCK_TYPES[f.type]}'`).join(', ');
      await db.run(`INSERT INTO afterdesk.${table} SELECT * FROM read_json('${join(dir, `${table}.ndjson`)}', format = 'newline_delimited', columns = {${spec}})`);
    }
  }
  for (const f of readdirSync(join(dir, 'views')).sort()) await db.run(readFileSync(join(dir, 'views', f), 'utf8'));
}, 120_000);

const close = (sql: unknown, engine: unknown, label: string) => {
  if (engine === null || engine === undefined) expect(sql ?? null, label).toBeNull();
  else expect(sql as number, label).toBeCloseTo(engine as number, 9);
};

describe('export → DuckDB → the KPI views', () => {
  it('exports tickets (with archived ones), orders, events and one schema a table', () => {
    expect(exported.rows.tickets).toBe(4_500);
    expect(exported.rows.orders).toBe(9_000);
    expect(exported.files).toContain('schemas/tickets.json');
    expect(exported.files).toContain('load.sh');
    expect(exported.views).toEqual(['ticket_facts', 'kpi_cohort', 'kpi_durations', 'kpi', 'kpi_by_group']);
  });

  it('loads into typed tables: archived tickets are there, timestamps are instants', async () => {
    const [t] = await rows('SELECT COUNT(*) AS n, SUM(CASE WHEN archived THEN 1 ELSE 0 END) AS archived, MIN(created_at) AS first FROM afterdesk.tickets');
    expect(t!['n']).toBe(4_500);
    expect(t!['archived']).toBeGreaterThan(1_000);
    const first = desk.ok('apiKpi', { from: '2025-01-01', to: '2026-11-16', asOf: null });
    expect(first.tickets).toBe(4_500);
    expect((t!['first'] as Date).getTime()).toBeLessThan(Date.parse('2026-02-01T00:00:00Z'));
  });

  for (const p of PERIODS) {
    it(`agrees with the KPI engine on every figure, period ${p.id} (${p.from} … ${p.to})`, async () => {
      const engine = desk.ok('apiKpi', { from: p.from, to: p.to, asOf: null });
      const [sql] = await rows(`SELECT * FROM afterdesk.kpi WHERE period_id = '${p.id}'`);
      expect(engine.tickets).toBeGreaterThan(100);
      expect(sql!['tickets']).toBe(engine.tickets);
      for (const m of ['first_reply_hours', 'first_reply_business_hours', 'resolution_hours', 'resolution_business_hours', 'requester_wait_business_hours']) {
        expect(sql![`${m}_count`], `${m}.count`).toBe(engine[m].count);
        for (const s of ['mean', 'median', 'p90']) close(sql![`${m}_${s}`], engine[m][s], `${m}.${s}`);
      }
      for (const k of ['resolution_rate', 'one_touch_rate', 'reopen_rate', 'sla_first_reply_rate', 'sla_resolution_rate', 'csat_percent', 'csat_average', 'csat_response_rate', 'return_rate', 'repurchase_30d_rate', 'recovery_rate']) {
        close(sql![k], engine[k], k);
      }
      expect(sql!['csat_responses']).toBe(engine.csat_responses);
      expect(sql!['eligible_complainants']).toBe(engine.eligible_complainants);
      expect(engine.skipped_rows).toBeGreaterThan(0); // the defects are in play, and both leave them out alike
    });
  }

  it('agrees on by_reason, by_assignee, by_channel and by_sku', async () => {
    const p = PERIODS[0]!;
    const engine = desk.ok('apiKpi', { from: p.from, to: p.to, asOf: null });
    const got = await rows(`SELECT * FROM afterdesk.kpi_by_group WHERE period_id = '${p.id}'`);
    for (const dim of ['reason', 'assignee', 'channel', 'sku']) {
      const mine = got.filter((r) => r['dimension'] === dim);
      const theirs = engine[`by_${dim}`] as Record<string, { tickets: number; resolution_rate: number | null; csat_percent: number | null; first_reply_hours_median: number | null }>;
      expect(mine.map((r) => r['group_key']).sort(), dim).toEqual(Object.keys(theirs).sort());
      for (const r of mine) {
        const e = theirs[r['group_key'] as string]!;
        expect(r['tickets']).toBe(e.tickets);
        close(r['resolution_rate'], e.resolution_rate, `${dim} ${r['group_key']} resolution_rate`);
        close(r['csat_percent'], e.csat_percent, `${dim} ${r['group_key']} csat_percent`);
        close(r['first_reply_hours_median'], e.first_reply_hours_median, `${dim} ${r['group_key']} median`);
      }
    }
  });
});
