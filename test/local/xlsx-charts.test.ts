/** Native charts drawn into a saved xlsx: package consistency, cached values, exceljs reload, LibreOffice render. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dashboardPng, printOnOneLandscapePage } from '../../scripts/dashboard-png';
import { addChartsToXlsx, parseA1Range, type XlsxChartSpec } from '../../src/local/xlsx-charts';

const OPENED = [5, 7, 6, 9, 4, 8, 10, 3, 6, 7];
const RESOLVED = [4, 6, 7, 8, 5, 7, 9, 4, 5, null]; // the last day is still open: an empty cell, a gap in the line
const REASONS: [string, number][] = [['Wrong item', 12], ['Damaged', 9], ['Late delivery', 7], ['Missing part', 4]];
const SERIAL_2026_11_11 = 46337; // days since 1899-12-30 (Excel's epoch): 2026-11-01 is 46327

/** A Dashboard like the add-on's: a 10-day trend table at B3:D13 and a reason table at B16:C21. */
async function dashboardBook(path: string, opts: { image?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dashboard');
  ws.getCell('B1').value = 'AfterDesk — last 10 days';
  ws.getRow(3).values = [null, 'Day', 'Opened', 'Resolved'];
  OPENED.forEach((n, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(2).value = new Date(Date.UTC(2026, 10, 11 + i));
    row.getCell(2).numFmt = 'dd/mm';
    row.getCell(3).value = n;
    if (RESOLVED[i] !== null) row.getCell(4).value = RESOLVED[i]!;
  });
  ws.getRow(16).values = [null, 'Reason', 'Tickets'];
  REASONS.forEach(([reason, n], i) => { ws.getRow(17 + i).values = [null, reason, n]; });
  ws.getCell('B21').value = 'Other';
  ws.getCell('C21').value = { formula: '2+3', result: 5 }; // a formula cell: its cached result is the value drawn
  ws.getCell('B23').value = { text: 'Help', hyperlink: 'https://example.com/help' }; // an external sheet relationship
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  const other = wb.addWorksheet('Tickets');
  other.getRow(1).values = ['Ticket ID', 'Status'];
  if (opts.image) {
    const png = solidPng(4, 4, [200, 30, 30]);
    ws.addImage(wb.addImage({ buffer: png as never, extension: 'png' }), { tl: { col: 10, row: 0 }, ext: { width: 40, height: 40 } });
  }
  await wb.xlsx.writeFile(path);
}

const CHARTS: XlsxChartSpec[] = [
  { sheet: 'Dashboard', type: 'line', title: 'Tickets per day', range: 'B3:D13', anchor: { row: 3, col: 6 }, width: 520, height: 260 },
  { sheet: 'Dashboard', type: 'column', title: 'Tickets by reason', range: 'B16:C21', anchor: { row: 17, col: 6 }, width: 520, height: 260 },
];

const files = (zip: JSZip) => Object.keys(zip.files).filter((f) => !zip.files[f]!.dir);
const read = (zip: JSZip, f: string) => zip.file(f)!.async('string');

function resolve(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = part.split('/').slice(0, -1);
  for (const seg of target.split('/')) if (seg === '..') out.pop(); else if (seg !== '.') out.push(seg);
  return out.join('/');
}

/** Tags open and close in order (a malformed part is what makes Excel offer to "repair" a file). */
function assertWellFormed(name: string, xml: string): void {
  const stack: string[] = [];
  for (const m of xml.replace(/<\?[\s\S]*?\?>/g, '').matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2]!);
    else expect(stack.pop(), `${name}: </${m[2]}>`).toBe(m[2]);
  }
  expect(stack, `${name}: unclosed`).toEqual([]);
}

