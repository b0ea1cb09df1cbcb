/**
 * .xlsx persistence with exceljs: cells (date-times as real date cells showing wall time in the workbook zone),
 * formulas, number formats ('@' keeps IDs as text), styles, widths, frozen rows, validation lists, merges, notes,
 * conditional formats, hidden sheets and tab colours. What a cell cannot hold (properties, triggers, mail quota,
 * forms, range protections, charts) goes to `<path>.state.json`. Saves are atomic: temp file, then rename.
 */
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { localParts, zonedTimeToUtc } from '../../core/time';
import { colLetters, parseA1 } from './a1';
import { createGasEnvironment, type GasEnvironment, type GasOptions } from './index';
import type { SheetData, ValidationRule } from './sheet-data';
import { addChartsToXlsx, type XlsxChartSpec } from '../xlsx-charts';
import { DateCell, type CellValue } from './values';
import { BIG_CELLS, patchBigSheets, sampleCells } from './xlsx-fast';
import { readCache, writeCache } from './xlsx-cache';
import { ERROR_TEXT } from './formulas';
import { filterA1 } from './filter';

interface SheetState {
  name: string;
  protections: SheetData['protections'];
  charts: SheetData['charts'];
  conditional: SheetData['conditional'];
  validations: SheetData['validations'];
  maxRows: number;
  maxCols: number;
}

export interface WorkbookState {
  version: 1;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  properties: GasEnvironment['properties'];
  triggers: GasEnvironment['triggers'];
  mail: { quota: number; usedToday: number; day: string; sent: number; quotaSet?: boolean };
  /** Google accounts: the spreadsheet's owner, each account's declined scopes and mail used today. */
  accounts?: ReturnType<GasEnvironment['accounts']['toJSON']>;
  forms: GasEnvironment['forms']['list'];
  sheets: SheetState[];
}

const argb = (hex: string | undefined) => (hex ? `FF${hex.replace('#', '').toUpperCase().padStart(6, '0').slice(-6)}` : undefined);
const hex = (a: string | undefined) => (a && a.length >= 6 ? `#${a.slice(-6).toLowerCase()}` : undefined);

function wallDate(ms: number, tz: string): Date {
  const p = localParts(tz, ms);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms % 1000));
}

function fromWall(d: Date, tz: string): number {
  return zonedTimeToUtc(tz, d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()) + d.getUTCMilliseconds();
}

/** A formula's cached result as exceljs reads it → a cell value. */
function cachedResult(result: unknown, tz: string): CellValue {
  if (result instanceof Date) return new DateCell(fromWall(result, tz));
  if (result && typeof result === 'object' && 'error' in (result as object)) return String((result as { error: unknown }).error);
  return typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' ? result : '';
}

/** A formula's current result as the file caches it, so viewers that do not recalculate show it. */
function resultForFile(v: CellValue, tz: string): ExcelJS.CellFormulaValue['result'] {
  if (v instanceof DateCell) return wallDate(v.ms, tz);
  if (typeof v === 'string' && ERROR_TEXT.test(v)) return { error: v as ExcelJS.CellErrorValue['error'] };
  return v === '' ? undefined : v;
}

function listFormula(rule: ValidationRule): string | null {
  const text = `"${rule.values.map((v) => v.replace(/"/g, '""').replace(/,/g, ' ')).join(',')}"`;
  return text.length <= 255 ? text : null;
}

