/**
 * Post-processes a saved .xlsx to draw native DrawingML charts into it (exceljs writes none): chart parts whose
 * series point at cell ranges and carry cached values read from those cells (so viewers that do not recalculate,
 * and PDF export, still show data), a drawing per sheet (extended if exceljs already wrote one for images), and
 * the relationships, <drawing> element and content types that tie them in. Pure Node, no network.
 */
import JSZip from 'jszip';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

export interface XlsxChartSpec {
  sheet: string;
  type: 'line' | 'column' | 'bar' | 'pie';
  title: string;
  /** A1 range on `sheet`: first column = categories, other columns = series, first row = series names. */
  range: string;
  /** 1-based top-left cell where the chart is placed. */
  anchor: { row: number; col: number };
  width: number;
  height: number;
}

const EMU_PER_PX = 9525;
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const NS_PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
/** Distinct, print-friendly series colours (the Dashboard reads in colour and in greyscale). */
const PALETTE = ['1F77B4', 'FF7F0E', '2CA02C', 'D62728', '9467BD', '8C564B', 'E377C2', '17BECF'];
/** Built-in number formats a category cell may carry (ECMA-376 §18.8.30); custom ones come from styles.xml. */
const BUILTIN_FORMATS: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 14: 'm/d/yyyy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 22: 'm/d/yyyy h:mm' };

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const unesc = (s: string) => s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
    : ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' } as Record<string, string>)[e.toLowerCase()]!);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 'B40:D68' → 1-based bounds. */
export function parseA1Range(range: string): { r1: number; c1: number; r2: number; c2: number } {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/i.exec(range.trim());
  if (!m) throw new Error(`xlsx charts: "${range}" is not an A1 range like B40:D68`);
  const [a, b] = [[columnNumber(m[1]!), Number(m[2])], [columnNumber(m[3]!), Number(m[4])]] as const;
  return { c1: Math.min(a[0], b[0]), r1: Math.min(a[1], b[1]), c2: Math.max(a[0], b[0]), r2: Math.max(a[1], b[1]) };
}

/** The value a viewer would show without recalculating: the cell's cached text or number. */
interface CachedCell { text: string; num: number | null; style: number }

