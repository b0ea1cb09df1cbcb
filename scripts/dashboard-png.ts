/**
 * `tsx scripts/dashboard-png.ts [WORKBOOK.xlsx] [--out artifacts/dashboard.png]`: the Dashboard as a person sees
 * it — LibreOffice converts the workbook to PDF (the Dashboard is the first tab, printed on one landscape page)
 * and pdftoppm turns that page into a PNG. Default workbook: out/demo.xlsx from `npm run demo`.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

export function dashboardPng(workbook: string, out: string, dpi = 110): string {
  if (!existsSync(workbook)) throw new Error(`${workbook} does not exist: run \`npm run demo\` first`);
  const work = mkdtempSync(join(tmpdir(), 'afterdesk-png-'));
  const copy = join(work, basename(workbook));
  copyFileSync(workbook, copy);
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, copy], { stdio: 'ignore', timeout: 180_000 });
  const pdf = copy.replace(/\.xlsx$/, '.pdf');
  if (!existsSync(pdf)) throw new Error('LibreOffice did not produce a PDF');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, join(work, 'dashboard')], { timeout: 60_000 });
  mkdirSync(dirname(out), { recursive: true });
  renameSync(join(work, 'dashboard.png'), out);
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = resolve(outAt >= 0 ? args[outAt + 1]! : 'artifacts/dashboard.png');
  const workbook = resolve(args.find((a, i) => !a.startsWith('--') && i !== outAt + 1) ?? 'out/demo.xlsx');
  console.log(dashboardPng(workbook, out));
}