export async function saveWorkbook(env: GasEnvironment, path: string, fast = true): Promise<void> {
  const tz = env.emu.timeZone;
  const wb = new ExcelJS.Workbook();
  const big: { id: number; data: SheetData; sample: { r: number; c: number }[] }[] = [];
  wb.creator = 'AfterDesk';
  for (const s of env.emu.book.sheets) {
    const ws = wb.addWorksheet(s.name, {
      state: s.hidden ? 'hidden' : 'visible',
      ...(s.tabColor ? { properties: { tabColor: { argb: argb(s.tabColor)! } } } : {}),
      views: s.frozenRows || s.frozenCols ? [{ state: 'frozen', ySplit: s.frozenRows, xSplit: s.frozenCols }] : [],
    });
    for (const [c, w] of s.colWidths) ws.getColumn(c + 1).width = Math.max(4, w / 7);
    // Printing (and PDF/PNG export): landscape, as wide as the page; a sheet with charts (the Dashboard) on one page.
    ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: s.charts.length ? 1 : 0, paperSize: 9, margins: { left: 0.3, right: 0.3, top: 0.4, bottom: 0.4, header: 0.2, footer: 0.2 } };
    const writeCell = (r: number, c: number) => {
      const v: CellValue = s.values[r]?.[c] ?? '';
      const f = s.formula(r, c);
      const fmt = s.format(r, c);
      const style = s.style(r, c);
      const note = s.note(r, c);
      if (v === '' && !f && !fmt && !style && !note) return;
      const cell = ws.getCell(r + 1, c + 1);
      if (f) cell.value = { formula: f.slice(1), result: resultForFile(env.emu.formulaResult(s, r, c), tz) } as ExcelJS.CellFormulaValue;
      else if (v instanceof DateCell) cell.value = wallDate(v.ms, tz);
      else if (v !== '') cell.value = v;
      if (fmt) cell.numFmt = fmt;
      else if (v instanceof DateCell) cell.numFmt = 'yyyy-mm-dd hh:mm';
      if (style) {
        if (style.bold || style.fontColor || style.fontSize) cell.font = { ...(style.bold ? { bold: true } : {}), ...(style.fontColor ? { color: { argb: argb(style.fontColor)! } } : {}), ...(style.fontSize ? { size: style.fontSize } : {}) };
        if (style.background) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.background)! } };
        if (style.wrap || style.align) cell.alignment = { ...(style.wrap ? { wrapText: true } : {}), ...(style.align ? { horizontal: style.align as 'left' } : {}) };
      }
      if (note) cell.note = note;
    };
    const rows = Math.max(s.values.length, s.formats.length);
    // A big tab: exceljs writes one cell of each look; its rows are written as text afterwards (xlsx-fast.ts).
    if (fast && rows * Math.max(s.values[0]?.length ?? 0, 1) > BIG_CELLS) {
      const sample = sampleCells(s);
      for (const { r, c } of sample) writeCell(r, c);
      big.push({ id: ws.id, data: s, sample });
    } else {
      for (let r = 0; r < rows; r++) {
        const width = Math.max(s.values[r]?.length ?? 0, s.formats[r]?.length ?? 0);
        for (let c = 0; c < width; c++) writeCell(r, c);
      }
    }
    for (const m of s.merges) ws.mergeCells(m.r + 1, m.c + 1, m.r + m.nr, m.c + m.nc);
    if (s.filter) ws.autoFilter = filterA1(s.filter);
    for (const v of s.validations) {
      if (!v.rule || v.rule.kind !== 'list') continue;
      const formula = listFormula(v.rule);
      if (!formula) continue;
      const ref = `${colLetters(v.c)}${v.r + 1}:${colLetters(v.c + v.nc - 1)}${v.r + v.nr}`;
      (ws as unknown as { dataValidations: { add(ref: string, v: unknown): void } }).dataValidations.add(ref, {
        type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: !v.rule.allowInvalid, errorStyle: v.rule.allowInvalid ? 'warning' : 'stop', promptTitle: '', prompt: v.rule.helpText,
      });
    }
    for (const rule of s.conditional) {
      for (const rg of rule.ranges) {
        ws.addConditionalFormatting({
          ref: `${colLetters(rg.c)}${rg.r + 1}:${colLetters(rg.c + rg.nc - 1)}${rg.r + rg.nr}`,
          rules: [{ type: 'expression', priority: 1, formulae: [rule.formula.replace(/^=/, '')], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.background ?? '#ffffff')! } }, ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor)! } } } : {}) } }],
        });
      }
    }
  }
  const tmp = `${path}.tmp`;
  await wb.xlsx.writeFile(tmp);
  await addChartsToXlsx(tmp, chartSpecs(env));
  if (big.length && !(await patchBigSheets(tmp, big, (ms) => wallDate(ms, tz).getTime() / 86_400_000 + 25_569))) {
    return saveWorkbook(env, path, false);
  }
  renameSync(tmp, path);
  const state: WorkbookState = {
    version: 1,
    id: env.emu.book.id,
    name: env.emu.book.name,
    timeZone: tz,
    locale: env.emu.locale,
    properties: env.properties,
    triggers: env.triggers,
    mail: { quota: env.mail.quota, usedToday: env.mail.usedToday, day: env.mail.day, sent: env.mail.outbox.length, quotaSet: Boolean(env.mail.quotaSet) },
    accounts: env.accounts.toJSON(),
    forms: env.forms.list,
    sheets: env.emu.book.sheets.map((s) => ({ name: s.name, protections: s.protections, charts: s.charts, conditional: s.conditional, validations: s.validations, maxRows: s.maxRows, maxCols: s.maxCols })),
  };
  writeFileSync(`${path}.state.json.tmp`, JSON.stringify(state, null, 1));
  renameSync(`${path}.state.json.tmp`, `${path}.state.json`);
  writeCache(path, env.emu.book.sheets);
}

