/**
 * `npm run install:pictures`: the pictures of INSTALL.md, made from the project itself — two sketches drawn in
 * Chromium (which files go where in the Apps Script editor, and the AfterDesk menu with its real labels from
 * src/server/menu.ts) and the starter workbook's Settings tab as LibreOffice prints release/AfterDesk-starter.xlsx.
 * Run `npm run package` first. The sketches are labelled as sketches: they are not screenshots of Google's pages.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { MENU_ITEMS } from '../src/server/menu';
import { ROOT } from '../src/local/cli/workbook';
import { dashboardPng } from './dashboard-png';

const CHROMIUM = '/usr/bin/chromium';
const IMG = join(ROOT, 'docs', 'img');

const STYLE = `body{margin:0;font:14px/1.45 'Noto Sans','Noto Sans CJK SC',sans-serif;color:#202124;background:#fff}
.sketch{font-size:11px;color:#80868b;margin:6px 10px}.frame{border:1px solid #dadce0;border-radius:8px;margin:10px;overflow:hidden}
.bar{background:#f1f3f4;padding:8px 12px;border-bottom:1px solid #dadce0;font-weight:600}.cols{display:flex}
.files{width:230px;border-right:1px solid #dadce0;padding:10px}.files div{padding:5px 8px;border-radius:4px}
.files .on{background:#e8f0fe;color:#1967d2}.code{flex:1;padding:10px 14px;font-family:'Noto Sans Mono',monospace;font-size:12px;color:#5f6368}
.step{display:inline-block;background:#1a73e8;color:#fff;border-radius:10px;padding:0 7px;margin-right:6px;font-size:12px}
.menu{width:360px;border:1px solid #dadce0;border-radius:4px;box-shadow:0 2px 6px rgba(0,0,0,.15);margin:0 10px 10px}
.menu div{padding:6px 14px}.menu hr{border:0;border-top:1px solid #dadce0;margin:4px 0}.menubar span{margin-right:14px}`;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const EDITOR = `<div class="sketch">Sketch · 示意图 — Extensions → Apps Script · 扩展程序 → Apps 脚本</div>
<div class="frame"><div class="bar">Apps Script · AfterDesk</div><div class="cols">
<div class="files"><div style="color:#5f6368">Files · 文件</div>
<div class="on"><span class="step">2</span>Code.gs ← release/Code.gs</div>
<div><span class="step">3</span>Sidebar.html ← release/Sidebar.html</div>
<div><span class="step">4</span>appsscript.json ← release/appsscript.json</div>
<div style="margin-top:14px;color:#5f6368"><span class="step">1</span>⚙ Project Settings · 项目设置<br>☑ Show "appsscript.json" manifest file in editor<br>☑ 在编辑器中显示 "appsscript.json" 清单文件</div></div>
<div class="code">/* AfterDesk — built bundle. Do not edit: run \`npm run build\`. */<br>var __AfterDesk = (() =&gt; { …<br><br>
<span class="step">5</span>Ctrl+S / ⌘S — Save project · 保存项目<br><span class="step">6</span>Reload the spreadsheet · 刷新表格</div></div></div>`;

const MENU = `<div class="sketch">Sketch · 示意图 — the AfterDesk menu after a reload · 刷新后出现的 AfterDesk 菜单</div>
<div class="frame" style="border:0"><div class="menubar" style="padding:6px 10px"><span>File</span><span>Edit</span><span>View</span><span>Insert</span><span>Format</span><span>Data</span><span>Tools</span><span>Extensions</span><span><b>AfterDesk</b></span></div>
<div class="menu">${MENU_ITEMS.map((i) => (i ? `<div>${escape(i[0])}</div>` : '<hr>')).join('')}</div></div>`;

async function main(): Promise<void> {
  const starter = join(ROOT, 'release', 'AfterDesk-starter.xlsx');
  if (!existsSync(starter)) throw new Error('release/AfterDesk-starter.xlsx is missing: run `npm run package` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  mkdirSync(IMG, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    for (const [name, body, width] of [['install-editor', EDITOR, 820], ['install-menu', MENU, 620]] as const) {
      const page = await browser.newPage({ viewport: { width, height: 200 }, deviceScaleFactor: 2 });
      await page.setContent(`<!doctype html><meta charset="utf-8"><style>${STYLE}</style><body>${body}</body>`);
      await page.screenshot({ path: join(IMG, `${name}.png`), fullPage: true });
      console.log(`docs/img/${name}.png`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(await dashboardPng(starter, join(IMG, 'install-starter-settings.png'), 110, 'Settings'));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
