/**
 * The Dashboard as pure data: blocks placed on a grid of columns A–P so none overlap, each written by the server
 * with one setValues (title on the anchor row, the table under it, the note under the table) plus its chart.
 */
import type { KpiResult } from '../kpi/types';
import {
  agentsBlock, type Bilingual, type BlockDraft, headlineBlock, paretoBlock, type Praise, praiseBlock, retentionBlock,
  rootCauseBlock, skippedBlock, slaBlock, trendBlock,
} from './blocks';
import { type CellValue, FORMAT, localStamp } from './format';

export type { Praise } from './blocks';

export interface ChartSpec {
  type: 'line' | 'column' | 'bar';
  title: string;
  /** 0-based rows and columns of the block's `values` the chart reads (row 0 = header). */
  dataRows: [number, number];
  dataCols: [number, number];
  /** 1-based sheet cell of the chart's top-left corner. */
  position: { row: number; col: number };
  width: number;
  height: number;
}

export interface DashboardBlock {
  id: string;
  title: Bilingual;
  /** 1-based cell of the title; the values start one row below, the note one row below the values. */
  anchor: { row: number; col: number };
  values: CellValue[][];
  numberFormats: string[][];
  note: Bilingual;
  chart?: ChartSpec;
}

export interface DashboardLayout {
  blocks: DashboardBlock[];
  /** Columns the layout uses (1..lastCol) and the rows it reaches, for clearing and sizing. */
  lastCol: number;
  lastRow: number;
}

export interface DashboardInput {
  now: number;
  timeZone: string;
  kpis7: KpiResult;
  kpisPrev7: KpiResult;
  kpis28: KpiResult;
  kpisPrev28: KpiResult;
  lastRefresh?: { at: number; ms: number };
  /** Shopee's Chat Response Rate (0–1) mirrored from Seller Centre, when known. */
  chatResponseRate?: number | null;
  praise?: Praise[];
  /** More blocks for the left lane, after the built-in ones (e.g. Shopee's Chat Response Rate). */
  extraLeft?: BlockDraft[];
}

/** Default Sheets geometry: a chart of w × h pixels covers about w/100 columns and h/21 rows. */
export const COLUMN_PX = 100;
export const ROW_PX = 21;
/** Two lanes on a laptop screen: A–H on the left, J–P on the right (I stays empty as a gutter). */
const LANES = [{ col: 1, width: 8 }, { col: 10, width: 7 }] as const;
export const LAST_COL = 16;

/** Narrowest and widest Dashboard column, in pixels; the gutter column between the lanes stays narrow. */
const MIN_COLUMN_PX = 80;
const MAX_COLUMN_PX = 260;
const GUTTER_PX = 24;

/**
 * Pixels Sheets needs to show `text` on one line in its default font (Arial 10): Latin letters and digits about
 * 7 px, full-width characters (CJK, kana, hangul) about 13 px, plus the cell's padding.
 */
export function textWidthPx(text: string): number {
  let px = 10;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    px += code >= 0x2e80 && code <= 0xffef ? 13 : code >= 0x0e00 && code <= 0x0e7f ? 6 : 7;
  }
  return px;
}

/**
 * The width of each column 1..lastCol so that no header and no text cell of a table is cut; titles and notes
 * may run over empty cells to their right, as Sheets shows them, so they do not widen their column.
 */
export function columnWidths(layout: DashboardLayout): number[] {
  const widths = Array.from({ length: layout.lastCol }, () => MIN_COLUMN_PX);
  for (const block of layout.blocks) {
    block.values.forEach((row) =>
      row.forEach((cell, j) => {
        const col = block.anchor.col + j;
        if (col > layout.lastCol || cell === null) return;
        const text = typeof cell === 'number' ? cell.toFixed(1) : cell;
        widths[col - 1] = Math.min(MAX_COLUMN_PX, Math.max(widths[col - 1]!, textWidthPx(text)));
      }),
    );
  }
  widths[LANES[1].col - 2] = GUTTER_PX;
  return widths;
}

export function chartCells(chart: Pick<ChartSpec, 'width' | 'height'>): { rows: number; cols: number } {
  return { rows: Math.ceil(chart.height / ROW_PX), cols: Math.ceil(chart.width / COLUMN_PX) };
}

function refreshBlock(input: DashboardInput): BlockDraft {
  const text = [FORMAT.text, FORMAT.text, FORMAT.text];
  const at = input.lastRefresh?.at ?? input.now;
  return {
    id: 'refresh',
    title: { en: 'Last refresh', zh: '最近刷新' },
    values: [
      ['Item', '项目', 'Value · 数值'],
      ['Refreshed at', '刷新时间', localStamp(input.timeZone, at)],
      ['Took', '耗时', input.lastRefresh ? input.lastRefresh.ms / 1000 : null],
      ['Time zone', '时区', input.timeZone],
    ],
    numberFormats: [text, text, [FORMAT.text, FORMAT.text, FORMAT.seconds], text],
    note: { en: 'Refreshed hourly and from the AfterDesk menu.', zh: '每小时及从 AfterDesk 菜单刷新。' },
  };
}

/** Places drafts top-down in a lane, one empty row between blocks, charts beside or under their table. */
class Lane {
  private row = 1;
  constructor(private readonly col: number, private readonly width: number, private readonly out: DashboardBlock[]) {}

  place(draft: BlockDraft): void {
    const { chart, ...rest } = draft;
    const anchor = { row: this.row, col: this.col };
    const block: DashboardBlock = { ...rest, anchor };
    let bottom = this.row + draft.values.length + 1; // title + values + note
    if (chart) {
      const cells = chartCells(chart);
      const tableCols = draft.values[0]?.length ?? 0;
      const besideCol = this.col + tableCols;
      const fitsBeside = chart.place === 'right' && besideCol + cells.cols - 1 <= this.col + this.width - 1;
      const position = fitsBeside ? { row: this.row + 1, col: besideCol } : { row: bottom + 1, col: this.col };
      // Shrink a chart rather than spill into the other lane.
      const maxCols = this.col + this.width - position.col;
      const width = Math.min(chart.width, maxCols * COLUMN_PX);
      block.chart = { type: chart.type, title: chart.title, dataRows: chart.dataRows, dataCols: chart.dataCols, position, width, height: chart.height };
      bottom = Math.max(bottom, position.row + cells.rows - 1);
    }
    this.out.push(block);
    this.row = bottom + 2;
  }

  get lastRow(): number {
    return this.row - 2;
  }
}

export function buildDashboard(input: DashboardInput): DashboardLayout {
  const blocks: DashboardBlock[] = [];
  const left = new Lane(LANES[0].col, LANES[0].width, blocks);
  const right = new Lane(LANES[1].col, LANES[1].width, blocks);
  const k28 = input.kpis28;
  left.place(headlineBlock(input.kpis7, input.kpisPrev7, k28, input.kpisPrev28, input.chatResponseRate));
  left.place(agentsBlock(k28));
  left.place(praiseBlock(input.praise ?? []));
  left.place(trendBlock(k28));
  for (const b of input.extraLeft ?? []) left.place(b);
  right.place(refreshBlock(input));
  right.place(slaBlock(k28));
  right.place(paretoBlock(k28));
  right.place(rootCauseBlock(k28));
  right.place(retentionBlock(k28));
  right.place(skippedBlock(k28));
  return { blocks, lastCol: LAST_COL, lastRow: Math.max(left.lastRow, right.lastRow) };
}
