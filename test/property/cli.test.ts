/**
 * The `afterdesk` command line under random and hostile argv: a failure is exit code 1 or 2 with a specific message
 * on stderr (no stack trace, no "undefined"), and nothing is ever written outside the workbook that was named.
 */
import fc from 'fast-check';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../local/cli-run';
import { hostileText, impossibleDate, RUNS } from './arbitraries';

const VERBS = ['setup', 'import-orders', 'import-returns', 'log-case', 'update-ticket', 'kpi', 'alerts', 'review', 'survey-response', 'intent', 'kb-search', 'erlang', 'run', 'triggers', 'export', 'clock'];
const FLAGS = ['--now', '--as', '--json', '--json-input', '--from', '--to', '--as-of', '--week', '--ticket', '--score', '--comment', '--until', '--to', '--arrivals', '--interval', '--aht', '--agents', '--batch', '--workbook', '--cost', '--nope', '-x', '--'];

let dir = '';
let cwd = '';
let wb = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'afterdesk-cli-prop-'));
  cwd = process.cwd();
  process.chdir(dir);
  wb = join(dir, 'shop.xlsx');
  expect((await run('setup', wb)).code).toBe(0);
}, 120_000);
afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

const arg = fc.oneof(
  { weight: 3, arbitrary: hostileText(2) },
  { weight: 2, arbitrary: impossibleDate },
  { weight: 2, arbitrary: fc.constantFrom('{"channel":"Email","reason":"damaged","description":"=1+1"}', '{"reply":"<script>x</script>"}', '{', '[]', 'null', '{"channel":5}', '"x"', '{"__proto__":{"a":1}}') },
  { weight: 2, arbitrary: fc.constantFrom('sub/../other.xlsx', 'other.xlsx', '/dev/null', 'missing.csv', '.', '', '-', 'T-000001', '5', '-5', 'NaN', '1e309', 'apiLogCase', 'onHourly', 'eval') },
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
);

/** Files the command may create: the workbook (or any file) it was given, with the workbook's companions. */
function outside(before: Set<string>, argv: string[]): string[] {
  // A path given on the command line, inside the test directory: its first segment is the asked path (31/12/2026 → 31).
  const asked = new Set(argv.filter((a) => a && resolve(dir, a).startsWith(`${dir}/`)).map((a) => relative(dir, resolve(dir, a)).split(sep)[0]!));
  // A workbook's companions: its state, its outbox and the emulator's read cache.
  const named = (f: string) => [...asked, 'shop.xlsx'].some((a) => [a, `${a}.state.json`, `${a}.outbox`, `${a}.cache`].includes(f));
  return readdirSync(dir).filter((f) => !before.has(f) && !named(f));
}

describe('afterdesk with hostile argv', () => {
  it('fails with a one-line specific message or succeeds; never a stack trace; writes only the named workbook', async () => {
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VERBS, 'help', 'nope', '--json', ''), fc.boolean(), fc.array(arg, { maxLength: 5 }), async (verb, withWb, args) => {
        const before = new Set(readdirSync(dir));
        const argv = [verb, ...(withWb ? [wb] : []), ...args].filter((a) => !(verb === 'export' && a === '--to'));
        const r = await run(...argv);
        if (r.code !== 0) {
          failed++;
          expect([1, 2], `exit ${r.code} for ${JSON.stringify(argv).slice(0, 120)}`).toContain(r.code);
          const err = r.err.trim();
          expect(err.length, `no message for ${JSON.stringify(argv).slice(0, 120)}`).toBeGreaterThan(10);
          expect(err).not.toMatch(/\n\s+at |\bundefined\b|\[object Object\]|TypeError|ReferenceError/);
          // One line per problem (the command's, then --cost's), plus the `afterdesk help` pointer of a wrong command line.
          for (const line of err.split('\n')) expect(line, err).toMatch(/^afterdesk( [a-z-]+)?: |^Run `afterdesk help`/);
          expect(err.split('\n').length).toBeLessThanOrEqual(3);
        }
        expect(outside(before, argv), `files written outside the workbook by ${JSON.stringify(argv).slice(0, 120)}`).toEqual([]);
      }),
      { numRuns: Math.max(20, Math.round(RUNS * 0.6)) },
    );
    expect(failed).toBeGreaterThan(5);
  });
});

describe('regressions', () => {
  it('a time that does not exist is refused (was rolled into the next month or day); Node\'s multi-line parse errors are one line', async () => {
    for (const bad of ['2026-02-30', '2026-11-16T25:61', '2026-11-16 24:00']) {
      const r = await run('triggers', wb, '--json', '--now', bad);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--now must be an ISO date-time, got "${bad}"`);
    }
    expect((await run('triggers', wb, '--json', '--now', '2026-11-16 09:30')).code).toBe(0);
    const r = await run('setup', '--now', '--now');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(2); // the message, then the `afterdesk help` pointer
    // --cost into a directory that does not exist: a line on stderr, not an exception out of main (was ENOENT thrown).
    const cost = await run('triggers', wb, '--json', '--cost', 'no/such/dir/cost.json');
    expect(cost.code).toBe(1);
    expect(cost.err.trim()).toMatch(/^afterdesk triggers: cannot write --cost no\/such\/dir\/cost\.json: ENOENT/);
    const none = await run();
    expect([none.code, none.err.trim()]).toEqual([2, 'afterdesk: no command given. Run `afterdesk help`.']);
  });
});
