// The bundle loader: a fixture script run in a vm context on the emulator — realm Dates, executions, triggers.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { loadBundle } from '../../src/local/runtime';

const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'mini-bundle.js');
const T0 = Date.parse('2026-11-20T01:00:00Z');

function boot() {
  const env = createGasEnvironment({ timeZone: 'Asia/Kuala_Lumpur', now: T0, userEmail: 'owner@shop.test' });
  return { env, bundle: loadBundle(env, BUNDLE) };
}

describe('loadBundle', () => {
  it('lists the top-level functions and refuses anything else', () => {
    const { bundle } = boot();
    expect(bundle.functions().sort()).toEqual(['allocate', 'boom', 'dateForms', 'describeArg', 'hasLockNow', 'hourly', 'install', 'onSurvey', 'sheet_', 'stampNow', 'takeLock']);
    expect(() => bundle.call('LOG_SHEET')).toThrow(/not a function of the bundle/);
    expect(() => bundle.call('SpreadsheetApp')).toThrow(/not a function of the bundle/);
    expect(bundle.isPublic('LOG_SHEET')).toBe(false);
  });

  it("gives the bundle Dates of its own realm that follow the simulated clock", () => {
    const { env, bundle } = boot();
    expect(bundle.call('stampNow')).toEqual({ cellIsDate: true, nowIsDate: true, iso: '2026-11-20T01:00:00.000Z', clock: T0 });
    env.clock.advance(90_000);
    expect((bundle.call('stampNow') as { iso: string }).iso).toBe('2026-11-20T01:01:30.000Z');
  });

  it('keeps every other use of Date working inside the bundle', () => {
    const { bundle } = boot();
    expect(bundle.call('dateForms')).toEqual([3, 'string', Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1), true, T0]);
  });

  it('clones host arguments into the bundle realm', () => {
    const { bundle } = boot();
    expect(bundle.call('describeArg', { a: 1, when: new Date(T0) })).toEqual({ type: 'object', isArray: false, protoIsLocal: true, keys: ['a', 'when'] });
    expect(bundle.call('describeArg', [1, 2])).toMatchObject({ isArray: true });
  });

  it('releases an execution’s locks when it ends, even when it throws', () => {
    const { env, bundle } = boot();
    expect(bundle.call('takeLock')).toBe(true);
    expect(bundle.call('hasLockNow')).toBe(false);
    expect(() => bundle.call('boom')).toThrow('boom');
    // Another execution can take the lock at once: no waiting on the clock.
    expect(bundle.call('takeLock')).toBe(true);
    expect(env.clock.now()).toBe(T0);
  });

  it('waits for a lock held by another execution on the simulated clock', () => {
    const { env, bundle } = boot();
    env.locks.holdBy('someone-else', T0 + 700);
    expect(bundle.call('takeLock')).toBe(true);
    expect(env.clock.now()).toBe(T0 + 700);
    env.locks.holdBy('someone-else', T0 + 60_000);
    expect(() => bundle.call('takeLock')).toThrow('Lock timeout');
  });

  it('onAcquire lets a competing execution run first, which catches reading before locking', () => {
    const race = (safe: boolean) => {
      const { env, bundle } = boot();
      let competitor = '';
      const off = env.locks.onAcquire(() => {
        off();
        competitor = bundle.call('allocate', safe) as string;
      });
      const mine = bundle.call('allocate', safe) as string;
      return [competitor, mine];
    };
    expect(race(true)).toEqual(['C-1', 'C-2']);
    // Reading the last row before taking the lock hands out the same number twice.
    expect(race(false)).toEqual(['C-1', 'C-1']);
  });

  it('fires due time triggers in order as the clock advances, with the event object', () => {
    const { env, bundle } = boot();
    bundle.call('install');
    const fired = bundle.runDueTriggers(T0 + 3 * 3_600_000 + 1);
    expect(fired.map((f) => f.at)).toEqual([T0 + 3_600_000, T0 + 7_200_000, T0 + 10_800_000]);
    expect(env.clock.now()).toBe(T0 + 3 * 3_600_000 + 1);
    const rows = env.globals.SpreadsheetApp.getActive().getSheetByName('Log')!.getDataRange().getValues();
    const uid = env.globals.ScriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'hourly')!.getUniqueId();
    expect(rows.map((r) => [r[0], (r[1] as Date).toISOString(), r[2], r[3]])).toEqual([
      ['hourly', '2026-11-20T02:00:00.000Z', uid, 2],
      ['hourly', '2026-11-20T03:00:00.000Z', uid, 3],
      ['hourly', '2026-11-20T04:00:00.000Z', uid, 4],
    ]);
    // Nothing more is due until the next hour.
    expect(bundle.runDueTriggers(T0 + 4 * 3_600_000 - 1)).toEqual([]);
  });

  it('submitForm fires installed onFormSubmit triggers with a live range and realm Dates', () => {
    const { env, bundle } = boot();
    const formId = bundle.call('install') as string;
    env.clock.advance(5000);
    bundle.submitForm(formId, { Score: '5' });
    const log = env.globals.SpreadsheetApp.getActive().getSheetByName('Log')!.getRange(1, 1, 1, 4).getValues();
    expect(log).toEqual([['survey', 5, 'A2:B2', true]]);
  });
});