/** Reads the cells of one sheet XML that fall inside the bounds (formula cells give their cached result). */
function readCells(sheetXml: string, shared: string[], b: ReturnType<typeof parseA1Range>): Map<string, CachedCell> {
  const cells = new Map<string, CachedCell>();
  for (const m of sheetXml.matchAll(/<c(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const tag = m[1] ?? '';
    const at = /^([A-Z]+)(\d+)$/.exec(attr(tag, 'r') ?? '');
    if (!at) continue;
    const col = columnNumber(at[1]!);
    const row = Number(at[2]);
    if (row < b.r1 || row > b.r2 || col < b.c1 || col > b.c2) continue;
    const body = m[2] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const type = attr(tag, 't') ?? 'n';
    const style = Number(attr(tag, 's') ?? 0);
    let text = v === undefined ? '' : unesc(v);
    if (type === 's') text = shared[Number(v)] ?? '';
    if (type === 'inlineStr') text = [...body.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unesc(t[1]!)).join('');
    if (type === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
    const num = type === 'n' && v !== undefined && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null;
    cells.set(`${row}:${col}`, { text, num, style });
  }
  return cells;
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((si) =>
    [...si[1]!.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((t) => unesc(t[1]!)).join(''));
}

/** Number format code of each cellXfs entry, so date categories keep their look (e.g. dd/mm) on the axis. */
function styleFormats(xml: string | null): string[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) custom.set(Number(attr(m[0], 'numFmtId')), unesc(attr(m[0], 'formatCode') ?? 'General'));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
  });
}

interface ChartData { header: string[]; categories: CachedCell[]; series: (number | null)[][]; catFormat: string | null }

function chartData(spec: XlsxChartSpec, cells: Map<string, CachedCell>, formats: string[]): ChartData {
  const b = parseA1Range(spec.range);
  if (b.r2 <= b.r1 || b.c2 <= b.c1) throw new Error(`xlsx charts: ${spec.range} needs a header row, a category column and a series`);
  const cell = (r: number, c: number): CachedCell => cells.get(`${r}:${c}`) ?? { text: '', num: null, style: 0 };
  const rows = Array.from({ length: b.r2 - b.r1 }, (_, i) => b.r1 + 1 + i);
  const categories = rows.map((r) => cell(r, b.c1));
  const filled = categories.filter((c) => c.text !== '');
  // Numeric categories (dates are serial numbers) stay numbers with their format; anything else is text.
  const numeric = filled.length > 0 && filled.every((c) => c.num !== null);
  return {
    header: Array.from({ length: b.c2 - b.c1 + 1 }, (_, k) => cell(b.r1, b.c1 + k).text),
    categories,
    series: Array.from({ length: b.c2 - b.c1 }, (_, k) => rows.map((r) => cell(r, b.c1 + 1 + k).num)),
    catFormat: numeric ? formats[filled[0]!.style] ?? 'General' : null,
  };
}

function ref(sheet: string, col: number, r1: number, r2: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetters(col)}$${r1}${r2 === r1 ? '' : `:$${columnLetters(col)}$${r2}`}`;
}
const strCache = (vals: string[]) => `<c:strCache><c:ptCount val="${vals.length}"/>${vals.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
const numCache = (format: string, vals: (number | null)[]) => `<c:numCache><c:formatCode>${esc(format)}</c:formatCode><c:ptCount val="${vals.length}"/>`
  + `${vals.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('')}</c:numCache>`;
const solid = (rgb: string) => `<a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill>`;
const rich = (text: string, size: number, bold: boolean) => `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>`
  + `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich>`;

/** The c:chartSpace part for one spec. Exported for tests that check the XML without a zip. */
export function chartXml(spec: XlsxChartSpec, data: ChartData): string {
  const b = parseA1Range(spec.range);
  const [first, last] = [b.r1 + 1, b.r2];
  const cat = data.catFormat === null
    ? `<c:cat><c:strRef><c:f>${esc(ref(spec.sheet, b.c1, first, last))}</c:f>${strCache(data.categories.map((c) => c.text))}</c:strRef></c:cat>`
    : `<c:cat><c:numRef><c:f>${esc(ref(spec.sheet, b.c1, first, last))}</c:f>${numCache(data.catFormat, data.categories.map((c) => c.num))}</c:numRef></c:cat>`;
  const pie = spec.type === 'pie';
  const sers = data.series.map((vals, k) => {
    const col = b.c1 + 1 + k;
    const colour = PALETTE[k % PALETTE.length]!;
    const look = spec.type === 'line'
      ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${solid(colour)}</c:spPr></c:marker>`
      : pie ? '' : `<c:spPr>${solid(colour)}</c:spPr><c:invertIfNegative val="0"/>`;
    // A pie varies colour per slice: give each data point its own palette colour.
    const points = pie ? vals.map((_, i) => `<c:dPt><c:idx val="${i}"/><c:bubble3D val="0"/><c:spPr>${solid(PALETTE[i % PALETTE.length]!)}</c:spPr></c:dPt>`).join('') : '';
    return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>`
      + `<c:tx><c:strRef><c:f>${esc(ref(spec.sheet, col, b.r1, b.r1))}</c:f>${strCache([data.header[k + 1] ?? ''])}</c:strRef></c:tx>`
      + `${look}${points}${cat}<c:val><c:numRef><c:f>${esc(ref(spec.sheet, col, first, last))}</c:f>${numCache('General', vals)}</c:numRef></c:val>`
      + (spec.type === 'line' ? '<c:smooth val="0"/>' : '') + '</c:ser>';
  }).join('');
  const axIds = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const plot = pie
    ? `<c:pieChart><c:varyColors val="1"/>${sers}<c:firstSliceAng val="0"/></c:pieChart>`
    : spec.type === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axIds}</c:lineChart>`
      : `<c:barChart><c:barDir val="${spec.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}<c:gapWidth val="80"/>${axIds}</c:barChart>`;
  const horizontal = spec.type === 'bar';
  const catFmt = data.catFormat === null ? 'General' : data.catFormat;
  const axes = pie ? '' : '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
    + `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="${esc(catFmt)}" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`
    + '<c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    + `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>`
    + '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>'
    + '<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>`
    + `<c:chart><c:title><c:tx>${rich(spec.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
    + `<c:plotArea><c:layout/>${plot}${axes}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>`
    + `<c:spPr>${solid('FFFFFF')}<a:ln w="9525"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr></c:chartSpace>`;
}

function anchorXml(spec: XlsxChartSpec, shapeId: number, relId: string): string {
  return `<xdr:oneCellAnchor><xdr:from><xdr:col>${spec.anchor.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${spec.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`
    + `<xdr:ext cx="${Math.round(spec.width * EMU_PER_PX)}" cy="${Math.round(spec.height * EMU_PER_PX)}"/>`
    + `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${esc(spec.title || `Chart ${shapeId}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">`
    + `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`;
}

interface Rel { id: string; type: string; target: string; external?: boolean }
function parseRels(xml: string | null): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], 'Id')!, type: attr(m[0], 'Type')!, target: unesc(attr(m[0], 'Target')!), external: attr(m[0], 'TargetMode') === 'External',
  }));
}
function relsXml(list: Rel[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_RELS}">`
    + `${list.map((r) => `<Relationship Id="${esc(r.id)}" Type="${esc(r.type)}" Target="${esc(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;
}
const relsPathOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');
/** A relationship target is relative to the folder of the part that owns it (or absolute from the root). */
function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const out = part.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}
const freshId = (taken: Rel[]) => {
  let n = taken.length + 1;
  while (taken.some((r) => r.id === `rId${n}`)) n++;
  return `rId${n}`;
};
const nextNumber = (zip: JSZip, pattern: RegExp) => Math.max(0, ...Object.keys(zip.files).map((f) => Number(pattern.exec(f)?.[1] ?? 0))) + 1;

