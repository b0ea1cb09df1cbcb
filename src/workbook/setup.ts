/**
 * Set-up and repair: creates every tab from sheets-templates, and on a damaged workbook restores missing tabs and
 * columns, corrects header typos, re-applies formats, validation, protection and SLA highlighting — touching only
 * header rows and whole-column formats, so no data row or user column is ever moved or lost.
 */
import type { TabDef } from '../../sheets-templates/schema';
import { SETTINGS, settingDefault } from '../../sheets-templates/settings';
import { SLA_STATES } from '../../sheets-templates/enums';
import { columnFormat } from './codec';
import { columnLetter, mapHeaders, normaliseHeader, runsOf } from './headers';
import { ACTIONS, AGENTS, ALL_TABS, SETTINGS_TAB, TICKETS, findSheet } from './tabs';
import { highlightOverdueActions } from './actions-format';

export interface SetupReport {
  created: string[];
  actions: { en: string; zh: string }[];
}

export interface SeedRows {
  /** Rows (as header-ordered cell arrays) written into a tab only when set-up creates it. */
  [tabName: string]: (string | number | boolean)[][];
}

const HEADER_PROTECTION = 'AfterDesk header row — edit headers only through set-up';

/**
 * Where set-up remembers the tabs it created but has not seeded yet (document properties): a set-up killed
 * between creating a tab and writing its seed rows seeds it on the next run, and never re-seeds a tab later.
 */
export interface SeedState {
  load(): string[];
  save(tabs: string[]): void;
}

export function setupWorkbook(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  opts: { year: number; seeds?: SeedRows; seedState?: SeedState },
): SetupReport {
  const report: SetupReport = { created: [], actions: [] };
  const unseeded = new Set(opts.seedState?.load() ?? []);
  const resumed = unseeded.size > 0; // an earlier set-up was cut short: finish its work too
  const toSeed = ALL_TABS.filter((t) => opts.seeds?.[t.name]?.length && !findSheet(ss, t)).map((t) => t.name);
  if (toSeed.length && opts.seedState) {
    for (const name of toSeed) unseeded.add(name);
    opts.seedState.save([...unseeded]);
  }
  ALL_TABS.forEach((tab, position) => {
    let sheet = findSheet(ss, tab);
    const isNew = !sheet;
    if (!sheet) {
      sheet = ss.insertSheet(tab.name, Math.min(position, ss.getSheets().length));
      report.created.push(tab.name);
      report.actions.push({ en: `Created tab ${tab.name}`, zh: `已创建工作表 ${tab.zh}` });
    }
    if (tab.freeLayout) {
      sheet.setTabColor(tab.color ?? '#5f6368');
      return;
    }
    repairHeaders(sheet, tab, report, isNew);
    // An Agents tab with nobody in it (a starter workbook) gets the person running set-up as its Owner.
    const emptyTeam = !isNew && tab.name === AGENTS.name && sheet.getLastRow() <= 1;
    if ((isNew || emptyTeam || (unseeded.has(tab.name) && sheet.getLastRow() <= 1)) && opts.seeds?.[tab.name]?.length) {
      const rows = opts.seeds[tab.name]!;
      sheet.getRange(2, 1, rows.length, rows[0]!.length).setValues(rows);
      if (emptyTeam) report.actions.push({ en: `Agents: added ${rows[0]![0]} as Owner`, zh: `客服：已将 ${rows[0]![0]} 设为店主` });
    }
  });
  ensureSettings(ss, opts.year, report);
  removeBlankDefaultSheet(ss, report, resumed);
  if (unseeded.size && opts.seedState) opts.seedState.save([]);
  return report;
}

