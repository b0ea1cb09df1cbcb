/**
 * Builds the Apps Script bundle: dist/Code.js (an ES2019 script whose only globals are the allow-listed entry
 * points), dist/Sidebar.html (one self-contained page) and dist/appsscript.json. Fails when the bundle is not a
 * valid ES2019 script or exposes anything else.
 */
import { build } from 'esbuild';
import { parse } from 'acorn';
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const GLOBAL = '__AfterDesk';

/** Entry points are exactly the function exports of src/server/main.ts: the one file that exposes globals. */
async function entryPointNames(): Promise<string[]> {
  const probe = await build({
    entryPoints: [join(root, 'src/server/main.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    metafile: true,
    platform: 'neutral',
    target: 'es2019',
    logLevel: 'silent',
  });
  const out = Object.values(probe.metafile.outputs)[0];
  const names = out?.exports ?? [];
  // Only functions become entry points: evaluate the probe's export kinds cheaply by a second look at the source.
  const code = new TextDecoder().decode(probe.outputFiles[0]!.contents);
  const mod = await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64'));
  return names.filter((n) => typeof mod[n] === 'function' && !n.endsWith('_')).sort();
}

/** Private functions (names ending in `_`): not top-level in Apps Script, reachable by the CLI's `run`. */
async function privateNames(): Promise<string[]> {
  const probe = await build({ entryPoints: [join(root, 'src/server/main.ts')], bundle: true, format: 'esm', write: false, metafile: true, platform: 'neutral', target: 'es2019', logLevel: 'silent' });
  return (Object.values(probe.metafile.outputs)[0]?.exports ?? []).filter((n) => n.endsWith('_')).sort();
}

async function buildServer(names: string[]): Promise<void> {
  const footer = names
    .map((n) => `function ${n}() { return ${GLOBAL}.${n}.apply(this, arguments); }`)
    .join('\n');
  const result = await build({
    entryPoints: [join(root, 'src/server/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    legalComments: 'none',
    minifySyntax: true,
    charset: 'utf8',
    banner: { js: '/* AfterDesk — built bundle. Do not edit: run `npm run build`. */' },
    footer: { js: `\n/* Entry points (allow-listed: the exports of src/server/main.ts). */\n${footer}\n` },
    logLevel: 'warning',
  });
  const code = result.outputFiles[0]!.text.replace(/^var __AfterDesk/m, `var ${GLOBAL}`);
  checkScript(code, names);
  writeFileSync(join(dist, 'Code.js'), code);
}

/** The post-build check: an ES2019 script, no import/export, and top-level functions exactly the allow-list. */
export function checkScript(code: string, names: string[]): void {
  const ast = parse(code, { ecmaVersion: 2019, sourceType: 'script' }) as unknown as {
    body: { type: string; id?: { name: string }; declarations?: { id: { name: string } }[] }[];
  };
  const functions = ast.body.filter((n) => n.type === 'FunctionDeclaration').map((n) => n.id!.name).sort();
  const vars = ast.body.flatMap((n) => (n.type === 'VariableDeclaration' ? n.declarations!.map((d) => d.id.name) : []));
  if (JSON.stringify(functions) !== JSON.stringify([...names].sort())) {
    throw new Error(`Top-level functions ${functions.join(',')} differ from the allow-list ${names.join(',')}`);
  }
  if (vars.some((v) => v !== GLOBAL)) throw new Error(`Unexpected top-level variables: ${vars.join(',')}`);
}

async function buildSidebar(): Promise<void> {
  const js = await build({
    entryPoints: [join(root, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    minify: true,
    charset: 'utf8',
    logLevel: 'warning',
  });
  const script = js.outputFiles[0]!.text.replace(/<\/script/gi, '<\\/script');
  const css = readFileSync(join(root, 'src/sidebar/sidebar.css'), 'utf8');
  const shell = readFileSync(join(root, 'src/sidebar/index.html'), 'utf8');
  const html = shell
    .replace('/*INLINE_CSS*/', () => css)
    .replace('/*INLINE_JS*/', () => script);
  if (html.includes('/*INLINE_')) throw new Error('Sidebar shell placeholders not replaced');
  writeFileSync(join(dist, 'Sidebar.html'), html);
}

/** Builds dist/: the server bundle, the sidebar page and the manifest. */
export async function buildAll(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const names = await entryPointNames();
  if (!names.includes('onOpen')) throw new Error('src/server/main.ts must export onOpen');
  await buildServer(names);
  await buildSidebar();
  copyFileSync(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
  writeFileSync(join(dist, 'entry-points.json'), JSON.stringify(names, null, 2) + '\n');
  writeFileSync(join(dist, 'private-functions.json'), JSON.stringify(await privateNames(), null, 2) + '\n');
  const size = (f: string) => (readFileSync(join(dist, f)).length / 1024).toFixed(1) + ' KB';
  console.log(`built dist/Code.js (${size('Code.js')}, ${names.length} entry points), dist/Sidebar.html (${size('Sidebar.html')})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildAll().catch((e) => {
    console.error(`build failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