export async function loadWorkbook(path: string, opts: GasOptions = {}): Promise<GasEnvironment> {
  const statePath = `${path}.state.json`;
  const state: WorkbookState | null = existsSync(statePath) ? (JSON.parse(readFileSync(statePath, 'utf8')) as WorkbookState) : null;
  const cached = readCache(path);
  const wb = new ExcelJS.Workbook();
  if (!cached) await wb.xlsx.readFile(path);
  const env = createGasEnvironment({ ...opts, timeZone: state?.timeZone ?? opts.timeZone, spreadsheetName: state?.name ?? opts.spreadsheetName, ...(state?.mail.quotaSet ? { mailQuota: state.mail.quota } : {}) });
  const tz = env.emu.timeZone;
  const book = env.emu.book;
  if (state) {
    book.id = state.id;
    Object.assign(env.properties, state.properties);
    env.triggers.push(...state.triggers);
    env.mail.usedToday = state.mail.usedToday;
    env.mail.day = state.mail.day;
    env.forms.list.push(...state.forms);
    env.accounts.restore(state.accounts);
  }
  book.sheets = [];
  if (cached) {
    book.sheets = cached;
    (book as unknown as { nextId: number }).nextId = Math.max(0, ...cached.map((x) => x.id + 1));
    return env;
  }
  wb.eachSheet((ws) => {
    const s = book.addSheet(ws.name);
    const st = state?.sheets.find((x) => x.name === ws.name);
    s.hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
    const tab = (ws.properties as { tabColor?: { argb?: string } }).tabColor?.argb;
    if (tab) s.tabColor = hex(tab) ?? null;
    const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
    if (view?.state === 'frozen') {
      s.frozenRows = view.ySplit ?? 0;
      s.frozenCols = view.xSplit ?? 0;
    }
    ws.columns?.forEach((col, i) => {
      if (col.width) s.colWidths.set(i, Math.round(col.width * 7));
    });
    ws.eachRow({ includeEmpty: true }, (row, rn) => {
      row.eachCell({ includeEmpty: true }, (cell, cn) => {
        const r = rn - 1;
        const c = cn - 1;
        const v = cell.value as unknown;
        if (cell.numFmt) s.setFormat(r, c, cell.numFmt);
        if (v && typeof v === 'object' && ('formula' in (v as object) || 'sharedFormula' in (v as object))) {
          // Google Sheets and Excel save each formula's last result beside it: keep it as the cached value.
          s.set(r, c, cachedResult((v as { result?: unknown }).result, tz), `=${cell.formula}`);
        }
        else if (v instanceof Date) s.set(r, c, new DateCell(fromWall(v, tz)), '');
        else if (v && typeof v === 'object' && 'richText' in (v as object)) s.set(r, c, (v as { richText: { text: string }[] }).richText.map((t) => t.text).join(''), '');
        else if (v && typeof v === 'object' && 'text' in (v as object)) s.set(r, c, String((v as { text: unknown }).text), '');
        else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') s.set(r, c, v, '');
        const font = cell.font ?? {};
        const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
        if (font.bold || font.color?.argb || fill?.fgColor?.argb || cell.alignment?.wrapText) {
          s.setStyle(r, c, { ...(font.bold ? { bold: true } : {}), ...(font.color?.argb ? { fontColor: hex(font.color.argb) } : {}), ...(font.size && font.size !== 11 ? { fontSize: font.size } : {}), ...(fill?.fgColor?.argb ? { background: hex(fill.fgColor.argb) } : {}), ...(cell.alignment?.wrapText ? { wrap: true } : {}) });
        }
        if (cell.note) s.setNote(r, c, typeof cell.note === 'string' ? cell.note : ((cell.note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join(''));
      });
    });
    const autoFilter = ws.autoFilter as unknown;
    if (typeof autoFilter === 'string' && autoFilter) {
      const b = parseA1(autoFilter);
      s.filter = { r: b.r1 ?? 0, c: b.c1 ?? 0, nr: (b.r2 ?? b.r1 ?? 0) - (b.r1 ?? 0) + 1, nc: (b.c2 ?? b.c1 ?? 0) - (b.c1 ?? 0) + 1 };
    }
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    for (const m of merges) {
      const b = parseA1(m);
      s.merges.push({ r: b.r1!, c: b.c1!, nr: b.r2! - b.r1! + 1, nc: b.c2! - b.c1! + 1 });
    }
    if (st) {
      s.protections = st.protections;
      s.charts = st.charts;
      s.conditional = st.conditional;
      s.validations = st.validations;
      s.maxRows = Math.max(st.maxRows, s.maxRows);
      s.maxCols = Math.max(st.maxCols, s.maxCols);
    } else {
      const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: string[]; showErrorMessage?: boolean; prompt?: string }> } }).dataValidations.model;
      for (const [ref, v] of Object.entries(dv)) {
        if (v.type !== 'list' || !v.formulae?.[0]) continue;
        const values = v.formulae[0].replace(/^"|"$/g, '').split(',');
        for (const part of ref.split(' ')) {
          const b = parseA1(part);
          s.validations.push({ r: b.r1 ?? 1, c: b.c1 ?? 0, nr: (b.r2 ?? b.r1 ?? 1) - (b.r1 ?? 1) + 1, nc: (b.c2 ?? b.c1 ?? 0) - (b.c1 ?? 0) + 1, rule: { kind: 'list', values, allowInvalid: !v.showErrorMessage, helpText: v.prompt ?? '' } });
        }
      }
    }
  });
  if (book.sheets.length === 0) book.addSheet('Sheet1');
  writeCache(path, book.sheets);
  return env;
}