function repairHeaders(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: TabDef, report: SetupReport, isNew: boolean): void {
  const lastCol = Math.max(sheet.getLastColumn(), 1);
  const headerRange = sheet.getRange(1, 1, 1, lastCol);
  const merged = headerRange.getMergedRanges();
  // Sheets keeps only the top-left value of a merge: the headers of the other cells are gone.
  const erased = merged.flatMap((m) => Array.from({ length: m.getNumColumns() - 1 }, (_, k) => m.getColumn() + k));
  if (merged.length > 0) {
    merged.forEach((m) => m.breakApart());
    report.actions.push({
      en: `${tab.name}: unmerged header cells ${merged.map((m) => m.getA1Notation()).join(', ')}`,
      zh: `${tab.zh}：已拆分合并的表头单元格 ${merged.map((m) => m.getA1Notation()).join(', ')}`,
    });
  }
  const header = (headerRange.getValues()[0] ?? []).map((v) => String(v ?? ''));
  const map = mapHeaders(tab, header);
  const row = header.slice();
  for (const f of map.fuzzy) {
    row[f.index] = f.column.en;
    report.actions.push({
      en: `${tab.name}!${columnLetter(f.index)}1: header "${f.header}" read as "${f.column.en}" and corrected`,
      zh: `${tab.zh}!${columnLetter(f.index)}1：表头“${f.header}”识别为“${f.column.zh}”并已更正`,
    });
  }
  for (const d of map.duplicates) {
    report.actions.push({
      en: `${tab.name}!${columnLetter(d.index)}1: second "${d.header}" column is ignored — rename or delete it`,
      zh: `${tab.zh}!${columnLetter(d.index)}1：重复的“${d.header}”列将被忽略，请改名或删除`,
    });
  }
  let width = map.width;
  const index: Record<string, number> = { ...map.index };
  const missing = restoreErasedHeaders(tab, erased, header, index, row, report);
  width = Math.max(width, ...Object.values(index).map((i) => i + 1));
  for (const col of missing) {
    index[col.field] = width;
    row[width] = col.en;
    width++;
    if (map.width > 0) {
      report.actions.push({
        en: `${tab.name}: restored missing column "${col.en}" at ${columnLetter(index[col.field]!)}`,
        zh: `${tab.zh}：已恢复缺失的列“${col.zh}”（${columnLetter(index[col.field]!)} 列）`,
      });
    }
  }
  if (width > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  // Only header cells that change are written, and only the tab's own columns are styled: a user column's
  // header (possibly protected from this account) is never touched.
  const target = Array.from({ length: width }, (_, i) => row[i] ?? '');
  const own = [...new Set(Object.values(index))].sort((a, b) => a - b);
  for (const run of runsOf(own)) {
    const cells = sheet.getRange(1, run.from + 1, 1, run.to - run.from + 1);
    const wanted = target.slice(run.from, run.to + 1);
    if (wanted.some((v, k) => v !== String(header[run.from + k] ?? ''))) cells.setValues([wanted]);
    cells.setFontWeight('bold').setFontColor('#ffffff').setBackground(tab.color ?? '#5f6368').setWrap(true);
  }
  sheet.setFrozenRows(1);
  sheet.setTabColor(tab.color ?? '#5f6368');

  const dataRows = Math.max(sheet.getMaxRows() - 1, 1);
  if (sheet.getMaxRows() < 2) sheet.insertRowsAfter(1, 1);
  for (const col of tab.columns) {
    const c = index[col.field]! + 1;
    const range = sheet.getRange(2, c, dataRows, 1);
    const fmt = columnFormat(col);
    if (fmt) range.setNumberFormat(fmt);
    if (col.type === 'enum' && col.enum) {
      const labels = [...col.enum.map((o) => o.en), ...col.enum.map((o) => o.zh).filter((z, i) => z !== col.enum![i]!.en)];
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInList(labels, true)
        .setAllowInvalid(true)
        .setHelpText(`${col.en} · ${col.zh}`)
        .build();
      range.setDataValidation(rule);
    } else if (col.type === 'boolean') {
      range.setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().build());
    }
    // Widths only for a new tab or a restored column: a repair must not undo the user's own layout.
    if (col.width && (isNew || map.index[col.field] === undefined)) sheet.setColumnWidth(c, col.width);
  }
  protectHeader(sheet);
  if (tab.name === TICKETS.name) highlightSla(sheet, index['slaState']! + 1, width, dataRows);
  if (tab.name === ACTIONS.name) highlightOverdueActions(sheet, index['due']! + 1, index['status']! + 1, width, dataRows);
  // Shopee's own clock is highlighted the same way (a breached return request was approved automatically).
  if (tab.name === TICKETS.name && index['marketplaceState'] !== undefined) highlightSla(sheet, index['marketplaceState'] + 1, width, dataRows);
  if (tab.filter) ensureFilter(sheet, tab, width, report);
}

/** A filter over every column of the table and every row of the grid; widened when repair added a column. */
function ensureFilter(sheet: GoogleAppsScript.Spreadsheet.Sheet, tab: TabDef, width: number, report: SetupReport): void {
  const current = sheet.getFilter();
  if (current) {
    const r = current.getRange();
    if (r.getRow() === 1 && r.getColumn() === 1 && r.getNumColumns() >= width) return;
    current.remove();
    report.actions.push({ en: `${tab.name}: filter widened to every column`, zh: `${tab.zh}：筛选已扩展到所有列` });
  }
  sheet.getRange(1, 1, sheet.getMaxRows(), width).createFilter();
}

/**
 * A header erased by a merge is put back in place when the template says which column it was: the one after its
 * left neighbour's, still missing. Its data never moved, so appending a fresh empty column would orphan it.
 * Returns the columns still missing.
 */
