/** `afterdesk triggers` and `afterdesk clock` on a workbook set up by one account and repaired by another. */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkbook, saveWorkbook } from '../../src/local/xlsx';
import { run } from './cli-run';


describe('afterdesk triggers and clock for a team', () => {
  it('one trigger set owned by the owner after the lead repairs; clock fires each as its owner, naive times in the workbook zone', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'afterdesk-team-')), 'shop.xlsx');
    // 09:00 without an offset is 09:00 in Kuala Lumpur (UTC+8), whatever the machine's zone.
    expect((await run('setup', path, '--as', 'owner@shop.test', '--now', '2026-11-16T09:00:00')).code).toBe(0);
    // The owner adds the lead to the Agents tab (as typed in Sheets).
    const env = await loadWorkbook(path, { userEmail: 'owner@shop.test' });
    env.spreadsheet.getSheetByName('Agents')!.getRange(3, 1, 1, 6).setValues([['lead@shop.test', 'Lee', 'Lead', 'en', true, '']]);
    await saveWorkbook(env, path);

    const repair = await run('setup', path, '--as', 'lead@shop.test', '--now', '2026-11-16 09:30');
    expect(repair.code).toBe(0);
    expect(repair.out).toContain('Triggers are run by owner@shop.test');
    const refused = await run('run', path, 'apiInstallTriggers', '--as', 'lead@shop.test');
    expect(refused.out).toContain('triggers_owned');

    const listed = await run('triggers', path, '--json');
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.out)).toEqual({ triggers: [
      { handler: 'onHourly', type: 'CLOCK', owner: 'owner@shop.test' },
      { handler: 'onSurveySubmit', type: 'ON_FORM_SUBMIT', owner: 'owner@shop.test' },
      { handler: 'onMailQueue', type: 'CLOCK', owner: 'owner@shop.test' },
    ] });

    // A case resolved by the lead queues the survey mail; the clock sends it as the owner.
    const logged = await run('log-case', path, '--as', 'lead@shop.test', '--now', '2026-11-16 10:10', '--json-input', JSON.stringify({ channel: 'Email', reason: 'damaged', email: 'ana@example.com', customerName: 'Ana', language: 'en' }));
    expect(logged.code).toBe(0);
    const resolved = await run('update-ticket', path, 'T-000001', '--as', 'lead@shop.test', '--now', '2026-11-16 10:20', '--json-input', '{"status":"resolved","resolution":"refund"}');
    expect(resolved.code).toBe(0);
    const clock = await run('clock', path, '--until', '2026-11-16 11:00', '--now', '2026-11-16 10:20', '--json');
    expect(clock.code).toBe(0);
    const fired = JSON.parse(clock.out).fired as { handler: string; at: string; owner: string }[];
    expect(fired.every((f) => f.owner === 'owner@shop.test')).toBe(true);
    // The 10:00 run was overdue when the clock started at 10:20: it fires then (the clock never runs backwards).
    expect(fired.filter((f) => f.handler === 'onHourly').map((f) => f.at)).toEqual(['2026-11-16T02:20:00.000Z', '2026-11-16T03:00:00.000Z']);
    const box = `${path}.outbox`;
    const emls = readdirSync(box).map((f) => readFileSync(join(box, f), 'utf8'));
    const survey = emls.filter((e) => e.includes('To: ana@example.com'));
    expect(survey.length).toBe(1);
    expect(survey[0]).toContain('<owner@shop.test>');
    // Nothing left to fire up to the same time.
    const again = await run('clock', path, '--until', '2026-11-16 11:00', '--json');
    expect(JSON.parse(again.out)).toEqual({ fired: [] });
  }, 120_000);
});