/** Every part declared, every declared part present, every relationship target present, every r:id resolved. */
async function assertPackageConsistent(zip: JSZip): Promise<void> {
  const types = await read(zip, '[Content_Types].xml');
  const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase());
  const overrides = [...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]!);
  for (const f of files(zip)) {
    if (f === '[Content_Types].xml') continue;
    expect(overrides.includes(f) || defaults.includes(f.split('.').pop()!.toLowerCase()), `${f} declared`).toBe(true);
  }
  for (const o of overrides) expect(zip.file(o), `override ${o} exists`).not.toBeNull();
  // The xml Default (application/xml) would "declare" anything: charts and drawings need their own type.
  const typeOf = (part: string) => new RegExp(`PartName="/${part}" ContentType="([^"]+)"`).exec(types)?.[1];
  for (const f of files(zip).filter((x) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(x))) {
    expect(typeOf(f), `${f} content type`).toBe(f.includes('/charts/')
      ? 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml' : 'application/vnd.openxmlformats-officedocument.drawing+xml');
  }
  for (const f of files(zip).filter((x) => /\.(xml|rels)$/.test(x))) {
    const xml = await read(zip, f);
    assertWellFormed(f, xml);
    if (f.endsWith('.rels')) {
      const source = f === '_rels/.rels' ? '' : f.replace(/_rels\/([^/]+)\.rels$/, '$1'); // the root rels belong to the package
      for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        if (/TargetMode="External"/.test(m[0])) continue;
        const target = /Target="([^"]+)"/.exec(m[0])![1]!;
        expect(zip.file(resolve(source, target)), `${f} → ${target}`).not.toBeNull();
      }
      const ids = [...xml.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, `${f} ids unique`).toBe(ids.length);
    } else {
      const used = [...xml.matchAll(/\sr:(?:id|embed|link)="([^"]+)"/g)].map((m) => m[1]!);
      const relsXml = await zip.file(f.replace(/([^/]+)$/, '_rels/$1.rels'))?.async('string');
      for (const id of used) expect(relsXml?.includes(`Id="${id}"`), `${f} r:id ${id}`).toBe(true);
    }
  }
}

