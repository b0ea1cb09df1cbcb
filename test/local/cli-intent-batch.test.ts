// `afterdesk intent --batch FILE --json`: one JSON object a line, in input order, with the fields of `intent --json`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './cli-run';


describe('afterdesk intent --batch', () => {
  it('prints one object a line, same order, same fields as intent --json (blank lines kept)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-batch-'));
    const file = join(dir, 'messages.txt');
    writeFileSync(file, '不要退款，换一个\r\n\nthe thing just refuses to charge\nkok belum dikirim sih kak\n');
    const r = await run('intent', '--batch', file, '--json');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.length).toBe(4);
    expect(lines.map((l) => l.intent)).toEqual(['exchange', null, 'defective', 'logistics']);
    expect(Object.keys(lines[0]).sort()).toEqual(['intent', 'intents', 'language', 'negated']);
    expect(lines[0].negated).toEqual(['refund']);
    expect(lines[3].language).toBe('id');
    const single = JSON.parse((await run('intent', 'the thing just refuses to charge', '--json')).out);
    expect(lines[2]).toEqual(single);
  });

  it('fails clearly on a missing file and on TEXT given with --batch', async () => {
    const missing = await run('intent', '--batch', '/nonexistent/messages.txt', '--json');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/Cannot read \/nonexistent\/messages.txt/);
    const both = await run('intent', 'hello', '--batch', '/tmp/x.txt', '--json');
    expect(both.code).toBe(2);
  });
});
