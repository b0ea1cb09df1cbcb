/**
 * Cross-checks the KPI engine against LibreOffice: exports the hand-built fixture to an .xlsx whose helper columns
 * (cohort flag, durations, SLA met, first ticket per customer, repurchase …) and Results sheet compute METRICS.md's
 * figures with IF / COUNTIFS / MINIFS / SUMPRODUCT / AVERAGE / MEDIAN / PERCENTILE.INC formulas, has
 * `soffice --headless` recalculate it (a private profile set to recalculate on load), reads the values back and
 * compares them with computeKpis to 1e-9. Business hours are the one input the formulas take precomputed from the
 * engine's calendar (the calendar itself is checked by hand in the unit tests).
 *
 *   npx tsx scripts/kpi-crosscheck.ts [outDir]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { businessHoursBetween, type BusinessCalendar } from '../src/core/calendar';
import { computeKpis, type KpiResult } from '../src/core/kpi/compute';
import { columnLetter } from '../src/core/kpi/defects';
import type { TicketRow } from '../src/core/kpi/types';
import type { Order } from '../src/core/records';
import type { SlaPolicy } from '../src/core/sla';
import * as fixture from '../test/fixtures/kpi-fixture';

export const TOLERANCE = 1e-9;

export interface CrosscheckFigure { period: string; key: string; engine: number | null; office: number | null; ok: boolean }

interface CrosscheckInput { tickets: TicketRow[]; orders: Order[]; calendar: BusinessCalendar; policy: SlaPolicy; from: string; to: string; utcOffsetHours: number }

// Tickets sheet: raw columns A–W, then formula helpers. Letters are fixed here so the formulas stay readable.
const RAW = ['row', 'ticketId', 'createdAt', 'status', 'priority', 'reason', 'channel', 'assignee', 'sku', 'firstReplyAt', 'resolvedAt', 'waitingHours', 'agentReplies', 'reopens', 'resolution', 'customerId', 'orderId', 'surveySentAt', 'csat', 'csatAt', 'frBusiness', 'resBusiness', 'frTarget', 'resTarget'] as const;
const DAY = 86400000;

/** Helper columns (row 2 written with {r} for the row); each mirrors one clause of METRICS.md. */
const HELPERS: Array<[string, string]> = [
  ['cohort', 'IF(AND(ISNUMBER(C{r}),C{r}>=Start,C{r}<End),1,0)'],
  ['statusKnown', 'IF(AND(Y{r}=1,OR(D{r}="new",D{r}="open",D{r}="waiting",D{r}="resolved",D{r}="closed")),1,0)'],
  ['resolved', 'IF(AND(Z{r}=1,OR(D{r}="resolved",D{r}="closed")),1,0)'],
  ['frHours', 'IF(AND(Y{r}=1,ISNUMBER(J{r})),IF(J{r}>=C{r},(J{r}-C{r})/3600000,""),"")'],
  ['frBus', 'IF(AB{r}="","",U{r})'],
  ['resHours', 'IF(AND(AA{r}=1,ISNUMBER(K{r})),IF(K{r}>=C{r},(K{r}-C{r})/3600000,""),"")'],
  ['resBus', 'IF(AD{r}="","",V{r})'],
  ['wait', 'IF(AE{r}="","",IF(ISTEXT(L{r}),"",IF(OR(N(L{r})<0,N(L{r})>AE{r}+0.01),"",MAX(0,AE{r}-N(L{r})))))'],
  ['slaFirstMet', 'IF(AND(AC{r}<>"",ISNUMBER(W{r})),IF(AC{r}<=W{r}+1E-9,1,0),"")'],
  ['slaResMet', 'IF(AND(AF{r}<>"",ISNUMBER(X{r})),IF(AF{r}<=X{r}+1E-9,1,0),"")'],
  ['oneTouchBase', 'IF(AND(AA{r}=1,NOT(ISTEXT(M{r})),NOT(ISTEXT(N{r})),N(M{r})>=0,N(N{r})>=0),1,0)'],
  ['oneTouch', 'IF(AND(AI{r}=1,N(M{r})=1,N(N{r})=0),1,0)'],
  ['reopenBase', 'IF(AND(AA{r}=1,NOT(ISTEXT(N{r})),N(N{r})>=0),1,0)'],
  ['reopened', 'IF(AND(AK{r}=1,N(N{r})>=1),1,0)'],
  ['csatValid', 'IF(S{r}="",1,IF(AND(ISNUMBER(S{r}),S{r}>=1,S{r}<=5,S{r}=INT(S{r})),1,0))'],
  ['response', 'IF(AND(ISNUMBER(S{r}),AM{r}=1,ISNUMBER(T{r})),IF(AND(T{r}>=Start,T{r}<End),1,0),0)'],
  ['promoter', 'IF(AND(AN{r}=1,S{r}>=4),1,0)'],
  ['csatValue', 'IF(AN{r}=1,S{r},"")'],
  ['surveySent', 'IF(AND(ISNUMBER(R{r}),AM{r}=1),IF(AND(R{r}>=Start,R{r}<End),1,0),0)'],
  ['answered', 'IF(AND(AQ{r}=1,ISNUMBER(S{r})),1,0)'],
  ['returned', 'IF(AND(Y{r}=1,OR(O{r}="refund",O{r}="return_refund"),Q{r}<>""),1,0)'],
  ['returnedDistinct', 'IF(AS{r}=1,IF(COUNTIFS(Q$2:Q{r},Q{r},AS$2:AS{r},1)=1,1,0),0)'],
  ['firstOfCustomer', 'IF(AND(Y{r}=1,P{r}<>""),IF(C{r}=_xlfn.MINIFS(C$2:C$999,P$2:P$999,P{r},Y$2:Y$999,1),1,0),0)'],
  // IF, not AND: AND evaluates every argument, and arithmetic on a text date (a defect row) is #VALUE!.
  ['eligible', `IF(AU{r}=1,IF(C{r}+30*${DAY}<=AsOf,1,0),0)`],
  ['repurchased', `IF(AV{r}=1,IF(COUNTIFS(Orders!C$2:C$999,P{r},Orders!B$2:B$999,">"&C{r},Orders!B$2:B$999,"<="&(C{r}+30*${DAY}))>0,1,0),0)`],
  ['happy', 'IF(AV{r}=1,IF(COUNTIFS(P$2:P$999,P{r},Y$2:Y$999,1,S$2:S$999,">=4",AM$2:AM$999,1)>0,1,0),0)'],
  ['recovered', 'IF(AND(AV{r}=1,OR(AW{r}=1,AX{r}=1)),1,0)'],
];