const pts = (cache: string) => [...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((m) => [Number(m[1]), m[2]!] as const);
const caches = (xml: string, kind: 'numCache' | 'strCache') => [...xml.matchAll(new RegExp(`<c:${kind}>([\\s\\S]*?)</c:${kind}>`, 'g'))].map((m) => m[1]!);

describe('addChartsToXlsx', () => {
  it('draws a line and a column chart with references and cached values read from the cells', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-charts-'));
    const path = join(dir, 'dash.xlsx');
    await dashboardBook(path);
    await addChartsToXlsx(path, CHARTS);
    const zip = await JSZip.loadAsync(readFileSync(path));
    await assertPackageConsistent(zip);
    expect(files(zip).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort()).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml']);

    const line = await read(zip, 'xl/charts/chart1.xml');
    expect(line).toContain('<c:lineChart>');
    expect(line).toContain('<a:t>Tickets per day</a:t>');
    expect(line).toContain('<c:legendPos val="b"/>');
    expect(line).toContain("<c:f>'Dashboard'!$C$3</c:f>");
    expect(line).toContain("<c:f>'Dashboard'!$B$4:$B$13</c:f>");
    expect(line).toContain("<c:f>'Dashboard'!$D$4:$D$13</c:f>");
    expect(caches(line, 'strCache').map((c) => pts(c).map((p) => p[1]))).toEqual([['Opened'], ['Resolved']]);
    const nums = caches(line, 'numCache');
    // Per series: the date categories (kept numeric, with the cells' dd/mm format), then the values.
    expect(nums[0]).toContain('<c:formatCode>dd/mm</c:formatCode>');
    expect(pts(nums[0]!)[0]).toEqual([0, String(SERIAL_2026_11_11)]);
    expect(pts(nums[0]!)[9]).toEqual([9, String(SERIAL_2026_11_11 + 9)]);
    expect(pts(nums[1]!).map((p) => Number(p[1]))).toEqual(OPENED);
    expect(nums[3]).toContain('<c:ptCount val="10"/>');
    expect(pts(nums[3]!)).toEqual(RESOLVED.slice(0, 9).map((n, i) => [i, String(n)])); // no point for the empty cell

    const column = await read(zip, 'xl/charts/chart2.xml');
    expect(column).toContain('<c:barDir val="col"/>');
    expect(caches(column, 'strCache').map((c) => pts(c).map((p) => p[1]))).toEqual([['Tickets'], [...REASONS.map((r) => r[0]), 'Other']]);
    expect(pts(caches(column, 'numCache')[0]!).map((p) => Number(p[1]))).toEqual([12, 9, 7, 4, 5]);

    const sheet = await read(zip, 'xl/worksheets/sheet1.xml');
    expect(sheet.match(/<drawing\b/g)).toHaveLength(1);
    expect(sheet.indexOf('<drawing')).toBeGreaterThan(sheet.indexOf('<pageSetup'));
    expect(sheet.indexOf('<drawing')).toBeGreaterThan(sheet.indexOf('</hyperlinks>'));
    const sheetRels = await read(zip, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(sheetRels).toContain('Target="https://example.com/help" TargetMode="External"'); // hyperlink kept
    const drawing = await read(zip, 'xl/drawings/drawing1.xml');
    expect(drawing.match(/<xdr:graphicFrame\b/g)).toHaveLength(2);
    expect(drawing).toContain('<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>'); // anchor F3
    expect(drawing).toContain(`<xdr:ext cx="${520 * 9525}" cy="${260 * 9525}"/>`);
    expect(await zip.file('xl/worksheets/sheet2.xml')!.async('string')).not.toContain('<drawing');

    // exceljs (which ignores charts) still loads the file, with the cells intact.
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Dashboard', 'Tickets']);
    expect(back.getWorksheet('Dashboard')!.getCell('C13').value).toBe(7);
    expect(back.getWorksheet('Dashboard')!.getCell('B17').value).toBe('Wrong item');
  });

  it('extends the drawing exceljs wrote for an image, and writes bar and pie charts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-charts-'));
    const path = join(dir, 'image.xlsx');
    await dashboardBook(path, { image: true });
    await addChartsToXlsx(path, [
      { ...CHARTS[1]!, type: 'bar', title: 'Bars' },
      { ...CHARTS[1]!, type: 'pie', title: 'Share', anchor: { row: 30, col: 2 } },
      { sheet: 'Tickets', type: 'column', title: 'Empty', range: 'A1:B3', anchor: { row: 5, col: 1 }, width: 200, height: 100 },
    ]);
    const zip = await JSZip.loadAsync(readFileSync(path));
    await assertPackageConsistent(zip);
    expect(files(zip).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).sort()).toEqual(['xl/drawings/drawing1.xml', 'xl/drawings/drawing2.xml']);
    const drawing = await read(zip, 'xl/drawings/drawing1.xml');
    expect(drawing.match(/<xdr:pic>/g)).toHaveLength(1);
    expect(drawing.match(/<xdr:graphicFrame\b/g)).toHaveLength(2);
    const shapeIds = [...drawing.matchAll(/<xdr:cNvPr\b[^>]*\sid="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(shapeIds).size).toBe(3);
    const rels = await read(zip, 'xl/drawings/_rels/drawing1.xml.rels');
    expect(rels).toContain('relationships/image');
    expect(rels.match(/relationships\/chart"/g)).toHaveLength(2);
    expect(await read(zip, 'xl/charts/chart1.xml')).toContain('<c:barDir val="bar"/>');
    const pie = await read(zip, 'xl/charts/chart2.xml');
    expect(pie).toContain('<c:pieChart><c:varyColors val="1"/>');
    expect(pie).not.toContain('<c:catAx>');
    expect(pie.match(/<c:dPt>/g)).toHaveLength(5);
    // A chart over empty cells still has its header row name and counted, point-less caches.
    const empty = await read(zip, 'xl/charts/chart3.xml');
    expect(caches(empty, 'strCache').map((c) => pts(c).map((p) => p[1]))).toEqual([['Status'], ['', '']]);
    expect(await read(zip, 'xl/worksheets/sheet2.xml')).toContain('<drawing r:id="rId1"/>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(path);
    expect(back.worksheets).toHaveLength(2);
  });

  it('rejects a range that is not A1 or has no series, and an unknown sheet', async () => {
    expect(parseA1Range('$D$68:B40')).toEqual({ r1: 40, c1: 2, r2: 68, c2: 4 });
    expect(() => parseA1Range('B40')).toThrow(/not an A1 range/);
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-charts-'));
    const path = join(dir, 'bad.xlsx');
    await dashboardBook(path);
    const before = readFileSync(path);
    await expect(addChartsToXlsx(path, [{ ...CHARTS[0]!, range: 'B3:B13' }])).rejects.toThrow(/needs a header row/);
    await expect(addChartsToXlsx(path, [{ ...CHARTS[0]!, sheet: 'Nope' }])).rejects.toThrow(/"Nope" is not in the workbook/);
    expect(readFileSync(path).equals(before)).toBe(true); // a failed run leaves the file as it was
  });

  it('renders in LibreOffice: the PDF page shows the charts in colour', async () => {
    const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'].find(existsSync);
    if (!soffice) throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-calc poppler-utils (CI installs it)');
    const dir = mkdtempSync(join(tmpdir(), 'afterdesk-charts-lo-'));
    const plain = join(dir, 'plain.xlsx');
    const charted = join(dir, 'charted.xlsx');
    await dashboardBook(plain);
    copyFileSync(plain, charted);
    await addChartsToXlsx(charted, CHARTS);
    // A private profile: parallel runs (and a desktop LibreOffice) do not fight over the default one.
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, plain, charted], { stdio: 'pipe', timeout: 150_000 });
    for (const name of ['plain', 'charted']) {
      expect(existsSync(join(dir, `${name}.pdf`)), `${name}.pdf produced`).toBe(true);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, `${name}.pdf`), join(dir, name)], { timeout: 60_000 });
    }
    const plainPng = decodePng(readFileSync(join(dir, 'plain.png')));
    const chartedPng = decodePng(readFileSync(join(dir, 'charted.png')));
    // The table alone is black on white (plus a blue hyperlink, ~40 px at 60 dpi); the series colours only
    // appear when the charts are drawn (~8800 px: two lines and five columns).
    expect(plainPng.saturated).toBeLessThan(200);
    expect(chartedPng.saturated).toBeGreaterThan(3000);
    expect(chartedPng.colours).toBeGreaterThan(plainPng.colours);

    // scripts/dashboard-png.ts: only the first tab, on one landscape page, charts included.
    const png = await dashboardPng(charted, join(dir, 'out', 'dashboard.png'), 60);
    const decoded = decodePng(readFileSync(png));
    expect(decoded.width).toBeGreaterThan(decoded.height);
    expect(decoded.saturated).toBeGreaterThan(3000);
  }, 200_000);

  it('dashboard-png puts the page setup where the worksheet schema wants it', () => {
    const sheet = '<worksheet xmlns="m"><dimension ref="A1"/><sheetData/><printOptions gridLines="1"/><pageMargins left="1" right="1" top="1" bottom="1" header="1" footer="1"/>'
      + '<pageSetup orientation="portrait" r:id="rId9"/><headerFooter><oddHeader>x</oddHeader></headerFooter><drawing r:id="rId1"/></worksheet>';
    expect(printOnOneLandscapePage(sheet)).toBe('<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns="m">'
      + '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1"/><sheetData/><printOptions gridLines="1"/>'
      + '<pageMargins left="0.3" right="0.3" top="0.4" bottom="0.4" header="0.2" footer="0.2"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="1"/>'
      + '<headerFooter><oddHeader>x</oddHeader></headerFooter><drawing r:id="rId1"/></worksheet>');
    expect(printOnOneLandscapePage('<worksheet><sheetPr><tabColor rgb="FF1A73E8"/></sheetPr><sheetData></sheetData></worksheet>'))
      .toContain('<sheetPr><tabColor rgb="FF1A73E8"/><pageSetUpPr fitToPage="1"/></sheetPr><sheetData></sheetData><pageMargins ');
  });
});

