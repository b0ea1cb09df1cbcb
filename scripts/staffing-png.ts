/**
 * `tsx scripts/staffing-png.ts [WORKBOOK.xlsx] [--out artifacts/staffing.png] [--pages 2] [--dpi 110]`: the
 * Staffing tab as a person sees it. In a temporary copy every other tab is hidden and the Staffing tab prints
 * landscape, fitted to the page width; LibreOffice makes the PDF and pdftoppm the first pages as PNGs
 * (staffing-1.png, staffing-2.png …). Default workbook: out/demo.xlsx after `afterdesk staffing out/demo.xlsx`.
 */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { printOnOneLandscapePage } from './dashboard-png';

async function staffingOnly(copy: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(copy));
  let workbook = await zip.file('xl/workbook.xml')!.async('string');
  const tags = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const mine = tags.find((t) => /\sname="(Staffing|排班预测)"/.test(t));
  if (!mine) throw new Error('staffing-png: the workbook has no Staffing tab (run `afterdesk setup` or `afterdesk staffing`)');
  for (const tag of tags) {
    if (tag === mine) continue;
    const hidden = /\sstate="/.test(tag) ? tag.replace(/\sstate="[^"]*"/, ' state="hidden"') : tag.replace('<sheet ', '<sheet state="hidden" ');
    workbook = workbook.replace(tag, hidden);
  }
  // LibreOffice prints the active tab even when hidden: make the Staffing tab the active one.
  const active = tags.indexOf(mine);
  const view = `<workbookView activeTab="${active}" firstSheet="${active}"/>`;
  workbook = /<workbookView\b/.test(workbook)
    ? workbook.replace(/<workbookView\b[^>]*?\/?>/, view.replace('/>', /<workbookView\b[^>]*\/>/.test(workbook) ? '/>' : '>'))
    : workbook.replace('<sheets>', `<bookViews>${view}</bookViews><sheets>`);
  zip.file('xl/workbook.xml', workbook);
  const rid = /\sr:id="([^"]+)"/.exec(mine)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1]!;
  const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  // One page wide, as many pages tall as the rows need.
  zip.file(part, printOnOneLandscapePage(await zip.file(part)!.async('string')).replace('fitToHeight="1"', 'fitToHeight="0"'));
  writeFileSync(copy, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

export async function staffingPng(workbook: string, out: string, pages = 2, dpi = 110): Promise<string[]> {
  if (!existsSync(workbook)) throw new Error(`${workbook} does not exist`);
  const work = mkdtempSync(join(tmpdir(), 'afterdesk-staffing-png-'));
  try {
    const copy = join(work, 'staffing.xlsx');
    copyFileSync(workbook, copy);
    await staffingOnly(copy);
    execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, copy], { stdio: 'ignore', timeout: 180_000 });
    const pdf = join(work, 'staffing.pdf');
    if (!existsSync(pdf)) throw new Error('LibreOffice did not produce a PDF (is libreoffice-calc installed?)');
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', String(pages), pdf, join(work, 'page')], { timeout: 60_000 });
    mkdirSync(dirname(out), { recursive: true });
    const stem = out.replace(/\.png$/, '');
    return readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f)).sort().map((f, i) => {
      const dest = `${stem}-${i + 1}.png`;
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
  const valueIndexes = new Set(['--out', '--dpi', '--pages'].map((n) => args.indexOf(n) + 1).filter((i) => i > 0));
  const out = resolve(option('--out') ?? 'artifacts/staffing.png');
  const workbook = resolve(args.find((a, i) => !a.startsWith('--') && !valueIndexes.has(i)) ?? 'out/demo.xlsx');
  staffingPng(workbook, out, Number(option('--pages') ?? 2), Number(option('--dpi') ?? 110)).then((pngs) => console.log(pngs.map((p) => basename(p) && p).join('\n')), (err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
