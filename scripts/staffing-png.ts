/**
 * `tsx scripts/staffing-png.ts [WORKBOOK.xlsx] [--out artifacts/staffing.png] [--pages 2] [--dpi 110]`: the
 * Staffing tab as a person sees it. In a temporary copy every other tab is hidden and the Staffing tab prints
 * landscape, fitted to the page width; LibreOffice makes the PDF and pdftoppm the first pages as PNGs
 * (staffing-1.png, staffing-2.png …). Default workbook: out/demo.xlsx after `afterdesk staffing out/demo.xlsx`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { printPages, showOnlyTab } from './dashboard-png';

export async function staffingPng(workbook: string, out: string, pages = 2, dpi = 110): Promise<string[]> {
  if (!existsSync(workbook)) throw new Error(`${workbook} does not exist`);
  const work = mkdtempSync(join(tmpdir(), 'afterdesk-staffing-png-'));
  try {
    const copy = join(work, 'staffing.xlsx');
    copyFileSync(workbook, copy);
    // Landscape, one page wide and as many pages tall as the rows need.
    await showOnlyTab(copy, { names: ['Staffing', '排班预测'], tall: true });
    const made = printPages(copy, work, dpi, pages);
    mkdirSync(dirname(out), { recursive: true });
    const stem = out.replace(/\.png$/, '');
    return made.map((f, i) => {
      const dest = `${stem}-${i + 1}.png`;
      copyFileSync(f, dest);
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
