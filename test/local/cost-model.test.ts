// The emulator's cost model: which calls reach the backend, cells read/written/scanned, and the modelled seconds.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { loadBundle } from '../../src/local/runtime';
import { COST_COEFFICIENTS, modelSeconds } from '../../src/local/emu/cost';

function fresh() {
  const env = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: Date.parse('2026-11-20T01:00:00Z'), userEmail: 'owner@shop.test' });
  const ss = env.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Data');
  return { env, ss, sheet };
}

/** Runs `fn` as one execution and returns its cost record. */
function run(env: ReturnType<typeof fresh>['env'], fn: () => void) {
  env.cost.begin('test');
  try {
    fn();
  } finally {
    env.cost.end();
  }
  return env.cost.last();
}

describe('cost model: the backend rule', () => {
  it('size look-ups, appendRow, flush, Properties and locks always reach the backend; plain reads do not', () => {
    const { env, sheet } = fresh();
    sheet.getRange(1, 1, 3, 2).setValues([[1, 2], [3, 4], [5, 6]]);
    const c = run(env, () => {
      sheet.getRange(1, 1, 3, 2).getValues(); // ordinary: nothing pending
      sheet.getLastRow();
      sheet.getLastColumn();
      sheet.getDataRange();
      env.globals.PropertiesService.getDocumentProperties().getProperties();
      env.globals.LockService.getDocumentLock().tryLock(1000);
      env.globals.SpreadsheetApp.flush();
    });
    // getRange, getValues, getLastRow, getLastColumn, getDataRange, getDocumentProperties, getProperties,
    // getDocumentLock, tryLock, flush
    expect(c.calls).toBe(10);
    expect(c.backendCalls).toBe(6);
    expect(c.cellsRead).toBe(6);
    expect(c.cellsWritten).toBe(0);
  });

  it('a read after a pending write reaches the backend once; the next read is cached again', () => {
    const { env, sheet } = fresh();
    const c = run(env, () => {
      const r = sheet.getRange(1, 1, 2, 3);
      r.setValues([[1, 2, 3], [4, 5, 6]]); // 6 cells written, pending
      r.getValues(); // backend (flushes)
      r.getValues(); // ordinary
      sheet.appendRow(['a', 'b']); // backend, 2 cells written
      sheet.getRange('A1').getValue(); // 1 cell, ordinary (appendRow went through)
    });
    expect(c.backendCalls).toBe(2);
    expect(c.cellsRead).toBe(6 + 6 + 1);
    expect(c.cellsWritten).toBe(6 + 2);
    expect(c.calls).toBe(7); // getRange, setValues, getValues ×2, appendRow, getRange, getValue
  });

  it('number formats and formulas count as cells moved too', () => {
    const { env, sheet } = fresh();
    const c = run(env, () => {
      const r = sheet.getRange(2, 1, 1, 4);
      r.setNumberFormats([['@', '@', '', '']]);
      r.getFormulas();
      r.getNumberFormats();
    });
    expect(c.cellsWritten).toBe(4);
    expect(c.cellsRead).toBe(8);
    expect(c.backendCalls).toBe(1); // the getFormulas after the pending format write
  });

  it('calls outside an execution cost nothing; executions are recorded one by one and summed', () => {
    const { env, sheet } = fresh();
    sheet.getRange(1, 1, 100, 10).getValues();
    expect(env.cost.runs).toHaveLength(0);
    run(env, () => sheet.getLastRow());
    run(env, () => sheet.getRange(1, 1, 10, 10).getValues());
    const t = env.cost.total();
    expect(t.executions).toBe(2);
    expect(t.backendCalls).toBe(1);
    expect(t.cellsRead).toBe(100);
    expect(env.cost.summary()).toEqual({ calls: 3, backendCalls: 1, cellsRead: 100, cellsWritten: 0, modelledSeconds: t.modelledSeconds });
  });
});

