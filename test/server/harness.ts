/** Bundle-test harness: the real dist/Code.js loaded into a fresh emulator, set up with a small team. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createGasEnvironment } from '../../src/local/gas';
import { loadBundle, type Bundle } from '../../src/local/runtime';
import type { ApiResult } from '../../src/shared/result';

export const ROOT = join(__dirname, '..', '..');
export const CODE = join(ROOT, 'dist', 'Code.js');

export type Env = ReturnType<typeof createGasEnvironment>;

export interface Desk {
  env: Env;
  bundle: Bundle;
  /** Calls an API function and returns its data; fails the test on an error envelope. */
  ok<T = any>(fn: string, ...args: unknown[]): T;
  /** Calls an API function that must fail with a user error; returns the error. */
  err(fn: string, ...args: unknown[]): { key: string; en: string; zh: string; field?: string };
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet;
  rows(name: string): unknown[][];
  as(email: string): void;
}

export const TEAM = [
  ['owner@shop.test', 'Olivia Owner', 'Owner', 'en, zh-CN, ms', true, ''],
  ['lead@shop.test', 'Lee Lead', 'Lead', 'zh-CN, en', true, ''],
  ['aisyah@shop.test', 'Aisyah', 'Agent', 'ms, en', true, ''],
  ['jun@shop.test', 'Jun', 'Agent', 'zh-CN, en', true, ''],
];

export function freshDesk(opts: { now?: string; timeZone?: string; user?: string; team?: unknown[][]; mailQuota?: number } = {}): Desk {
  if (!existsSync(CODE)) throw new Error('dist/Code.js is missing: run `npm run build` before the bundle tests');
  const env = createGasEnvironment({
    timeZone: opts.timeZone ?? 'Asia/Kuala_Lumpur',
    now: Date.parse(opts.now ?? '2026-11-16T02:00:00Z'),
    userEmail: opts.user ?? 'owner@shop.test',
    distDir: join(ROOT, 'dist'),
    ...(opts.mailQuota !== undefined ? { mailQuota: opts.mailQuota } : {}),
  });
  const bundle = loadBundle(env, CODE);
  const call = (fn: string, ...args: unknown[]) => bundle.call(fn, ...args) as ApiResult<unknown>;
  const desk: Desk = {
    env,
    bundle,
    ok(fn, ...args) {
      const r = call(fn, ...args);
      if (!r.ok) throw new Error(`${fn} failed: ${r.error.key}: ${r.error.en}`);
      return r.data as any;
    },
    err(fn, ...args) {
      const r = call(fn, ...args);
      if (r.ok) throw new Error(`${fn} was expected to fail but returned ${JSON.stringify(r.data).slice(0, 200)}`);
      return r.error;
    },
    sheet(name) {
      const s = env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
    rows(name) {
      return desk.sheet(name).getDataRange().getValues();
    },
    as(email) {
      env.setUser(email);
    },
  };
  desk.ok('apiSetup');
  const team = opts.team ?? TEAM;
  desk.sheet('Agents').getRange(2, 1, team.length, team[0]!.length).setValues(team as any);
  return desk;
}

/** A column of a tab by its header, as the add-on would find it. */
export function column(rows: unknown[][], header: string): unknown[] {
  const i = (rows[0] ?? []).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return rows.slice(1).map((r) => r[i]);
}

export function record(rows: unknown[][], r: number): Record<string, unknown> {
  return Object.fromEntries((rows[0] ?? []).map((h, i) => [String(h), rows[r]![i]]));
}
