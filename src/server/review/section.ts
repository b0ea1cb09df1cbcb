/**
 * Writes one week's section into the Review tab: sections stay newest first, and a week already there is replaced
 * (its rows deleted, the new ones inserted in its place), never duplicated. Values, number formats and styles go
 * in one batch each; ticket cells become HYPERLINK formulas to their Tickets row, customer text is text-formatted.
 */
import { REF_COLUMN, SECTION_WIDTH, type Cell, type Line, type LineStyle } from '../../core/review/layout';
import { REVIEW, findSheet } from '../../workbook/tabs';
import { tabMissing } from '../../workbook/table';
import { CELL_CHARS, clipText } from '../../core/text';

const STYLE: Record<LineStyle, { weight: string; background: string; color: string }> = {
  title: { weight: 'bold', background: '#188038', color: '#ffffff' },
  heading: { weight: 'bold', background: '#e6f4ea', color: '#0d652d' },
  header: { weight: 'bold', background: '#f1f3f4', color: '#3c4043' },
  row: { weight: 'normal', background: '#ffffff', color: '#202124' },
  note: { weight: 'normal', background: '#ffffff', color: '#5f6368' },
  blank: { weight: 'normal', background: '#ffffff', color: '#202124' },
};

const SAFE_ID = /^[A-Za-z0-9_.\-]{1,40}$/;

function encode(cell: Cell | undefined, gid: number): { value: string | number; format: string } {
  if (!cell) return { value: '', format: '@' };
  if ('ticket' in cell) {
    // The id is ours (T-000123); anything else is written as plain text rather than spliced into a formula.
    if (!SAFE_ID.test(cell.ticket)) return { value: cell.ticket, format: '@' };
    return { value: `=HYPERLINK("#gid=${gid}&range=A${cell.row}","${cell.ticket}")`, format: '0' };
  }
  if ('text' in cell) return { value: cell.text, format: '@' };
  if (cell.v === null) return { value: '', format: cell.f ?? '@' };
  if (typeof cell.v === 'number') return { value: Number.isFinite(cell.v) ? cell.v : '', format: cell.f ?? '0.##' };
  return { value: cell.v, format: '@' };
}

interface SectionSpan {
  week: string;
  start: number;
  end: number;
}

/** Finds the sections by their reference cell (`section=2026-W46` in column J). */
function sections(refs: unknown[][]): SectionSpan[] {
  const starts: { week: string; start: number }[] = [];
  refs.forEach((r, i) => {
    const m = /^section=(\d{4}-W\d{2})$/.exec(String(r[0] ?? ''));
    if (m) starts.push({ week: m[1]!, start: i + 1 });
  });
  return starts.map((s, i) => ({ ...s, end: i + 1 < starts.length ? starts[i + 1]!.start - 1 : refs.length }));
}

function fitted(cell: { value: string | number; format: string }): { value: string | number; format: string } {
  return typeof cell.value === 'string' && cell.value.length > CELL_CHARS ? { value: clipText(cell.value, CELL_CHARS), format: '@' } : cell;
}

export function writeReviewSection(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, week: string, lines: Line[], ticketsGid: number): { startRow: number; rows: number; replaced: boolean } {
  const sheet = findSheet(ss, REVIEW);
  if (!sheet) throw tabMissing(REVIEW);
  // Built before the old section is deleted, every value fitted into a cell: a hand-typed 50,000-character ticket ID
  // must not make setValues throw after the rows were already moved (the last review would be lost).
  const grid = lines.map((l) => Array.from({ length: SECTION_WIDTH }, (_, c) => fitted(c === REF_COLUMN - 1 ? { value: l.ref, format: '@' } : encode(l.cells[c], ticketsGid))));
  const last = sheet.getLastRow();
  const refs = last > 0 ? sheet.getRange(1, REF_COLUMN, last, 1).getValues() : [];
  let spans = sections(refs);
  const old = spans.find((s) => s.week === week);
  if (old) {
    sheet.deleteRows(old.start, old.end - old.start + 1);
    const n = old.end - old.start + 1;
    spans = spans.filter((s) => s !== old).map((s) => (s.start > old.start ? { ...s, start: s.start - n, end: s.end - n } : s));
  }
  const n = lines.length;
  const before = spans.find((s) => s.week < week);
  let at: number;
  if (before) {
    at = before.start;
    sheet.insertRowsBefore(at, n);
  } else {
    at = sheet.getLastRow() + 1;
    if (at + n - 1 > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), at + n - 1 - sheet.getMaxRows());
  }
  const range = sheet.getRange(at, 1, n, SECTION_WIDTH);
  range.setNumberFormats(grid.map((r) => r.map((c) => c.format)));
  range.setValues(grid.map((r) => r.map((c) => c.value)));
  range.setFontWeights(lines.map((l) => Array(SECTION_WIDTH).fill(STYLE[l.style].weight)));
  range.setBackgrounds(lines.map((l) => Array(SECTION_WIDTH).fill(STYLE[l.style].background)));
  range.setFontColors(lines.map((l) => Array.from({ length: SECTION_WIDTH }, (_, c) => (c === REF_COLUMN - 1 ? '#9aa0a6' : STYLE[l.style].color))));
  sheet.getRange(at, 1, 1, SECTION_WIDTH).setFontSize(13);
  return { startRow: at, rows: n, replaced: !!old };
}

/** Column widths and the frozen state of a Review tab, set once when it is still empty. */
export function prepareReviewSheet(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheet = findSheet(ss, REVIEW);
  if (!sheet || sheet.getLastRow() > 0) return;
  sheet.setColumnWidth(1, 280);
  sheet.setColumnWidths(2, SECTION_WIDTH - 2, 110);
  sheet.setColumnWidth(8, 300);
  // The reference column is for "Create action from review line": narrow, grey, out of the way.
  sheet.setColumnWidth(REF_COLUMN, 30);
}
