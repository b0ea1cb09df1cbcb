/** `afterdesk erlang` (pure) and `afterdesk staffing` (through the bundle, on a real .xlsx): JSON keys, exit codes. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';
import { run } from './cli-run';


describe('afterdesk erlang', () => {
  it('for a target: 100 calls in 30 min, AHT 180 s, 80 % in 20 s → 14 agents, 20 to schedule at 30 % shrinkage', async () => {
    const r = await run('erlang', '--arrivals', '100', '--interval', '1800', '--aht', '180', '--target-sl', '0.8', '--target-seconds', '20', '--shrinkage', '0.3', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.agents_required).toBe(14);
    expect(j.agents_scheduled).toBe(20);
    expect(Number(j.service_level.toFixed(4))).toBe(0.8884);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['agents_required', 'agents_scheduled', 'service_level', 'p_wait', 'asa_seconds', 'occupancy']));
  });

  it('for --agents: {p_wait, service_level, asa_seconds, occupancy}; 3 agents on 2 Erlangs wait with p = 4/9', async () => {
    const r = await run('erlang', '--arrivals', '40', '--interval', '3600', '--aht', '180', '--agents', '3', '--target-seconds', '20', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(Object.keys(j).slice(0, 4)).toEqual(['p_wait', 'service_level', 'asa_seconds', 'occupancy']);
    expect(j.p_wait).toBeCloseTo(4 / 9, 12);
    expect(j.asa_seconds).toBeCloseTo(80, 9);
    expect(j.occupancy).toBeCloseTo(2 / 3, 12);
    // Too few agents: the wait never ends, which JSON writes as null.
    const over = JSON.parse((await run('erlang', '--arrivals', '40', '--interval', '3600', '--aht', '180', '--agents', '2', '--json')).out);
    expect(over).toMatchObject({ p_wait: 1, service_level: 0, asa_seconds: null });
  });

  it('a wrong command line exits 2 with the message on stderr and nothing on stdout', async () => {
    for (const argv of [
      ['erlang', '--arrivals', '100', '--interval', '1800', '--json'],
      ['erlang', '--arrivals', 'many', '--interval', '1800', '--aht', '180', '--agents', '3', '--json'],
      ['erlang', '--arrivals', '100', '--interval', '1800', '--aht', '180', '--target-sl', '1.5', '--target-seconds', '20', '--json'],
      ['erlang', '--arrivals', '100', '--interval', '1800', '--aht', '180', '--json'],
      ['erlang', '--arrivals', '100', '--interval', '1800', '--aht', '180', '--agents', '2.5', '--json'],
      ['staffing', '--json'],
    ]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err.split('\n')[0]).toMatch(/^afterdesk (erlang|staffing): /);
    }
  });
});

describe('afterdesk staffing', () => {
  it('refreshes the Staffing tab of an .xlsx and prints the forecast; a bad setting exits 1 and leaves the file as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-staffing-'));
    const path = join(dir, 'shop.xlsx');
    expect((await run('setup', path)).code).toBe(0);
    const env = await loadWorkbook(path, {});
    const ss = env.spreadsheet;
    ss.getSheetByName('Agents')!.getRange(2, 1, 2, 5).setValues([['owner@shop.test', 'Olivia', 'Owner', 'en', true], ['agent@shop.test', 'Ali', 'Agent', 'ms', true]]);
    const orders: unknown[][] = [];
    const tickets: unknown[][] = [];
    for (let d = 1; d <= 42; d++) {
      const day = new Date(Date.parse('2026-11-02T00:00:00+08:00') - d * 86_400_000);
      const key = new Date(day.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      for (let k = 0; k < 40; k++) orders.push([`O-${d}-${k}`, `${key} 12:00`]);
      for (let j = 0; j < 4; j++) tickets.push([`T-${d}-${j}`, `${key} ${10 + 2 * j}:00`, 'Shopee Chat']);
    }
    const ordersTab = ss.getSheetByName('Orders')!;
    ordersTab.insertRowsAfter(ordersTab.getMaxRows(), orders.length + 1 - ordersTab.getMaxRows()); // the grid grows as a paste would
    ordersTab.getRange(2, 1, orders.length, 2).setValues(orders as never);
    ss.getSheetByName('Tickets')!.getRange(2, 1, tickets.length, 3).setValues(tickets as never);
    await saveWorkbook(env, path);

    const r = await run('staffing', path, '--now', '2026-11-02T08:00:00+08:00', '--json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.from).toBe('2026-11-02');
    expect(j.days).toHaveLength(28);
    expect(j.agentsActive).toBe(2);
    expect(j.days[1].tickets).toBeCloseTo(4, 0);
    expect(Object.keys(j.hours[0])).toEqual(['date', 'hour', 'tickets', 'chats', 'backlogHours', 'agentsRequired', 'agentsToSchedule', 'agentsAvailable', 'serviceLevel', 'short']);
    const saved = await loadWorkbook(path, {});
    expect(saved.spreadsheet.getSheetByName('Staffing')!.getLastRow() - 1).toBe(j.rowsWritten);

    const again = await loadWorkbook(path, {});
    const settings = again.spreadsheet.getSheetByName('Settings')!;
    const keys = settings.getDataRange().getValues().map((x) => x[0]);
    settings.getRange(keys.indexOf('Staffing Target Service Level') + 1, 2).setValue('80%');
    await saveWorkbook(again, path);
    const bytes = readFileSync(path);
    const bad = await run('staffing', path, '--json');
    expect(bad.code).toBe(1);
    expect(bad.out).toBe('');
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    expect(bad.err).toMatch(/Settings!B\d+ \(Staffing Target Service Level\): "80%" is not a number/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  }, 240_000); // three .xlsx round trips: slow on a loaded machine
});
