/**
 * `tsx scripts/dashboard-png.ts [WORKBOOK.xlsx] [--out artifacts/dashboard.png] [--dpi 140] [--sheet NAME]`: the
 * Dashboard (or the tab named) as a person sees it. In a temporary copy the first tab (the Dashboard) gets a landscape page that fits the sheet on
 * one page and every other tab is hidden (so LibreOffice prints only the Dashboard, and quickly); LibreOffice
 * converts the copy to PDF headless and pdftoppm turns page 1 into a PNG. Default workbook: out/demo.xlsx from
 * `npm run demo`. Prints the PNG path. The copy is edited as XML in the zip, not through exceljs, because exceljs
 * would drop the native charts when it re-saves.
 */
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Elements CT_Worksheet allows after <pageSetup>: the page setup goes before the first one present. */
const AFTER_PAGE_SETUP = ['headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
const BEFORE_PAGE_SETUP = ['</sheetData>', '<sheetData/>', '</mergeCells>', '</conditionalFormatting>', '</dataValidations>', '</hyperlinks>', '<printOptions'];

/** Landscape A4, narrow margins, the whole sheet scaled onto one page (a dashboard is read at a glance). */
export function printOnOneLandscapePage(sheetXml: string): string {
  let xml = sheetXml.replace(/<pageMargins\b[^>]*\/>/, '').replace(/<pageSetup\b[^>]*\/>/, '');
  const fit = '<pageSetUpPr fitToPage="1"/>';
  if (/<sheetPr\b[^>]*\/>/.test(xml)) xml = xml.replace(/<sheetPr\b([^>]*)\/>/, `<sheetPr$1>${fit}</sheetPr>`);
  else if (!/<sheetPr\b/.test(xml)) xml = xml.replace(/(<worksheet\b[^>]*>)/, `$1<sheetPr>${fit}</sheetPr>`);
  else if (/<pageSetUpPr\b/.test(xml)) xml = xml.replace(/<pageSetUpPr\b[^>]*\/>/, fit);
  else xml = xml.replace('</sheetPr>', `${fit}</sheetPr>`); // pageSetUpPr is the last child of sheetPr
  const from = Math.max(0, ...BEFORE_PAGE_SETUP.map((t) => {
    const at = xml.lastIndexOf(t);
    return at < 0 ? -1 : t === '<printOptions' ? xml.indexOf('>', at) + 1 : at + t.length;
  }));
  const follower = new RegExp(`<(?:${AFTER_PAGE_SETUP.join('|')})[\\s/>]|</worksheet>`).exec(xml.slice(from));
  if (!follower) throw new Error('dashboard-png: malformed worksheet XML');
  const at = from + follower.index;
  const page = '<pageMargins left="0.3" right="0.3" top="0.4" bottom="0.4" header="0.2" footer="0.2"/>'
    + '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>';
  xml = `${xml.slice(0, at)}${page}${xml.slice(at)}`;
  return /<worksheet\b[^>]*\sxmlns:r=/.test(xml) ? xml : xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
}

const xmlName = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export interface OneTabOptions {
  /** The tab to print, by any of its names (English or Chinese); default the first tab. */
  names?: readonly string[];
  /** Portrait instead of landscape. */
  portrait?: boolean;
  /** One page wide and as many pages tall as the rows need, instead of everything on one page. */
  tall?: boolean;
  /** Print only these columns, e.g. 'A:I'. */
  columns?: string;
}

/**
 * Rewrites the copy so LibreOffice prints one tab: every other tab hidden, the tab made the active one (LibreOffice
 * prints the active tab even when it is hidden) and given a page set-up. Shared by every script that makes a PNG of
 * a tab (Dashboard, Review, Staffing, the starter's Settings).
 */
export async function showOnlyTab(copy: string, opts: OneTabOptions = {}): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(copy));
  let workbook = await zip.file('xl/workbook.xml')!.async('string');
  const tags = [...workbook.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  if (tags.length === 0) throw new Error('the workbook has no sheets');
  const mine = opts.names ? tags.find((t) => opts.names!.some((n) => t.includes(` name="${xmlName(n)}"`))) : tags[0];
  if (!mine) throw new Error(`the workbook has no ${opts.names!.join(' / ')} tab`);
  for (const tag of tags) {
    if (tag === mine) continue;
    const hidden = /\sstate="/.test(tag) ? tag.replace(/\sstate="[^"]*"/, ' state="hidden"') : tag.replace('<sheet ', '<sheet state="hidden" ');
    workbook = workbook.replace(tag, hidden);
  }
  const at = tags.indexOf(mine);
  const view = `activeTab="${at}" firstSheet="${at}"`;
  workbook = /<workbookView\b/.test(workbook)
    ? workbook.replace(/<workbookView\b[^>]*>/, (v) => v.replace(/\s(activeTab|firstSheet)="\d+"/g, '').replace('<workbookView', `<workbookView ${view}`))
    : workbook.replace('<sheets>', `<bookViews><workbookView ${view}/></bookViews><sheets>`);
  if (opts.columns) {
    const [from, to] = opts.columns.split(':');
    const name = /\sname="([^"]*)"/.exec(mine)![1];
    const area = `<definedName name="_xlnm.Print_Area" localSheetId="${at}">'${name}'!$${from}:$${to}</definedName>`;
    workbook = workbook.includes('<definedNames>') ? workbook.replace('<definedNames>', `<definedNames>${area}`) : workbook.replace('</sheets>', `</sheets><definedNames>${area}</definedNames>`);
  }
  zip.file('xl/workbook.xml', workbook);
  const rid = /\sr:id="([^"]+)"/.exec(mine)![1];
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`))!;
  const target = /Target="([^"]+)"/.exec(rel)![1]!;
  const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  let xml = printOnOneLandscapePage(await zip.file(part)!.async('string'));
  if (opts.tall) xml = xml.replace('fitToHeight="1"', 'fitToHeight="0"');
  if (opts.portrait) xml = xml.replace('orientation="landscape"', 'orientation="portrait"');
  zip.file(part, xml);
  writeFileSync(copy, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** LibreOffice turns the prepared copy into a PDF in `work`, pdftoppm its first `pages` into `work/page-N.png`. */
export function printPages(copy: string, work: string, dpi: number, pages: number): string[] {
  // A private LibreOffice profile: runs in parallel (or beside a desktop LibreOffice) do not clash.
  execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', work, copy], { stdio: 'ignore', timeout: 180_000 });
  const pdf = copy.replace(/\.xlsx$/, '.pdf');
  if (!existsSync(pdf)) throw new Error('LibreOffice did not produce a PDF (is libreoffice-calc installed?)');
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', String(pages), pdf, join(work, 'page')], { timeout: 60_000 });
  return readdirSync(work).filter((f) => /^page-\d+\.png$/.test(f)).sort().map((f) => join(work, f));
}

export async function dashboardPng(workbook: string, out: string, dpi = 140, sheet?: string): Promise<string> {
  if (!existsSync(workbook)) throw new Error(`${workbook} does not exist: run \`npm run demo\` first`);
  const work = mkdtempSync(join(tmpdir(), 'afterdesk-png-'));
  try {
    const copy = join(work, 'dashboard.xlsx');
    copyFileSync(workbook, copy);
    await showOnlyTab(copy, sheet === undefined ? {} : { names: [sheet] });
    const [page] = printPages(copy, work, dpi, 1);
    mkdirSync(dirname(out), { recursive: true });
    copyFileSync(page!, out);
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const valueIndexes = new Set(['--out', '--dpi', '--sheet'].map((n) => args.indexOf(n) + 1).filter((i) => i > 0));
  const out = resolve(option('--out') ?? 'artifacts/dashboard.png');
  const workbook = resolve(args.find((a, i) => !a.startsWith('--') && !valueIndexes.has(i)) ?? 'out/demo.xlsx');
  dashboardPng(workbook, out, Number(option('--dpi') ?? 140), option('--sheet')).then((png) => console.log(png), (err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