/** Decodes an 8-bit RGB/RGBA PNG (what pdftoppm writes): distinct colours and strongly coloured pixels. */
function decodePng(png: Buffer): { width: number; height: number; colours: number; saturated: number } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, kind] = [png[24], png[25]];
  if (depth !== 8 || (kind !== 2 && kind !== 6)) throw new Error(`unexpected PNG depth ${depth} colour type ${kind}`);
  const bpp = kind === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= bpp ? pixels[y * stride + x - bpp]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? pixels[(y - 1) * stride + x - bpp]! : 0;
      const paeth = () => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const pred = [0, a, b, (a + b) >> 1, filter === 4 ? paeth() : 0][filter]!;
      pixels[y * stride + x] = (v + pred) & 255;
    }
  }
  const seen = new Set<number>();
  let saturated = 0;
  for (let i = 0; i < pixels.length; i += bpp) {
    const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
    seen.add((r << 16) | (g << 8) | b);
    if (Math.max(r, g, b) - Math.min(r, g, b) > 80) saturated++;
  }
  return { width, height, colours: seen.size, saturated };
}

/** A tiny solid-colour RGB PNG for the image case (exceljs needs real image bytes). */
function solidPng(w: number, h: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.concat(Array.from({ length: h }, () => Buffer.from([0, ...Array.from({ length: w }, () => rgb).flat()])));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