const COL = Object.fromEntries([...RAW, ...HELPERS.map(([k]) => k)].map((k, i) => [k, columnLetter(i)])) as Record<string, string>;
/** A whole helper or raw column of the Tickets sheet, as the Results sheet refers to it. */
const rng = (key: string) => `Tickets!${COL[key]}$2:${COL[key]}$999`;

/** Figures the formulas express, by JSON key (summaries flattened as key.mean …, groups as key[group].field). */
function resultFormulas(k: KpiResult): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['tickets', `SUM(${rng('cohort')})`],
  ];
  for (const [key, col] of [['first_reply_hours', 'frHours'], ['first_reply_business_hours', 'frBus'], ['resolution_hours', 'resHours'], ['resolution_business_hours', 'resBus'], ['requester_wait_business_hours', 'wait']] as const) {
    out.push([`${key}.mean`, `AVERAGE(${rng(col)})`], [`${key}.median`, `MEDIAN(${rng(col)})`], [`${key}.p90`, `_xlfn.PERCENTILE.INC(${rng(col)},0.9)`], [`${key}.count`, `COUNT(${rng(col)})`]);
  }
  out.push(
    ['resolution_rate', `SUM(${rng('resolved')})/SUM(${rng('statusKnown')})`],
    ['one_touch_rate', `SUM(${rng('oneTouch')})/SUM(${rng('oneTouchBase')})`],
    ['reopen_rate', `SUM(${rng('reopened')})/SUM(${rng('reopenBase')})`],
    ['sla_first_reply_rate', `SUM(${rng('slaFirstMet')})/COUNT(${rng('slaFirstMet')})`],
    ['sla_resolution_rate', `SUM(${rng('slaResMet')})/COUNT(${rng('slaResMet')})`],
    ['csat_percent', `SUM(${rng('promoter')})/SUM(${rng('response')})`],
    ['csat_average', `AVERAGE(${rng('csatValue')})`],
    ['csat_response_rate', `SUM(${rng('answered')})/SUM(${rng('surveySent')})`],
    ['return_rate', `SUM(${rng('returnedDistinct')})/SUM(Orders!E$2:E$999)`],
    ['repurchase_30d_rate', `SUM(${rng('repurchased')})/SUM(${rng('eligible')})`],
    ['recovery_rate', `SUM(${rng('recovered')})/SUM(${rng('eligible')})`],
    ['period.asOf', 'AsOf'],
  );
  // Groups: tickets, resolution rate and CSAT % restricted to each key the engine reports. SUMPRODUCT rather than
  // COUNTIFS: LibreOffice's COUNTIFS criterion "=" does not reliably match empty cells, and blank groups exist.
  const count = (match: string, col: string, test = '=1') => `SUMPRODUCT(${match}*(${rng(col)}${test}))`;
  for (const [by, col] of [['by_reason', 'reason'], ['by_assignee', 'assignee'], ['by_channel', 'channel'], ['by_sku', 'sku']] as const) {
    for (const g of Object.keys(k[by])) {
      const match = `(${rng(col)}="${g === '(blank)' || g === '(unassigned)' ? '' : g}")`;
      out.push(
        [`${by}[${g}].tickets`, count(match, 'cohort')],
        [`${by}[${g}].resolution_rate`, `${count(match, 'resolved')}/${count(match, 'statusKnown')}`],
        [`${by}[${g}].csat_percent`, `${count(match, 'promoter')}/${count(match, 'response')}`],
      );
    }
  }
  for (const p of Object.keys(k.by_priority)) {
    const match = `(${rng('priority')}="${p}")`;
    for (const [key, col] of [['sla_first_reply_rate', 'slaFirstMet'], ['sla_resolution_rate', 'slaResMet']] as const) {
      out.push([`by_priority[${p}].${key}`, `${count(match, col)}/SUMPRODUCT(${match}*ISNUMBER(${rng(col)}))`]);
    }
  }
  return out;
}

