/**
 * `npm run package`: the install kit for a shop without a terminal, in release/ — Code.gs (the built bundle),
 * Sidebar.html and appsscript.json to paste into Extensions → Apps Script, and AfterDesk-starter.xlsx, a workbook
 * already set up (tabs, Settings, dropdowns, filters, the built-in replies, SOP and knowledge base, an empty queue)
 * to upload to Drive and open with Google Sheets. INSTALL.md walks the owner through it.
 */
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_TABS } from '../src/workbook/tabs';
import { createGasEnvironment } from '../src/local/gas';
import { loadBundle } from '../src/local/runtime';
import { saveWorkbook } from '../src/local/xlsx';
import type { ApiResult } from '../src/shared/result';
import { buildAll } from './build';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The files a shop pastes, each from dist/ under the name the Apps Script editor gives it. */
export const RELEASE_FILES: readonly { from: string; to: string }[] = [
  { from: 'Code.js', to: 'Code.gs' },
  { from: 'Sidebar.html', to: 'Sidebar.html' },
  { from: 'appsscript.json', to: 'appsscript.json' },
];
export const STARTER = 'AfterDesk-starter.xlsx';
/** Settings rows that describe the machine set-up ran on, not the shop: left empty in the starter. */
export const MACHINE_SETTINGS = ['Time Zone', 'Automation'];

/**
 * Writes the release from an existing dist/. The starter is dist/Code.js's own set-up, run by an account with no
 * e-mail (so the Agents tab stays empty: the owner's first set-up puts them there). The survey forms it made are
 * dropped with their response tabs: forms live in the owner's Drive, and their first set-up creates them there.
 */
export async function writeRelease(distDir: string, outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  for (const f of RELEASE_FILES) copyFileSync(join(distDir, f.from), join(outDir, f.to));
  const env = createGasEnvironment({ distDir, timeZone: 'UTC', now: Date.now(), userEmail: '', spreadsheetName: 'AfterDesk' });
  const result = loadBundle(env, join(distDir, 'Code.js')).call('apiSetup') as ApiResult<unknown>;
  if (!result.ok) throw new Error(`set-up failed on the starter workbook: ${result.error.en}`);
  const ours = new Set(ALL_TABS.map((t) => t.name));
  for (const sheet of env.emu.book.sheets.slice()) if (!ours.has(sheet.name)) env.emu.book.removeSheet(sheet);
  // What set-up wrote about this build machine goes too: the shop's own zone and trigger owner are filled in by
  // the owner's first set-up (Time Zone from their spreadsheet, Automation when their triggers are installed).
  const settings = env.emu.book.sheets.find((s) => s.name === 'Settings')!;
  settings.values.forEach((row, r) => {
    if (r > 0 && MACHINE_SETTINGS.includes(String(row[0]))) settings.set(r, 1, '', '');
  });
  const starter = join(outDir, STARTER);
  await saveWorkbook(env, starter);
  // Drive keeps no script state beside an uploaded file: neither does the starter.
  rmSync(`${starter}.state.json`, { force: true });
  return [...RELEASE_FILES.map((f) => f.to), STARTER];
}

async function main(): Promise<void> {
  await buildAll();
  const out = join(root, 'release');
  const files = await writeRelease(join(root, 'dist'), out);
  console.log(`release/: ${files.join(', ')} — see INSTALL.md`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(`package failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}

