/**
 * `tsx scripts/review-png.ts [WORKBOOK.xlsx] [--out docs/img/review.png] [--dpi 110] [--pages 1] [--tab Actions]`: the newest
 * section of the Review tab as LibreOffice prints it. A temporary copy shows only the Review tab, columns A–I
 * printed A4 portrait one page wide; pdftoppm turns the first page(s) into one PNG each (`review.png`, `review-2.png` …).
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { printPages, showOnlyTab } from './dashboard-png';

export async function reviewPng(workbook: string, out: string, dpi = 110, pages = 1, tab = 'Review'): Promise<string[]> {
  if (!existsSync(workbook)) throw new Error(`${workbook} does not exist: run \`npm run demo\` first`);
  const work = mkdtempSync(join(tmpdir(), 'afterdesk-review-png-'));
  try {
    const copy = join(work, 'review.xlsx');
    copyFileSync(workbook, copy);
    // Portrait, one page wide; columns A–I only (column J holds the lines' references for "Create action from review line").
    await showOnlyTab(copy, { names: [tab], portrait: true, tall: true, columns: 'A:I' });
    const made = printPages(copy, work, dpi, pages);
    mkdirSync(dirname(out), { recursive: true });
    return made.map((f, i) => {
      const dest = i === 0 ? out : out.replace(/\.png$/, `-${i + 1}.png`);
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
  const valueIndexes = new Set(['--out', '--dpi', '--pages', '--tab'].map((n) => args.indexOf(n) + 1).filter((i) => i > 0));
  const out = resolve(option('--out') ?? 'artifacts/review.png');
  const workbook = resolve(args.find((a, i) => !a.startsWith('--') && !valueIndexes.has(i)) ?? 'out/demo.xlsx');
  reviewPng(workbook, out, Number(option('--dpi') ?? 110), Number(option('--pages') ?? 1), option('--tab') ?? 'Review').then((pngs) => console.log(pngs.join('\n')), (err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