/** The engine's value for a flattened key. */
export function engineValue(k: KpiResult, key: string): number | null {
  const m = /^(\w+)\[(.+)\]\.(\w+)$/.exec(key);
  if (m) return ((k as unknown as Record<string, Record<string, Record<string, number | null>>>)[m[1]!]![m[2]!]![m[3]!]) ?? null;
  const [a, b] = key.split('.');
  const v = b ? (k as unknown as Record<string, Record<string, number | null>>)[a!]![b] : (k as unknown as Record<string, number | null>)[a!];
  return v ?? null;
}

/** A cell as the sheet would hold it: numbers, keys, or the bad text a reader issue quoted. */
function cell(tr: TicketRow, field: string, value: unknown): ExcelJS.CellValue {
  const issue = tr.issues.find((i) => i.field === field);
  if (issue) return /"(.*)"/.exec(issue.message)?.[1] ?? 'bad';
  return value === null || value === undefined ? null : (value as ExcelJS.CellValue);
}

export function crosscheckWorkbook(input: CrosscheckInput, k: KpiResult): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const params = wb.addWorksheet('Params');
  // Period bounds from the dates alone with the zone's fixed offset: independent of the engine's zone code.
  params.addRow(['Start', { formula: `(DATEVALUE("${input.from}")-DATE(1970,1,1))*${DAY}-${input.utcOffsetHours}*3600000` }]);
  params.addRow(['End', { formula: `(DATEVALUE("${input.to}")+1-DATE(1970,1,1))*${DAY}-${input.utcOffsetHours}*3600000` }]);
  params.addRow(['AsOf', { formula: 'MAX(Tickets!C$2:C$999,Tickets!J$2:K$999,Tickets!R$2:R$999,Tickets!T$2:T$999,Orders!B$2:B$999)' }]);
  for (const [i, name] of ['Start', 'End', 'AsOf'].entries()) wb.definedNames.add(`Params!$B$${i + 1}`, name);

  const sheet = wb.addWorksheet('Tickets');
  sheet.addRow([...RAW, ...HELPERS.map(([key]) => key)]);
  input.tickets.forEach((tr, i) => {
    const t = tr.ticket;
    const r = i + 2;
    const ok = (at: number | null) => t.createdAt !== null && at !== null && at >= t.createdAt;
    const raw: ExcelJS.CellValue[] = [
      tr.row, t.ticketId, cell(tr, 'createdAt', t.createdAt), cell(tr, 'status', t.status), cell(tr, 'priority', t.priority ?? 'normal'),
      cell(tr, 'reason', t.reason), cell(tr, 'channel', t.channel), t.assignee || null, t.sku || null,
      cell(tr, 'firstReplyAt', t.firstReplyAt), cell(tr, 'resolvedAt', t.resolvedAt), cell(tr, 'waitingHours', t.waitingHours),
      cell(tr, 'agentReplies', t.agentReplies), cell(tr, 'reopens', t.reopens), cell(tr, 'resolution', t.resolution),
      t.customerId || null, t.orderId || null, cell(tr, 'surveySentAt', t.surveySentAt), cell(tr, 'csat', t.csat), cell(tr, 'csatAt', t.csatAt),
      ok(t.firstReplyAt) ? businessHoursBetween(input.calendar, t.createdAt!, t.firstReplyAt!) : null,
      ok(t.resolvedAt) ? businessHoursBetween(input.calendar, t.createdAt!, t.resolvedAt!) : null,
      input.policy.firstReplyHours[t.priority ?? 'normal'], input.policy.resolutionHours[t.priority ?? 'normal'],
    ];
    sheet.addRow([...raw, ...HELPERS.map(([, f]) => ({ formula: f.replace(/\{r\}/g, String(r)) }))]);
  });

  const orders = wb.addWorksheet('Orders');
  orders.addRow(['orderId', 'orderDate', 'customerId', 'inPeriod', 'distinctInPeriod']);
  input.orders.forEach((o, i) => {
    const r = i + 2;
    orders.addRow([o.orderId, o.orderDate, o.customerId, { formula: `IF(AND(ISNUMBER(B${r}),A${r}<>""),IF(AND(B${r}>=Start,B${r}<End),1,0),0)` }, { formula: `IF(D${r}=1,IF(COUNTIFS(A$2:A${r},A${r},D$2:D${r},1)=1,1,0),0)` }]);
  });

  const results = wb.addWorksheet('Results');
  results.addRow(['key', 'value', 'kind']);
  // exceljs drops a cached result of 0 when reading; the kind column says whether B is a number, zero or an error.
  resultFormulas(k).forEach(([key, formula], i) => {
    results.addRow([key, { formula }, { formula: `IF(ISERROR(B${i + 2}),"error",IF(B${i + 2}=0,"zero","number"))` }]);
  });
  return wb;
}

