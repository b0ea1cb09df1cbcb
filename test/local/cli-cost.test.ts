/**
 * `--cost FILE` on the command line (CLI.md): log-case and update-ticket on .xlsx workbooks of 2,000 and 30,000
 * tickets write the cost model's five numbers; cells read stay within 1.2× and modelled seconds ≤ 1.0.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../src/local/cli/main';
import { saveWorkbook } from '../../src/local/xlsx';
import { scaleDesk } from '../server/scale';

async function cli(...argv: string[]): Promise<number> {
  const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'error').mockImplementation(() => {})];
  try {
    return await main(argv);
  } finally {
    quiet.forEach((s) => s.mockRestore());
  }
}

type Cost = { calls: number; backendCalls: number; cellsRead: number; cellsWritten: number; modelledSeconds: number };

async function costs(tickets: number, dir: string): Promise<{ log: Cost; update: Cost }> {
  const s = scaleDesk(tickets, tickets * 3);
  const path = join(dir, `shop-${tickets}.xlsx`);
  await saveWorkbook(s.desk.env, path);
  const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Cost;
  expect(await cli('log-case', path, '--json-input', JSON.stringify({ channel: 'Shopee Chat', reason: 'damaged', orderId: s.orderId, description: 'Broken' }), '--cost', join(dir, `log-${tickets}.json`))).toBe(0);
  expect(await cli('update-ticket', path, s.ticketId, '--json-input', '{"status":"open","reply":"Checking"}', `--cost=${join(dir, `upd-${tickets}.json`)}`)).toBe(0);
  return { log: read(join(dir, `log-${tickets}.json`)), update: read(join(dir, `upd-${tickets}.json`)) };
}

describe('afterdesk … --cost FILE', () => {
  it('log-case and update-ticket: the five numbers, flat cells read from 2,000 to 30,000 tickets, ≤ 1.0 s modelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-cost-'));
    const small = await costs(2_000, dir);
    const large = await costs(30_000, dir);
    for (const k of ['log', 'update'] as const) {
      expect(Object.keys(large[k])).toEqual(['calls', 'backendCalls', 'cellsRead', 'cellsWritten', 'modelledSeconds']);
      expect(large[k].cellsRead).toBeLessThanOrEqual(small[k].cellsRead * 1.2);
      expect(large[k].modelledSeconds).toBeLessThanOrEqual(1.0);
      expect(large[k].calls).toBeGreaterThan(10);
      expect(large[k].cellsWritten).toBeGreaterThan(0);
    }
  }, 900_000);

  it('a wrong command line still exits 2, and --cost needs a file', async () => {
    expect(await cli('kpi', '--cost')).toBe(2);
  });
});