describe('cost model: TextFinder', () => {
  it('finds whole cells in a column, case-insensitively by default, and charges its scan', () => {
    const { env, sheet } = fresh();
    const ids = Array.from({ length: 500 }, (_, i) => [`T-${String(i + 1).padStart(6, '0')}`, i % 7 === 0 ? 'Open' : 'Closed']);
    sheet.getRange(1, 1, 500, 2).setValues(ids);
    let rows: number[] = [];
    let open = 0;
    const c = run(env, () => {
      rows = sheet.getRange('A:A').createTextFinder('t-000123').matchEntireCell(true).findAll().map((r) => r.getRow());
      open = sheet.getRange(1, 2, 500, 1).createTextFinder('^(open|new)$').useRegularExpression(true).findAll().length;
    });
    expect(rows).toEqual([123]);
    expect(open).toBe(Math.ceil(500 / 7));
    expect(c.textFinds).toBe(2);
    // The A:A search scans the column down to the last data row (500), not the 1000-row grid.
    expect(c.cellsScanned).toBe(1000);
    expect(c.backendCalls).toBe(2);
    expect(c.cellsRead).toBe(0); // getRow reads no cell
  });

  it('without matchEntireCell it matches substrings; matchCase makes it case-sensitive; findNext walks the matches', () => {
    const { env, sheet } = fresh();
    sheet.getRange(1, 1, 3, 1).setValues([['Mug broken'], ['mug lost'], ['Plate']]);
    run(env, () => {
      expect(sheet.createTextFinder('mug').findAll().map((r) => r.getRow())).toEqual([1, 2]);
      expect(sheet.createTextFinder('mug').matchCase(true).findAll().map((r) => r.getRow())).toEqual([2]);
      const f = sheet.createTextFinder('mug');
      expect(f.findNext()?.getRow()).toBe(1);
      expect(f.findNext()?.getRow()).toBe(2);
      expect(f.findNext()).toBeNull();
    });
  });
});

describe('cost model: modelled seconds', () => {
  it('is coefficients × counts (central: 0.25 s an execution, 0.10 s a backend call, 2 ms a call, 10 µs / 60 µs a cell)', () => {
    const counts = { executions: 1, calls: 12, backendCalls: 2, cellsRead: 1000, cellsWritten: 100, cellsScanned: 0, textFinds: 0 };
    // 0.25 + 2 × 0.10 + 10 × 0.002 + 1000 × 10e-6 + 100 × 60e-6 = 0.25 + 0.2 + 0.02 + 0.01 + 0.006
    expect(modelSeconds(counts)).toBeCloseTo(0.486, 6);
    expect(modelSeconds({ ...counts, textFinds: 1, cellsScanned: 50_000 })).toBeCloseTo(0.486 + 0.2 + 0.15, 6);
    expect(modelSeconds(counts, 'low')).toBeLessThan(modelSeconds(counts));
    expect(modelSeconds(counts, 'high')).toBeGreaterThan(modelSeconds(counts));
    expect(COST_COEFFICIENTS.central.backendCall).toBe(0.1);
  });

  it('a bundle execution is metered from start to end', () => {
    const { env } = fresh();
    const dir = mkdtempSync(join(tmpdir(), 'cost-'));
    const code = join(dir, 'Code.js');
    writeFileSync(code, `function readAll() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data'); s.getRange(1, 1, 20, 5).setValues(s.getRange(1, 1, 20, 5).getValues()); return s.getLastRow(); }`);
    const bundle = loadBundle(env, code);
    bundle.call('readAll');
    const c = env.cost.last();
    expect(c.name).toBe('readAll');
    expect(c).toMatchObject({ executions: 1, calls: 7, backendCalls: 1, cellsRead: 100, cellsWritten: 100 });
    expect(c.modelledSeconds).toBeCloseTo(0.25 + 0.1 + 6 * 0.002 + 100 * 10e-6 + 100 * 60e-6, 3);
  });
});