export function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** A private LibreOffice profile that recalculates every formula on load (the default keeps cached results). */
function recalcProfile(dir: string): string {
  const user = join(dir, 'profile', 'user');
  mkdirSync(user, { recursive: true });
  const item = (name: string) => `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="${name}" oor:op="fuse"><value>0</value></prop></item>`;
  writeFileSync(join(user, 'registrymodifications.xcu'), `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n${item('OOXMLRecalcMode')}\n${item('ODFRecalcMode')}\n</oor:items>\n`);
  return pathToFileURL(join(dir, 'profile')).href;
}

function officeNumber(v: ExcelJS.CellValue, kind: ExcelJS.CellValue): number | null {
  const k = kind !== null && typeof kind === 'object' && 'result' in kind ? kind.result : kind;
  if (k === 'error') return null; // #DIV/0! ≙ the engine's null
  if (k === 'zero') return 0;
  const r = v !== null && typeof v === 'object' && 'result' in v ? v.result : v;
  return typeof r === 'number' && Number.isFinite(r) ? r : null;
}

export const PERIODS = [
  { from: '2026-10-05', to: '2026-10-11' },
  { from: '2026-09-14', to: '2026-10-11' },
  { from: '2026-10-07', to: '2026-10-08' },
];

export async function runCrosscheck(outDir = mkdtempSync(join(tmpdir(), 'kpi-crosscheck-'))): Promise<CrosscheckFigure[]> {
  mkdirSync(outDir, { recursive: true });
  const base = { tickets: fixture.tickets, orders: fixture.orders, calendar: fixture.calendar, policy: fixture.policy, utcOffsetHours: 8 };
  const runs = PERIODS.map((p) => ({ ...p, kpis: computeKpis({ ...base, ...p }), file: join(outDir, `kpi-${p.from}_${p.to}.xlsx`) }));
  for (const r of runs) await crosscheckWorkbook({ ...base, ...r }, r.kpis).xlsx.writeFile(r.file);
  const recalculated = join(outDir, 'recalculated');
  execFileSync('soffice', [`-env:UserInstallation=${recalcProfile(outDir)}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', recalculated, ...runs.map((r) => r.file)], { stdio: 'pipe', timeout: 180_000 });
  const out: CrosscheckFigure[] = [];
  for (const r of runs) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(recalculated, r.file.split(/[\\/]/).pop()!));
    const sheet = wb.getWorksheet('Results')!;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const key = String(row.getCell(1).value);
      const office = officeNumber(row.getCell(2).value, row.getCell(3).value);
      const engine = engineValue(r.kpis, key);
      const ok = engine === null || office === null ? engine === office : Math.abs(engine - office) <= TOLERANCE * Math.max(1, Math.abs(engine) / 1e6);
      out.push({ period: `${r.from}…${r.to}`, key, engine, office, ok });
    });
  }
  return out;
}

async function main(): Promise<void> {
  if (!hasSoffice()) {
    console.error('soffice (LibreOffice) is not installed: nothing to cross-check.');
    process.exit(2);
  }
  const figures = await runCrosscheck(process.argv[2] ?? undefined);
  console.table(figures.map((f) => ({ period: f.period, key: f.key, engine: f.engine, libreoffice: f.office, ok: f.ok ? 'yes' : 'NO' })));
  const bad = figures.filter((f) => !f.ok);
  console.log(`${figures.length - bad.length}/${figures.length} figures agree to ${TOLERANCE}.`);
  if (bad.length > 0) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
