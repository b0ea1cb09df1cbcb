/**
 * Refreshing the Dashboard tab: read Tickets and Orders once, compute the KPI periods in core, then write each
 * block with one setValues and add native charts. The number of calls does not depend on the number of rows.
 */
import { computeKpis, defaultPeriod, type KpiResult } from '../core/kpi/compute';
import { buildDashboard, columnWidths, type DashboardBlock } from '../core/dashboard/layout';
import type { Order, Ticket } from '../core/records';
import { addDaysToKey } from '../core/time';
import { deskPolicies } from '../workbook/policies';
import { ARCHIVE, DASHBOARD, ORDERS, TICKETS, findSheet } from '../workbook/tabs';
import { readTable, tabMissing } from '../workbook/table';
import { openContext, type ActionContext } from './context';
import { withDocumentLock } from './lock';
import { chatResponseRate } from '../core/marketplace/chat-rate';
import { chatRateBlock } from '../core/marketplace/chat-rate-block';
import { marketplacePolicy } from '../workbook/marketplace-settings';

export interface RefreshReport {
  tickets: number;
  skipped: number;
  ms: number;
  blocks: number;
  charts: number;
}

export function periodKpis(ctx: ActionContext, from: string, to: string, asOf?: number): KpiResult {
  const { tickets, orders, policies } = readKpiInputs(ctx, true);
  return computeKpis({ tickets, orders, calendar: policies.calendar, policy: policies.sla, from, to, ...(asOf !== undefined ? { asOf } : {}), tab: TICKETS.name });
}

export type KpiInputs = ReturnType<typeof readKpiInputs>;

/** `withArchive`: also the archived tickets (any period may reach back past "Archive After Months"). */
function readKpiInputs(ctx: ActionContext, withArchive = false) {
  const policies = deskPolicies(ctx.settings);
  const t = readTable<Ticket>(ctx.ss, TICKETS, ctx.timeZone, ['ticketId', 'createdAt']);
  const o = readTable<Order>(ctx.ss, ORDERS, ctx.timeZone, ['orderId', 'orderDate']);
  const archived = withArchive && findSheet(ctx.ss, ARCHIVE) ? readTable<Ticket>(ctx.ss, ARCHIVE, ctx.timeZone).rows : [];
  return {
    policies,
    tickets: [...archived, ...t.rows].map((r) => ({ row: r.row, ticket: r.record, issues: r.issues })),
    orders: o.rows.map((r) => r.record),
  };
}

function chartType(type: 'line' | 'column' | 'bar'): GoogleAppsScript.Charts.ChartType {
  return type === 'line' ? Charts.ChartType.LINE : type === 'bar' ? Charts.ChartType.BAR : Charts.ChartType.COLUMN;
}

function writeBlock(sheet: GoogleAppsScript.Spreadsheet.Sheet, block: DashboardBlock): void {
  const { row, col } = block.anchor;
  sheet.getRange(row, col).setValue(`${block.title.en} · ${block.title.zh}`).setFontWeight('bold').setFontSize(12);
  if (block.values.length > 0 && block.values[0]!.length > 0) {
    const range = sheet.getRange(row + 1, col, block.values.length, block.values[0]!.length);
    // Formats first: a text-formatted cell keeps '2026-11-20' as the text it is.
    range.setNumberFormats(block.numberFormats);
    range.setValues(block.values.map((r) => r.map((v) => (v === null ? '' : v))));
    sheet.getRange(row + 1, col, 1, block.values[0]!.length).setFontWeight('bold').setBackground('#e8f0fe');
  }
  sheet.getRange(row + 1 + block.values.length, col).setValue(`${block.note.en} · ${block.note.zh}`).setFontColor('#5f6368').setFontSize(9);
}

export function refreshDashboard(): RefreshReport {
  const started = Date.now();
  return withDocumentLock(() => {
    const ctx = openContext();
    if (!findSheet(ctx.ss, DASHBOARD)) throw tabMissing(DASHBOARD);
    return renderDashboard(ctx, readKpiInputs(ctx), started);
  });
}

/** Writes the Dashboard from tickets and orders already read (the hourly job passes its recent window). */
export function renderDashboard(ctx: ActionContext, inputs: KpiInputs, started: number): RefreshReport {
  const sheet = findSheet(ctx.ss, DASHBOARD);
  if (!sheet) throw tabMissing(DASHBOARD);
  const { tickets, orders, policies } = inputs;
  const base = { tickets, orders, calendar: policies.calendar, policy: policies.sla, tab: TICKETS.name };
  const p7 = defaultPeriod(ctx.now, ctx.timeZone, 7);
  const p28 = defaultPeriod(ctx.now, ctx.timeZone, 28);
  const prev = (p: { from: string; to: string }, days: number) => ({ from: addDaysToKey(p.from, -days), to: addDaysToKey(p.to, -days) });
  const kpis7 = computeKpis({ ...base, ...p7 });
  const kpisPrev7 = computeKpis({ ...base, ...prev(p7, 7) });
  const kpis28 = computeKpis({ ...base, ...p28 });
  const kpisPrev28 = computeKpis({ ...base, ...prev(p28, 28) });
  const praise = tickets
    .map((t) => t.ticket)
    .filter((t) => (t.csat ?? 0) >= 4 && t.csatComment.trim() && t.csatAt !== null && t.csatAt >= ctx.now - 28 * 86_400_000)
    .sort((a, b) => (b.csatAt ?? 0) - (a.csatAt ?? 0))
    .slice(0, 8)
    .map((t) => ({ agent: t.assignee, comment: t.csatComment, csat: t.csat ?? 0 }));
  // Shopee's Chat Response Rate, mirrored: chats first answered within 12 calendar hours over 90 days.
  const chatRate = chatResponseRate(tickets.map((t) => t.ticket), marketplacePolicy(ctx.settings), ctx.now);
  const layout = buildDashboard({
    now: ctx.now, timeZone: ctx.timeZone, kpis7, kpisPrev7, kpis28, kpisPrev28, praise, lastRefresh: { at: ctx.now, ms: Date.now() - started },
    extraLeft: [chatRateBlock(chatRate, ctx.timeZone)],
  });
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  // Runs of equal width in one call each: bilingual headers are never cut.
  const widths = columnWidths(layout);
  for (let c = 1; c <= widths.length; ) {
    let end = c;
    while (end < widths.length && widths[end] === widths[c - 1]) end++;
    sheet.setColumnWidths(c, end - c + 1, widths[c - 1]!);
    c = end + 1;
  }
  let charts = 0;
  for (const block of layout.blocks) {
    writeBlock(sheet, block);
    if (block.chart) {
      const c = block.chart;
      const data = sheet.getRange(block.anchor.row + 1 + c.dataRows[0], block.anchor.col + c.dataCols[0], c.dataRows[1] - c.dataRows[0] + 1, c.dataCols[1] - c.dataCols[0] + 1);
      sheet.insertChart(
        sheet.newChart().setChartType(chartType(c.type)).addRange(data).setPosition(c.position.row, c.position.col, 0, 0)
          .setOption('title', c.title).setOption('width', c.width).setOption('height', c.height).setOption('legend', { position: 'bottom' }).build(),
      );
      charts++;
    }
  }
  sheet.setFrozenRows(0);
  return { tickets: tickets.length, skipped: kpis28.skipped.length, ms: Date.now() - started, blocks: layout.blocks.length, charts };
}

