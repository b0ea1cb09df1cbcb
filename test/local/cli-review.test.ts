/** `afterdesk review` on a real .xlsx: exactly CLI.md's JSON keys, department mail in the outbox once, errors. */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveWorkbook } from '../../src/local/xlsx';
import { reviewDesk } from '../server/review-shop';
import { run } from './cli-run';


describe('afterdesk review', () => {
  it('prints exactly the keys of CLI.md and mails each department once across runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-review-'));
    const path = join(dir, 'shop.xlsx');
    await saveWorkbook(reviewDesk().env, path);
    const first = await run('review', path, '--now', '2026-11-23T09:00:00+08:00', '--json');
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    const json = JSON.parse(first.out);
    expect(Object.keys(json)).toEqual(['week', 'tickets', 'perThousandOrders', 'topReasons', 'rootCauses', 'departments', 'actions', 'unclassified']);
    expect(json.week).toBe('2026-W47');
    expect(json.tickets).toBe(15);
    expect(Object.keys(json.topReasons[0])).toEqual(['reason', 'tickets', 'change']);
    expect(Object.keys(json.rootCauses[0])).toEqual(['rootCause', 'tickets', 'change']);
    expect(Object.keys(json.departments[0])).toEqual(['department', 'problems', 'mailTo']);
    expect(json.actions).toEqual({ open: 1, overdue: 1, done: 1 });
    expect(readdirSync(`${path}.outbox`).filter((f) => f.endsWith('.eml'))).toHaveLength(3);
    // The same week again (an explicit --week): same figures, no second e-mail.
    const second = await run('review', path, '--now', '2026-11-24T09:00:00+08:00', '--week', '2026-W47', '--json');
    expect(JSON.parse(second.out).tickets).toBe(15);
    expect(readdirSync(`${path}.outbox`).filter((f) => f.endsWith('.eml'))).toHaveLength(3);
    const bad = await run('review', path, '--week', '2026-47');
    expect(bad.code).toBe(2);
    const future = await run('review', path, '--now', '2026-11-24T09:00:00+08:00', '--week', '2026-W50');
    expect(future.code).toBe(1);
    expect(future.err).toContain('has not started');
  }, 120_000);
});