function restoreErasedHeaders(
  tab: TabDef,
  erased: number[],
  header: string[],
  index: Record<string, number>,
  row: string[],
  report: SetupReport,
): TabDef['columns'][number][] {
  const missing = tab.columns.filter((c) => index[c.field] === undefined);
  for (const slot of erased) {
    if ((header[slot] ?? '').trim() !== '') continue;
    const left = tab.columns.findIndex((c) => index[c.field] === slot - 1);
    const col = left >= 0 ? tab.columns[left + 1] : undefined;
    if (!col || !missing.includes(col)) continue;
    index[col.field] = slot;
    row[slot] = col.en;
    missing.splice(missing.indexOf(col), 1);
    report.actions.push({
      en: `${tab.name}!${columnLetter(slot)}1: header "${col.en}" erased by the merge restored in place`,
      zh: `${tab.zh}!${columnLetter(slot)}1：被合并清除的表头“${col.zh}”已原位恢复`,
    });
  }
  return missing;
}

function protectHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
  const existing = sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === HEADER_PROTECTION);
  if (existing.length > 0) return;
  sheet.getRange('1:1').protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
}

/** Conditional formatting of the SLA State column and the whole row of breached tickets. */
function highlightSla(sheet: GoogleAppsScript.Spreadsheet.Sheet, slaCol: number, width: number, dataRows: number): void {
  const letter = columnLetter(slaCol - 1);
  const label = (key: string) => SLA_STATES.find((s) => s.key === key)!;
  const rowRange = sheet.getRange(2, 1, dataRows, width);
  const cellRange = sheet.getRange(2, slaCol, dataRows, 1);
  const breached = label('breached');
  const soon = label('due_soon');
  const ours = [
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=OR($${letter}2="${breached.en}",$${letter}2="${breached.zh}")`)
      .setBackground('#fce8e6')
      .setRanges([rowRange])
      .build(),
    SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=OR($${letter}2="${soon.en}",$${letter}2="${soon.zh}")`)
      .setBackground('#fef7e0')
      .setRanges([cellRange])
      .build(),
  ];
  const keep = sheet.getConditionalFormatRules().filter((r) => {
    const cond = r.getBooleanCondition();
    const formula = cond ? String(cond.getCriteriaValues()[0] ?? '') : '';
    return !formula.includes(`$${letter}2="${breached.en}"`) && !formula.includes(`$${letter}2="${soon.en}"`);
  });
  sheet.setConditionalFormatRules([...keep, ...ours]);
}

/** Adds every missing Settings key with its default and explanation; existing values are never touched. */
function ensureSettings(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, year: number, report: SetupReport): void {
  const sheet = findSheet(ss, SETTINGS_TAB)!;
  const values = sheet.getDataRange().getValues();
  const map = mapHeaders(SETTINGS_TAB, values[0] ?? []);
  const keyCol = map.index['key']!;
  const present = new Set(values.slice(1).map((r) => normaliseHeader(r[keyCol])));
  const width = Math.max(map.width, 3);
  const add = SETTINGS.filter((s) => !present.has(normaliseHeader(s.key)) && !present.has(normaliseHeader(s.zh)));
  if (add.length === 0) return;
  const rows = add.map((s) => {
    const line: (string | number)[] = new Array(width).fill('');
    line[keyCol] = s.key;
    line[map.index['value']!] = settingDefault(s, year);
    line[map.index['explanation']!] = `${s.en} · ${s.zhExplain}`;
    return line;
  });
  let last = values.length;
  while (last > 1 && values[last - 1]!.every((v) => v === '')) last--;
  sheet.getRange(last + 1, 1, rows.length, width).setValues(rows);
  if (present.size > 0) {
    report.actions.push({
      en: `Settings: added ${add.length} missing key(s): ${add.map((s) => s.key).join(', ')}`,
      zh: `设置：已补充 ${add.length} 个缺失的设置项：${add.map((s) => s.zh).join('、')}`,
    });
  }
}

/**
 * A brand-new spreadsheet's empty first tab ("Sheet1", "工作表1", "Hoja 1", "Feuille 1"… whatever the locale)
 * is removed once the AfterDesk tabs exist: only when set-up created every tab (or finishes a first set-up that
 * was cut short), and only a tab with no content.
 */
function removeBlankDefaultSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, report: SetupReport, resumed = false): void {
  if (report.created.length < ALL_TABS.length && !resumed) return;
  const ours = new Set(ALL_TABS.map((t) => t.name));
  for (const sheet of ss.getSheets()) {
    if (!ours.has(sheet.getName()) && sheet.getLastRow() === 0 && sheet.getLastColumn() === 0) ss.deleteSheet(sheet);
  }
}