/** Writes each message not yet written as one .eml file into `dir` (named by time and subject). */
export function writeOutbox(env: GasEnvironment, dir: string, alreadyWritten = 0): number {
  const fresh = env.outbox.slice(alreadyWritten);
  if (fresh.length === 0) return 0;
  mkdirSync(dir, { recursive: true });
  fresh.forEach((m, i) => {
    const stamp = new Date(m.at).toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const slug = m.subject.replace(/[^\w\u4e00-\u9fff]+/g, '-').replace(/^-|-$/g, '').slice(0, 50) || 'mail';
    writeFileSync(`${dir}/${stamp}-${String(alreadyWritten + i + 1).padStart(4, '0')}-${slug}.eml`, env.toEml(m));
  });
  return fresh.length;
}

/** The embedded charts of every sheet, as the chart writer takes them (it reads the data from the saved cells). */
function chartSpecs(env: GasEnvironment): XlsxChartSpec[] {
  const types: Record<string, XlsxChartSpec['type']> = { LINE: 'line', COLUMN: 'column', BAR: 'bar', PIE: 'pie' };
  return env.emu.book.sheets.flatMap((s) =>
    s.charts.filter((ch) => ch.ranges[0] && types[ch.type]).map((ch) => {
      const d = ch.ranges[0]!;
      return {
        sheet: s.name,
        type: types[ch.type]!,
        title: String(ch.options['title'] ?? ''),
        range: `${colLetters(d.c)}${d.r + 1}:${colLetters(d.c + d.nc - 1)}${d.r + d.nr}`,
        anchor: ch.anchor,
        width: Number(ch.options['width'] ?? 480),
        height: Number(ch.options['height'] ?? 300),
      };
    }),
  );
}
