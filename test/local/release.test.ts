/**
 * The no-terminal install kit: release/ holds exactly the built bundle under the names the Apps Script editor uses,
 * and the starter workbook is already set up — the owner's first set-up on it, opened from the file alone as Drive
 * would give it, repairs nothing: it only puts the owner in the Agents tab and creates the survey forms in their
 * Drive (which no file can carry).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MACHINE_SETTINGS, RELEASE_FILES, STARTER, writeRelease } from '../../scripts/package';
import { ALL_TABS } from '../../src/workbook/tabs';
import { loadBundle } from '../../src/local/runtime';
import { loadWorkbook } from '../../src/local/xlsx';
import type { GasEnvironment } from '../../src/local/gas';
import { CODE, ROOT } from '../server/harness';

const OWNER = 'siti.owner@gmail.com';

/** Everything a person sees in a tab: cells, formulas, number formats, dropdowns, filter, frozen rows, widths. */
function snapshot(env: GasEnvironment, tabs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of tabs) {
    const s = env.emu.book.sheets.find((x) => x.name === name)!;
    const rows = Math.max(s.values.length, 1);
    const cols = Math.max(s.lastColumn(), 1);
    // The first set-up fills the rows the starter leaves to the shop (its time zone, who runs the triggers).
    const shopOwn = (r: number) => name === 'Settings' && MACHINE_SETTINGS.includes(String(s.get(r, 0)));
    const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => [c === 1 && shopOwn(r) ? '' : s.get(r, c), s.formula(r, c), s.format(r, c) ?? '']));
    // The dropdown each cell ends up with (later rules win), however the file split them into ranges.
    const dropdowns = new Map<string, string>();
    for (const v of s.validations) {
      for (let r = v.r; r < v.r + v.nr; r++) for (let c = v.c; c < v.c + v.nc; c++) dropdowns.set(`${r},${c}`, JSON.stringify(v.rule));
    }
    const perColumn: Record<number, Record<string, number>> = {};
    for (const [k, rule] of dropdowns) {
      const c = Number(k.split(',')[1]);
      const col = (perColumn[c] ??= {});
      col[rule] = (col[rule] ?? 0) + 1;
    }
    out[name] = JSON.stringify({ cells, perColumn, filter: s.filter, frozen: s.frozenRows, widths: [...s.colWidths.entries()].sort() });
  }
  return out;
}

/** The tabs whose snapshots differ, and the first 200 characters from where they do. */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys(a).filter((k) => a[k] !== b[k]).map((k) => {
    let i = 0;
    while (a[k]![i] === b[k]![i]) i++;
    return `${k}: ${a[k]!.slice(i, i + 100)} → ${(b[k] ?? '').slice(i, i + 100)}`;
  });
}

describe('npm run package', () => {
  let dir = '';
  let files: string[] = [];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'afterdesk-release-'));
    files = await writeRelease(join(ROOT, 'dist'), dir);
  });

  it('copies the built bundle, sidebar and manifest byte for byte under the editor’s names', () => {
    expect(files).toEqual(['Code.gs', 'Sidebar.html', 'appsscript.json', STARTER]);
    for (const f of RELEASE_FILES) expect(readFileSync(join(dir, f.to)).equals(readFileSync(join(ROOT, 'dist', f.from)))).toBe(true);
    expect(readFileSync(join(dir, 'Code.gs'), 'utf8')).toContain('function onOpen()');
  });

  it('ships a starter that the owner’s first set-up leaves as it is, but for the owner row and the survey forms', async () => {
    const env = await loadWorkbook(join(dir, STARTER), { distDir: join(ROOT, 'dist'), timeZone: 'Asia/Jakarta', now: Date.parse('2026-12-01T02:00:00Z'), userEmail: OWNER });
    const tabs = ALL_TABS.map((t) => t.name);
    expect(env.emu.book.sheets.map((s) => s.name)).toEqual(tabs);
    const agents = env.emu.book.sheets.find((s) => s.name === 'Agents')!;
    expect(agents.lastRow()).toBe(1); // nobody yet: the first set-up makes its runner the owner
    const before = snapshot(env, tabs.filter((t) => t !== 'Agents'));
    const result = loadBundle(env, CODE).call('apiSetup') as { ok: boolean; data: { created: string[]; actions: { en: string }[] } };
    expect(result.ok).toBe(true);
    expect(result.data.created).toEqual([]);
    // What no file can carry: the owner in Agents, the shop's zone, the survey forms and triggers in their account.
    const firstRun = [/^Agents: added /, /^Settings: Time Zone set to the spreadsheet's zone Asia\/Jakarta$/, /^Created survey forms: /, /^Published survey forms: /, /^Installed triggers: /];
    const repairs = result.data.actions.map((a) => a.en).filter((a) => !firstRun.slice(1).some((re) => re.test(a)));
    expect(repairs).toEqual([`Agents: added ${OWNER} as Owner`]);
    expect(result.data.actions.map((a) => a.en)).toContain("Settings: Time Zone set to the spreadsheet's zone Asia/Jakarta");
    expect(differences(before, snapshot(env, tabs.filter((t) => t !== 'Agents')))).toEqual([]);
    expect(agents.values[1]!.slice(0, 3)).toEqual([OWNER, 'siti.owner', 'Owner']);
    // A second set-up has nothing left to do.
    const again = loadBundle(env, CODE).call('apiSetup') as { data: { actions: unknown[] } };
    expect(again.data.actions).toEqual([]);
  });
});
