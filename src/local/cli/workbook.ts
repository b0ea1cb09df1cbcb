/** Opens a workbook file in the emulator with the built bundle loaded, and saves it back atomically. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGasEnvironment } from '../gas';
import { loadBundle, type Bundle } from '../runtime';
import { loadWorkbook, saveWorkbook, writeOutbox } from '../xlsx';
import { CliError } from './errors';
import { resolveTime } from './args';
import { trackCost } from './cost';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DIST = join(ROOT, 'dist');

export interface OpenOptions {
  now?: number;
  as?: string;
  create?: boolean;
  timeZone?: string;
}

export interface OpenWorkbook {
  path: string;
  env: ReturnType<typeof createGasEnvironment>;
  bundle: Bundle;
}

export function requireBundle(): string {
  const code = join(DIST, 'Code.js');
  if (!existsSync(code)) throw new CliError('dist/Code.js is missing: run `npm run build` first.');
  return code;
}

export async function openWorkbook(file: string, opts: OpenOptions = {}): Promise<OpenWorkbook> {
  const path = resolve(file);
  const code = requireBundle();
  const base = { distDir: DIST, now: opts.now ?? Date.now(), timeZone: opts.timeZone ?? 'Asia/Kuala_Lumpur' };
  let env;
  if (existsSync(path)) {
    env = await loadWorkbook(path, { ...base, ...(opts.as ? { userEmail: opts.as } : {}) });
  } else if (opts.create) {
    env = createGasEnvironment({ ...base, userEmail: opts.as ?? 'owner@example.com', spreadsheetName: path.split('/').pop()!.replace(/\.xlsx$/, '') });
  } else {
    throw new CliError(`No workbook at ${path}. Create one with \`afterdesk setup ${file}\`.`);
  }
  const owner = firstOwner(env);
  if (!opts.as && owner) env.setUser(owner);
  // A workbook saved before accounts were modelled: its owner is the first owner in the Agents tab.
  if (!existsSync(`${path}.state.json`) || !JSON.parse(readFileSync(`${path}.state.json`, 'utf8')).accounts) {
    if (owner && existsSync(path)) env.accounts.owner = owner;
  }
  // --now without an offset is wall time in the workbook's zone.
  if (opts.now !== undefined) env.clock.set(resolveTime(opts.now, env.emu.timeZone)!);
  const bundle = loadBundle(env, code);
  trackCost(env.cost);
  return { path, env, bundle };
}

/** Saves the workbook (temp file + rename) and writes new mail to <workbook>.outbox/. */
export async function saveOpenWorkbook(wb: OpenWorkbook): Promise<void> {
  mkdirSync(dirname(wb.path), { recursive: true });
  await saveWorkbook(wb.env, wb.path);
  writeOutbox(wb.env, `${wb.path}.outbox`);
}

/** A blank emulated spreadsheet with the bundle loaded, for verbs that need no workbook (intent). */
export async function openScratch(): Promise<OpenWorkbook> {
  const env = createGasEnvironment({ distDir: DIST, now: Date.now(), timeZone: 'Asia/Kuala_Lumpur', userEmail: 'owner@example.com' });
  trackCost(env.cost);
  return { path: '', env, bundle: loadBundle(env, requireBundle()) };
}

/** `--as` defaults to the first owner in the Agents tab, as the signed-in user would be in Sheets. */
function firstOwner(env: ReturnType<typeof createGasEnvironment>): string | null {
  const sheet = env.emu.book.sheets.find((s) => s.name === 'Agents' || s.name === '客服');
  if (!sheet) return null;
  const header = (sheet.values[0] ?? []).map((v) => String(v).trim().toLowerCase());
  const email = header.findIndex((h) => h === 'email' || h === '邮箱');
  const role = header.findIndex((h) => h === 'role' || h === '角色');
  if (email < 0 || role < 0) return null;
  const row = sheet.values.slice(1).find((r) => /^(owner|店主)$/i.test(String(r?.[role] ?? '').trim()));
  return row ? String(row[email]) : null;
}
