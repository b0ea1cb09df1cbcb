/**
 * `tsx scripts/review-png.ts [WORKBOOK.xlsx] [--out docs/img/review.png] [--dpi 110] [--pages 1] [--tab Actions]`: the newest
 * section of the Review tab as LibreOffice prints it. A temporary copy shows only the Review tab, columns A–I
 * printed A4 portrait one page wide; pdftoppm turns the first page(s) into one PNG each (`review.png`, `review-2.png` …).
 */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { printOnOneLandscapePage } from './dashboard-png';

/** Shows only the named tab (active), printed portrait, one page wide and as many pages tall as it needs. */
async function onlyTab(copy: string, name: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(copy));
  let workbook = await zip.file('xl/workbook.xml')!.async('string');
  const tags = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const mine = tags.find((t) => t.includes(`name="${name}"`));
  if (!mine) throw new Error(`review-png: the workbook has no ${name} tab (run the review first)`);
  for (const tag of tags) {
    if (tag === mine) continue;
    const hidden = /\sstate="/.test(tag) ? tag.replace(/\sstate="[^"]*"/, ' state="hidden"') : tag.replace('<sheet ', '<sheet state="hidden" ');
    workbook = workbook.replace(tag, hidden);
  }
  // The active tab must be the visible one, or LibreOffice shows (and prints) the first tab anyway.
  const view = `activeTab="${tags.indexOf(mine)}" firstSheet="${tags.indexOf(mine)}"`;
  workbook = /<workbookView\b/.test(workbook)
    ? workbook.replace(/<workbookView\b[^>]*>/, (v) => v.replace(/\s(activeTab|firstSheet)="\d+"/g, '').replace('<workbookView', `<workbookView ${view}`))
    : workbook.replace('<sheets>', `<bookViews><workbookView ${view}/></bookViews><sheets>`);
  // Print columns A–I only: column J holds the lines' references for "Create action from review line".
  const area = `<definedName name="_xlnm.Print_Area" localSheetId="${tags.indexOf(mine)}">'${name}'!$A:$I</definedName>`;
  workbook = workbook.includes('<definedNames>') ? workbook.replace('<definedNames>', `<definedNames>${area}`) : workbook.replace('</sheets>', `</sheets><definedNames>${area}</definedNames>`);
  zip.file('xl/workbook.xml', workbook);
  const rid = /\sr:id="([^"]+)"/.exec(mine)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1]!;
  const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const xml = printOnOneLandscapePage(await zip.file(part)!.async('string'))
    .replace('orientation="landscape" fitToWidth="1" fitToHeight="1"', 'orientation="portrait" fitToWidth="1" fitToHeight="0"');
  zip.file(part, xml);
  writeFileSync(copy, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export async function reviewPng(workbook: string, out: string, dpi = 110, pages = 1, tab = 'Review'): Promise<string[]> {
  if (!existsSync(workbook)) throw new Error(`${workbook} does not exist: run \`npm run demo\` first`);
  const work = mkdtempSync(join(tmpdir(), 'afterdesk-review-png-'));
  try {
    const copy = join(work, 'review.xlsx');
    copyFileSync(workbook, copy);
    await onlyTab(copy, tab);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, copy], { stdio: 'ignore', timeout: 180_000 });
    const pdf = join(work, 'review.pdf');
    if (!existsSync(pdf)) throw new Error('LibreOffice did not produce a PDF (is libreoffice-calc installed?)');
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', String(pages), pdf, join(work, 'page')], { timeout: 60_000 });
    mkdirSync(dirname(out), { recursive: true });
    const made = readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f)).sort();
    return made.map((f, i) => {
      const dest = i === 0 ? out : out.replace(/\.png$/, `-${i + 1}.png`);
      copyFileSync(join(work, f), dest);
      return dest;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const valueIndexes = new Set(['--out', '--dpi', '--pages', '--tab'].map((n) => args.indexOf(n) + 1).filter((i) => i > 0));
  const out = resolve(option('--out') ?? 'artifacts/review.png');
  const workbook = resolve(args.find((a, i) => !a.startsWith('--') && !valueIndexes.has(i)) ?? 'out/demo.xlsx');
  reviewPng(workbook, out, Number(option('--dpi') ?? 110), Number(option('--pages') ?? 1), option('--tab') ?? 'Review').then((pngs) => console.log(pngs.join('\n')), (err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
