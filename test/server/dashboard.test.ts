/** The Dashboard refresh through the real bundle: content, native charts, bad rows listed, a call budget flat in rows. */
import { describe, expect, it } from 'vitest';
import { textWidthPx } from '../../src/core/dashboard/layout';
import { fillTickets, freshDesk, type Desk } from './harness';

const HOUR = 3_600_000;

function history(desk: Desk): void {
  const start = desk.env.clock.now();
  for (let i = 0; i < 6; i++) {
    desk.env.clock.set(start + i * 5 * HOUR);
    const t = desk.ok('apiLogCase', { channel: 'Shopee Chat', reason: i % 2 ? 'damaged' : 'not_received', customerId: `buyer${i}`, description: 'help' });
    desk.env.clock.advance(HOUR);
    desk.ok('apiUpdateTicket', t.ticket.ticketId, { reply: 'On it', ...(i < 4 ? { status: 'resolved', resolution: 'resend', rootCause: 'logistics' } : {}) });
  }
  desk.env.clock.set(start + 3 * 24 * HOUR);
}

function dashboardText(desk: Desk): string {
  return desk.sheet('Dashboard').getDataRange().getDisplayValues().map((r) => r.join('\t')).join('\n');
}

describe('Dashboard refresh (bundle)', () => {
  it('writes every block with its note, the refresh time, and native line and column charts', () => {
    const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
    history(desk);
    const r = desk.ok('apiRefreshDashboard');
    expect(r.tickets).toBe(6);
    const text = dashboardText(desk);
    for (const title of ['Headline · 核心指标', 'Last refresh', 'Reasons, Pareto', 'SLA by priority', 'Root causes', 'Daily trend (28 days)', 'Agent recognition', 'Thank-you notes', 'Retention', 'Skipped rows']) {
      expect(text).toContain(title.split(' (')[0]);
    }
    const charts = desk.sheet('Dashboard').getCharts();
    expect(charts.length).toBe(r.charts);
    expect(charts.length).toBeGreaterThanOrEqual(2);
    // A second refresh replaces, never piles up, the charts.
    desk.ok('apiRefreshDashboard');
    expect(desk.sheet('Dashboard').getCharts().length).toBe(charts.length);
  });

  it('sizes every column so that no bilingual table header is cut', () => {
    const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
    history(desk);
    desk.ok('apiRefreshDashboard');
    const sheet = desk.sheet('Dashboard');
    const rows = sheet.getDataRange().getDisplayValues();
    // Header rows: the rows whose first cell (column A or J) opens a table.
    const openers = ['Metric', 'Agent · 客服', 'Date · 日期', 'Item', 'Priority · 优先级', 'Reason · 原因', 'Root cause · 根因', 'Cell · 单元格'];
    const headers: { col: number; text: string }[] = [];
    rows.forEach((row) => {
      for (const start of [0, 9]) {
        if (openers.includes(row[start] ?? '')) row.slice(start, start + 8).forEach((text, j) => text && headers.push({ col: start + j + 1, text }));
      }
    });
    expect(headers.map((h) => h.text)).toEqual(expect.arrayContaining(['First reply · 首次回复', 'Reply target · 回复目标']));
    for (const h of headers) {
      if (sheet.getColumnWidth(h.col) < textWidthPx(h.text)) throw new Error(`${JSON.stringify(h)} in ${sheet.getColumnWidth(h.col)} px`);
    }
    expect(sheet.getColumnWidth(9)).toBe(24);
  });

  it('leaves bad rows out of the figures they would corrupt and lists them by cell', () => {
    const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
    history(desk);
    const sheet = desk.sheet('Tickets');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const col = (name: string) => header.indexOf(name) + 1;
    // Row 3: text in Created At; row 4: a CSAT of 7; row 5: an unknown status.
    sheet.getRange(3, col('Created At')).setNumberFormat('@').setValue('last Tuesday');
    sheet.getRange(4, col('CSAT')).setValue(7);
    sheet.getRange(5, col('Status')).setValue('Parked');
    const r = desk.ok('apiRefreshDashboard');
    expect(r.skipped).toBeGreaterThanOrEqual(3);
    const text = dashboardText(desk);
    const letter = (c: number) => String.fromCharCode(64 + c);
    expect(text).toContain(`Tickets!${letter(col('Created At'))}3`);
    expect(text).toContain(`Tickets!${letter(col('CSAT'))}4`);
    expect(text).toContain(`Tickets!${letter(col('Status'))}5`);
  });

  it('reads each tab once and writes the Dashboard in the same number of calls for 1,000 and 100,000 tickets', () => {
    const budget = (n: number) => {
      const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
      desk.ok('apiLogCase', { channel: 'Shopee Chat', reason: 'damaged', customerId: 'buyer', description: 'x' });
      fillTickets(desk, n - 1);
      desk.env.calls.reset();
      desk.ok('apiRefreshDashboard');
      return { total: desk.env.calls.spreadsheet(), reads: desk.env.calls.get('Range.getValues'), dataRanges: desk.env.calls.get('Sheet.getDataRange') };
    };
    const small = budget(1_000);
    const large = budget(100_000);
    expect(large).toEqual(small);
    // Tickets and Orders: one whole-tab read each (Settings is read in blocks of rows, without a size look-up).
    expect(small.dataRanges).toBe(2);
  }, 120_000);
});
