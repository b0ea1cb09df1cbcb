// eval:intents reports every hand-written blind set in a directory (aggregates only, never a line of it); tested on a temp dir of our own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { reportWritten } from '../../scripts/eval-intents';
import { loadWrittenSets, parseWrittenLine } from '../../scripts/eval-intents/written';

const dir = mkdtempSync(join(tmpdir(), 'intents-written-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const a = [
  { text: 'the glass arrived shattered into pieces', language: 'en', intent: 'damaged' },
  { text: 'thank you, all good', language: 'en', intent: null },
  { text: '我要取消订单', language: 'zh-CN', intent: 'cancel' },
];
writeFileSync(join(dir, 'b-set.jsonl'), a.map((r) => JSON.stringify(r)).join('\n') + '\n\n');
writeFileSync(join(dir, 'a-set.jsonl'), JSON.stringify({ text: 'barang rusak parah', language: 'id', intent: 'damaged', note: 'extra fields are ignored' }) + '\n');
writeFileSync(join(dir, 'readme.txt'), 'not a set');

describe('hand-written blind sets', () => {
  it('reads every .jsonl file, sorted, skipping blank lines and other files', () => {
    const sets = loadWrittenSets(dir);
    expect(sets.map((s) => s.file)).toEqual(['a-set.jsonl', 'b-set.jsonl']);
    expect(sets[1].rows).toEqual(a);
    expect(sets[0].rows).toEqual([{ text: 'barang rusak parah', language: 'id', intent: 'damaged' }]);
  });

  it('is empty when the directory does not exist', () => {
    expect(loadWrittenSets(join(dir, 'nope'))).toEqual([]);
  });

  it('names the file and line of a bad row', () => {
    expect(() => parseWrittenLine('{"text":"x","language":"fr","intent":null}', 'f.jsonl:3')).toThrow('f.jsonl:3: unknown "language"');
    expect(() => parseWrittenLine('{"text":"x","language":"en","intent":"angry"}', 'f.jsonl:4')).toThrow('f.jsonl:4: "intent" must be a reason key or null');
    expect(() => parseWrittenLine('nope', 'f.jsonl:5')).toThrow('f.jsonl:5: not a JSON object');
    expect(parseWrittenLine('{"text":"hi","language":"en"}', 'f:1')).toEqual({ text: 'hi', language: 'en', intent: null });
  });

  it('prints accuracy per language and recall per reason for each set, but none of its lines', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const n = reportWritten(dir);
    const out = log.mock.calls.map((c) => c.join(' ')).join('\n');
    log.mockRestore();
    expect(n).toBe(2);
    expect(out).toContain('intents-written/a-set.jsonl (1 messages');
    expect(out).toContain('intents-written/b-set.jsonl (3 messages');
    // b-set: 2 English rows, 1 Chinese; 1 of 3 labelled "no reason" (33.3 %).
    expect(out).toMatch(/\| en +\| 2 +\|/);
    expect(out).toMatch(/\| zh-CN +\| 1 +\|/);
    expect(out).toMatch(/\| overall +\| 3 +\|.*\| 33\.3% +\|/);
    expect(out).toMatch(/\| cancel +\| 1 +\|/);
    expect(out).toMatch(/\| none +\| 1 +\|/);
    for (const r of [...a, { text: 'barang rusak parah' }]) expect(out).not.toContain(r.text);
    expect(reportWritten(join(dir, 'nope'))).toBe(0);
  });
});
