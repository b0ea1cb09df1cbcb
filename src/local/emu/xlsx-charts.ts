/**
 * Draws the emulator's embedded charts into a saved .xlsx as DrawingML charts (exceljs writes none): chart parts
 * with cached values, one drawing per sheet, and the relationships and content types that tie them in. Excel,
 * LibreOffice and Google Sheets (on upload) show them as native charts.
 */
import JSZip from 'jszip';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { columnLetter } from '../../workbook/headers';

export interface XlsxChart {
  sheet: string;
  type: 'line' | 'column' | 'bar' | 'pie';
  title: string;
  /** 0-based top-left of the data (header row included) and its size; first column = categories. */
  data: { r: number; c: number; nr: number; nc: number };
  header: string[];
  categories: string[];
  series: (number | null)[][];
  anchor: { row: number; col: number };
  width: number;
  height: number;
}

const EMU_PER_PX = 9525;
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);


function ref(sheet: string, c: number, r1: number, r2: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$${columnLetter(c)}$${r1 + 1}:$${columnLetter(c)}$${r2 + 1}`;
}

function chartXml(ch: XlsxChart): string {
  const { r, c, nr } = ch.data;
  const n = nr - 1;
  const strCache = (vals: string[]) => `<c:strCache><c:ptCount val="${vals.length}"/>${vals.map((v, i) => `<c:pt idx="${i}"><c:v>${esc(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
  const numCache = (vals: (number | null)[]) => `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${vals.length}"/>${vals.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('')}</c:numCache>`;
  const sers = ch.series.map((vals, k) => {
    const sc = c + 1 + k;
    return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>`
      + `<c:tx><c:strRef><c:f>${esc(ref(ch.sheet, sc, r, r))}</c:f>${strCache([ch.header[k + 1] ?? ''])}</c:strRef></c:tx>`
      + (ch.type === 'line' ? '<c:marker><c:symbol val="circle"/><c:size val="4"/></c:marker>' : '')
      + `<c:cat><c:strRef><c:f>${esc(ref(ch.sheet, c, r + 1, r + n))}</c:f>${strCache(ch.categories)}</c:strRef></c:cat>`
      + `<c:val><c:numRef><c:f>${esc(ref(ch.sheet, sc, r + 1, r + n))}</c:f>${numCache(vals)}</c:numRef></c:val>`
      + (ch.type === 'line' ? '<c:smooth val="0"/>' : '')
      + '</c:ser>';
  }).join('');
  const axes = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const plot = ch.type === 'pie'
    ? `<c:pieChart><c:varyColors val="1"/>${sers}<c:firstSliceAng val="0"/></c:pieChart>`
    : ch.type === 'line'
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${sers}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="${ch.type === 'bar' ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${sers}<c:gapWidth val="80"/>${axes}</c:barChart>`;
  const axesXml = ch.type === 'pie' ? '' : '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
    + `<c:axPos val="${ch.type === 'bar' ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`
    + `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${ch.type === 'bar' ? 'b' : 'l'}"/><c:majorGridlines/>`
    + '<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>`
    + `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="1200" b="1"/><a:t>${esc(ch.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
    + `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${axesXml}</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function drawingXml(charts: XlsxChart[]): string {
  const anchors = charts.map((ch, i) => `<xdr:oneCellAnchor><xdr:from><xdr:col>${ch.anchor.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${ch.anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`
    + `<xdr:ext cx="${ch.width * EMU_PER_PX}" cy="${ch.height * EMU_PER_PX}"/><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
    + `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors}</xdr:wsDr>`;
}

function rels(list: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join('')}</Relationships>`;
}

/** Adds the charts to the workbook file at `path` (rewritten atomically). */
export async function addChartsToXlsx(path: string, charts: XlsxChart[]): Promise<void> {
  if (charts.length === 0) return;
  const zip = await JSZip.loadAsync(readFileSync(path));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  let types = await zip.file('[Content_Types].xml')!.async('string');
  const bySheet = new Map<string, XlsxChart[]>();
  for (const ch of charts) bySheet.set(ch.sheet, [...(bySheet.get(ch.sheet) ?? []), ch]);
  let chartNo = 0;
  let drawingNo = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length;
  for (const [sheet, list] of bySheet) {
    const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${esc(sheet)}"`));
    const rid = sheetTag && /r:id="([^"]+)"/.exec(sheetTag)?.[1];
    const target = rid && new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(wbRels);
    const sheetPath = target ? `xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, '')}` : null;
    if (!sheetPath || !zip.file(sheetPath)) throw new Error(`xlsx charts: sheet ${sheet} not found`);
    let sheetXml = await zip.file(sheetPath)!.async('string');
    if (/<drawing\b/.test(sheetXml)) throw new Error(`xlsx charts: sheet ${sheet} already has a drawing`);
    drawingNo++;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const chartRels = list.map((ch) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(ch));
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      return `../charts/chart${chartNo}.xml`;
    });
    zip.file(drawingPath, drawingXml(list));
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, rels(chartRels.map((t, i) => ({ id: `rId${i + 1}`, type: REL_CHART, target: t }))));
    types = types.replace('</Types>', `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);
    const relsPath = sheetPath.replace(/worksheets\/(sheet\d+\.xml)$/, 'worksheets/_rels/$1.rels');
    const existing = zip.file(relsPath) ? await zip.file(relsPath)!.async('string') : rels([]);
    zip.file(relsPath, existing.replace('</Relationships>', `<Relationship Id="rIdAfterDeskDrawing" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`));
    if (!/xmlns:r=/.test(sheetXml.slice(0, 600))) sheetXml = sheetXml.replace('<worksheet ', `<worksheet xmlns:r="${NS_R}" `);
    const drawingTag = '<drawing r:id="rIdAfterDeskDrawing"/>';
    const before = ['<legacyDrawing', '<legacyDrawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'].find((t) => sheetXml.includes(t))!;
    sheetXml = sheetXml.replace(before, `${drawingTag}${before}`);
    zip.file(sheetPath, sheetXml);
  }
  zip.file('[Content_Types].xml', types);
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  writeFileSync(`${path}.charts.tmp`, out);
  renameSync(`${path}.charts.tmp`, path);
}