/** Elements CT_Worksheet allows after <drawing>; <drawing> goes before the first of them present at top level. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function insertDrawingElement(sheetXml: string, relId: string): string {
  // Nested extLst elements can sit inside earlier siblings (conditional formats): only look past the last of
  // the elements that precede <drawing> in the schema sequence.
  const closers = ['</sheetData>', '<sheetData/>', '</mergeCells>', '</conditionalFormatting>', '</dataValidations>', '</hyperlinks>', '<printOptions', '<pageMargins', '<pageSetup', '</headerFooter>', '</rowBreaks>', '</colBreaks>', '</ignoredErrors>'];
  const from = Math.max(0, ...closers.map((c) => sheetXml.lastIndexOf(c)));
  const rest = sheetXml.slice(from);
  const follower = new RegExp(`<(?:${AFTER_DRAWING.join('|')})[\\s/>]|</worksheet>`).exec(rest);
  if (!follower) throw new Error('xlsx charts: malformed worksheet XML (no </worksheet>)');
  const at = from + follower.index;
  let xml = `${sheetXml.slice(0, at)}<drawing r:id="${relId}"/>${sheetXml.slice(at)}`;
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  return xml;
}

function addOverride(types: string, part: string, contentType: string): string {
  if (types.includes(`PartName="/${part}"`)) return types;
  return types.replace('</Types>', `<Override PartName="/${part}" ContentType="${contentType}"/></Types>`);
}

async function text(zip: JSZip, part: string): Promise<string | null> {
  const f = zip.file(part);
  return f ? f.async('string') : null;
}

/** Finds the worksheet part of a sheet by its tab name, via workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const workbook = (await text(zip, 'xl/workbook.xml')) ?? '';
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => unesc(attr(t, 'name') ?? '') === sheet);
  const rid = tag && attr(tag, 'r:id');
  const rel = parseRels(await text(zip, 'xl/_rels/workbook.xml.rels')).find((r) => r.id === rid);
  const part = rel && resolveTarget('xl/workbook.xml', rel.target);
  if (!part || !zip.file(part)) throw new Error(`xlsx charts: sheet "${sheet}" is not in the workbook`);
  return part;
}

/** Draws the charts into the workbook file at `path`, rewriting it atomically (temp file, then rename). */
export async function addChartsToXlsx(path: string, charts: XlsxChartSpec[]): Promise<void> {
  if (charts.length === 0) return;
  const zip = await JSZip.loadAsync(readFileSync(path));
  const shared = sharedStrings(await text(zip, 'xl/sharedStrings.xml'));
  const formats = styleFormats(await text(zip, 'xl/styles.xml'));
  let types = (await text(zip, '[Content_Types].xml'))!;
  const bySheet = new Map<string, XlsxChartSpec[]>();
  for (const ch of charts) bySheet.set(ch.sheet, [...(bySheet.get(ch.sheet) ?? []), ch]);
  let chartNo = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);

  for (const [sheet, specs] of bySheet) {
    const part = await sheetPart(zip, sheet);
    let sheetXml = (await text(zip, part))!;
    const sheetRelsPath = relsPathOf(part);
    const sheetRels = parseRels(await text(zip, sheetRelsPath));
    // exceljs writes a drawing for images; charts join it, since a sheet may reference only one drawing.
    const drawingRid = /<drawing\b[^>]*\sr:id="([^"]+)"/.exec(sheetXml)?.[1];
    const existingRel = drawingRid ? sheetRels.find((r) => r.id === drawingRid) : undefined;
    let drawingPart: string;
    if (existingRel) {
      drawingPart = resolveTarget(part, existingRel.target);
    } else {
      drawingPart = `xl/drawings/drawing${nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/)}.xml`;
      const rel = { id: freshId(sheetRels), type: REL_DRAWING, target: `../drawings/${drawingPart.split('/').pop()}` };
      zip.file(sheetRelsPath, relsXml([...sheetRels, rel]));
      sheetXml = insertDrawingElement(sheetXml, rel.id);
      zip.file(part, sheetXml);
    }
    let drawing = (await text(zip, drawingPart)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"></xdr:wsDr>`;
    const drawingRelsPath = relsPathOf(drawingPart);
    const drawingRels = parseRels(await text(zip, drawingRelsPath));
    let shapeId = Math.max(0, ...[...drawing.matchAll(/<xdr:cNvPr\b[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    const b = specs.map((s) => parseA1Range(s.range));
    const cells = readCells(sheetXml, shared, { r1: Math.min(...b.map((x) => x.r1)), c1: Math.min(...b.map((x) => x.c1)), r2: Math.max(...b.map((x) => x.r2)), c2: Math.max(...b.map((x) => x.c2)) });
    const anchors: string[] = [];
    for (const spec of specs) {
      const chartPart = `xl/charts/chart${chartNo++}.xml`;
      zip.file(chartPart, chartXml(spec, chartData(spec, cells, formats)));
      types = addOverride(types, chartPart, CT_CHART);
      const rel = { id: freshId(drawingRels), type: REL_CHART, target: `../charts/${chartPart.split('/').pop()}` };
      drawingRels.push(rel);
      anchors.push(anchorXml(spec, shapeId++, rel.id));
    }
    if (!/<xdr:wsDr\b[^>]*\sxmlns:a=/.test(drawing)) drawing = drawing.replace(/<xdr:wsDr\b/, `<xdr:wsDr xmlns:a="${NS_A}"`);
    drawing = drawing.replace(/<\/xdr:wsDr>\s*$/, `${anchors.join('')}</xdr:wsDr>`);
    zip.file(drawingPart, drawing);
    zip.file(drawingRelsPath, relsXml(drawingRels));
    types = addOverride(types, drawingPart, CT_DRAWING);
  }
  zip.file('[Content_Types].xml', types);
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const tmp = `${path}.charts-${process.pid}.tmp`;
  writeFileSync(tmp, out);
  renameSync(tmp, path);
}
