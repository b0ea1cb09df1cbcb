/** Bundle-test harness: the real dist/Code.js loaded into a fresh emulator, set up with a small team. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGasEnvironment } from '../../src/local/gas';
import { loadBundle, type Bundle } from '../../src/local/runtime';
import type { ApiResult } from '../../src/shared/result';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
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
  /** Writes a Settings value by its English key, as a user editing the Settings tab would. */
  setting(key: string, value: string): void;
  /** Sets the emulator clock to a wall time in the workbook zone ('2026-11-20 17:00'). */
  at(local: string): number;
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
  // Wall times in tests are written at the zone's fixed offset (Kuala Lumpur has no DST).
  const offset = opts.timeZone && opts.timeZone !== 'Asia/Kuala_Lumpur' ? null : '+08:00';
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
    setting(key, value) {
      const sheet = desk.sheet('Settings');
      const keys = sheet.getDataRange().getValues().map((r) => String(r[0]));
      const r = keys.indexOf(key);
      if (r < 1) throw new Error(`no setting ${key}`);
      sheet.getRange(r + 1, 2).setValue(value);
    },
    at(local) {
      const t = wallTime(local, offset);
      env.clock.set(t);
      return t;
    },
  };
  desk.ok('apiSetup');
  const team = opts.team ?? TEAM;
  desk.sheet('Agents').getRange(2, 1, team.length, team[0]!.length).setValues(team as any);
  return desk;
}

/** Epoch ms of a wall time at a fixed offset ('2026-11-20 17:00' → +08:00 by default). */
export function wallTime(local: string, offset: string | null = '+08:00'): number {
  if (offset === null) throw new Error('wallTime needs a fixed offset for this zone');
  const ms = Date.parse(`${local.replace(' ', 'T')}${local.length <= 16 ? ':00' : ''}${offset}`);
  if (isNaN(ms)) throw new Error(`bad wall time ${local}`);
  return ms;
}

/** Epoch ms of a date cell (Dates may come from the bundle's realm, so no instanceof), null for ''. */
export function ms(cell: unknown): number | null {
  if (cell === '' || cell === null || cell === undefined) return null;
  if (Object.prototype.toString.call(cell) === '[object Date]') return (cell as Date).getTime();
  throw new Error(`not a date cell: ${JSON.stringify(cell)}`);
}

/** Cells made comparable across realms: Dates become ISO strings tagged as dates. */
export function plain(rows: unknown[][]): unknown[][] {
  return rows.map((r) => r.map((c) => (Object.prototype.toString.call(c) === '[object Date]' ? `date:${(c as Date).toISOString()}` : c)));
}

/** Writes `n` tickets straight into the Tickets tab with one setValues, copying a logged ticket's row. */
export function fillTickets(desk: Desk, n: number, firstSeq = 2): void {
  const sheet = desk.sheet('Tickets');
  const width = sheet.getLastColumn();
  const template = sheet.getRange(2, 1, 1, width).getValues()[0]!;
  const rows = Array.from({ length: n }, (_, i) => {
    const r = template.slice();
    r[0] = `T-${String(firstSeq + i).padStart(6, '0')}`;
    return r;
  });
  // Through the API the sheet must be grown first; leave empty rows below, as a sheet has after earlier growth.
  if (sheet.getMaxRows() < n + 2) sheet.insertRowsAfter(sheet.getMaxRows(), n + 502 - sheet.getMaxRows());
  sheet.getRange(3, 1, n, width).setValues(rows);
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
