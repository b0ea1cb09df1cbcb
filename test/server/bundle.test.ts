/** The built bundle itself: an ES2019 script exposing exactly the entry points, a least-privilege manifest, onOpen. */
import { parse } from 'acorn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createGasEnvironment } from '../../src/local/gas';
import { loadBundle } from '../../src/local/runtime';
import { CODE, ROOT } from './harness';

describe('dist/ (npm run build)', () => {
  const code = readFileSync(CODE, 'utf8');

  it('is an ES2019 script with no import/export, whose top-level functions are exactly the allow-list', () => {
    const ast = parse(code, { ecmaVersion: 2019, sourceType: 'script' }) as unknown as { body: { type: string; id?: { name: string } }[] };
    const fns = ast.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id!.name).sort();
    const allow = JSON.parse(readFileSync(join(ROOT, 'dist', 'entry-points.json'), 'utf8')) as string[];
    expect(fns).toEqual([...allow].sort());
    expect(fns).toContain('onOpen');
    expect(fns.some((f) => f.endsWith('_'))).toBe(false);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('loads in a bare vm context and defines onOpen', () => {
    const ctx = vm.createContext({});
    vm.runInContext(code, ctx);
    expect(typeof (ctx as Record<string, unknown>)['onOpen']).toBe('function');
  });

  it('asks only for the scopes AfterDesk uses — never full Gmail or Drive', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'dist', 'appsscript.json'), 'utf8')) as { runtimeVersion: string; exceptionLogging: string; oauthScopes: string[] };
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.oauthScopes.map((s) => s.replace('https://www.googleapis.com/auth/', '')).sort()).toEqual(
      ['forms', 'script.container.ui', 'script.scriptapp', 'script.send_mail', 'spreadsheets.currentonly', 'userinfo.email'],
    );
  });

  it('inlines the sidebar into one self-contained HTML file', () => {
    const html = readFileSync(join(ROOT, 'dist', 'Sidebar.html'), 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/);
    expect(html).toContain('<style>');
    expect(html).not.toContain('/*INLINE_');
  });

  it('onOpen builds the menu and calls nothing that needs authorisation', () => {
    const env = createGasEnvironment({ now: Date.parse('2026-11-20T01:00:00Z') });
    const bundle = loadBundle(env, CODE);
    env.calls.reset();
    bundle.call('onOpen');
    const used = Object.keys(env.calls.snapshot());
    expect(used.every((k) => /^(SpreadsheetApp\.getUi|Ui\.createMenu|Menu\.)/.test(k))).toBe(true);
    const menu = env.ui.menus.find((m) => m.name === 'AfterDesk')!;
    const fns = bundle.functions();
    for (const item of menu.items) if (item) expect(fns).toContain(item.fn);
  });
});
