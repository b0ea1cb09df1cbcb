import { describe, expect, it } from 'vitest';
import { chartCells, buildDashboard, LAST_COL, type DashboardBlock } from '../../src/core/dashboard/layout';
import { literalText } from '../../src/core/dashboard/format';
import { computeKpis } from '../../src/core/kpi/compute';
import { calendar, orders, policy, sg, tickets } from '../fixtures/kpi-fixture';

const kpis = (from: string, to: string) => computeKpis({ tickets, orders, calendar, policy, from, to });
const k7 = kpis('2026-10-05', '2026-10-11');
const p7 = kpis('2026-09-28', '2026-10-04');
const k28 = kpis('2026-09-14', '2026-10-11');
const p28 = kpis('2026-08-17', '2026-09-13');
const layout = buildDashboard({
  now: sg('10-12 08:00'), timeZone: 'Asia/Singapore', kpis7: k7, kpisPrev7: p7, kpis28: k28, kpisPrev28: p28,
  lastRefresh: { at: sg('10-12 08:00'), ms: 2350 }, chatResponseRate: 0.93,
  praise: [{ agent: 'amy', comment: '=HYPERLINK("x")  great', csat: 5 }],
});
const byId = (id: string): DashboardBlock => layout.blocks.find((b) => b.id === id)!;

interface Rect { id: string; top: number; left: number; bottom: number; right: number }
function rects(): Rect[] {
  const out: Rect[] = [];
  for (const b of layout.blocks) {
    const width = Math.max(1, b.values[0]?.length ?? 1);
    out.push({ id: b.id, top: b.anchor.row, left: b.anchor.col, bottom: b.anchor.row + b.values.length + 1, right: b.anchor.col + width - 1 });
    if (b.chart) {
      const c = chartCells(b.chart);
      out.push({ id: `${b.id}:chart`, top: b.chart.position.row, left: b.chart.position.col, bottom: b.chart.position.row + c.rows - 1, right: b.chart.position.col + c.cols - 1 });
    }
  }
  return out;
}

describe('buildDashboard layout', () => {
  it('has every block of the brief', () => {
    expect(layout.blocks.map((b) => b.id).sort()).toEqual(['agents', 'daily_trend', 'headline', 'praise', 'reason_pareto', 'refresh', 'retention', 'root_causes', 'skipped', 'sla_by_priority']);
  });

  it('places no two blocks or charts on the same cell, all within columns A–P', () => {
    const all = rects();
    for (const r of all) {
      expect(r.left).toBeGreaterThanOrEqual(1);
      expect(r.right, r.id).toBeLessThanOrEqual(LAST_COL);
    }
    for (let i = 0; i < all.length; i++) {
      for (let j = i + 1; j < all.length; j++) {
        const a = all[i]!;
        const b = all[j]!;
        const overlap = a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('every value matrix is rectangular and matches its number-format matrix', () => {
    for (const b of layout.blocks) {
      const width = b.values[0]!.length;
      expect(width, b.id).toBeGreaterThan(0);
      expect(b.numberFormats.length, b.id).toBe(b.values.length);
      b.values.forEach((row, i) => {
        expect(row.length, `${b.id} row ${i}`).toBe(width);
        expect(b.numberFormats[i]!.length, `${b.id} formats row ${i}`).toBe(width);
      });
      expect(b.title.en && b.title.zh && b.note.en && b.note.zh, b.id).toBeTruthy();
    }
  });

  it('charts read ranges inside their block, header row plus numeric data', () => {
    for (const b of layout.blocks.filter((x) => x.chart)) {
      const c = b.chart!;
      expect(c.dataRows[0]).toBe(0);
      expect(c.dataRows[1]).toBe(b.values.length - 1);
      expect(c.dataCols[1]).toBeLessThan(b.values[0]!.length);
      for (let r = 1; r <= c.dataRows[1]; r++) expect(typeof b.values[r]![c.dataCols[1]], b.id).toBe('number');
    }
    expect(byId('reason_pareto').chart!.type).toBe('column');
    expect(byId('daily_trend').chart!.type).toBe('line');
  });

  it('the reason Pareto is sorted by count and its cumulative share reaches 100 %', () => {
    const rows = byId('reason_pareto').values.slice(1);
    // k28 (09-14..10-11) adds D5 (damaged) and D6 (size) to the week's 19 reason-known tickets: damaged 8, size 3.
    expect(rows.slice(0, 2).map((r) => [r[0], r[1]])).toEqual([['Damaged · 破损', 8], ['Size · 尺码咨询', 3]]);
    const counts = rows.map((r) => r[1] as number);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(rows[rows.length - 1]![3]).toBe(1);
    expect(rows.reduce((s, r) => s + (r[2] as number), 0)).toBeCloseTo(1, 12);
  });

  it('headline compares each period with the one before', () => {
    const head = byId('headline');
    const tickets = head.values.find((r) => r[0] === 'Tickets')!;
    // 7 days: 20; previous week 09-28..10-04: none; 28 days: 22 (+ D5 09-20, D6 09-25); previous 28: none.
    expect(tickets.slice(2)).toEqual([20, 20, 22, 22]);
    const csat = head.values.find((r) => r[0] === 'CSAT (4–5)')!;
    expect(csat[2]).toBeCloseTo(4 / 7, 12);
    expect(csat[3]).toBeNull(); // no responses the week before: no change, not "−57 %"
    expect(head.values.find((r) => r[0] === 'Shopee chat response rate')![2]).toBe(0.93);
    expect(head.numberFormats[head.values.indexOf(csat)]!.slice(2)).toEqual(['0.0%" "', '+0.0%" ";-0.0%" ";0.0%" "', '0.0%" "', '+0.0%" ";-0.0%" ";0.0%" "']);
  });

  it('lists skipped rows with cells and a summary note', () => {
    const s = byId('skipped');
    expect(s.values.length).toBe(1 + k28.skipped.length);
    expect(s.values[1]![0]).toBe('Tickets!B15');
    // The 28 days also hold D5 (row 19) and D6 (row 20): closed / resolved without a Resolved At.
    expect(s.values.slice(1).map((r) => r[0])).toEqual(['Tickets!B15', 'Tickets!Y16', 'Tickets!P17', 'Tickets!L18', 'Tickets!P19', 'Tickets!P20', 'Tickets!T21', 'Tickets!J23']);
    expect(s.note.en).toBe('8 rows skipped: Tickets!B15 not a date: "yesterday", Tickets!Y16 CSAT 7 is outside 1–5, Tickets!P17 Resolved At is before Created At, … Fix the cells; the rest of each row still counts.');
  });

  it('refresh block shows local time and duration; praise stays literal text', () => {
    expect(byId('refresh').values[1]![2]).toBe('2026-10-12 08:00');
    expect(byId('refresh').values[2]![2]).toBe(2.35);
    expect(byId('praise').values[1]).toEqual(['amy', 5, '\'=HYPERLINK("x") great']);
    expect(literalText('+60123')).toBe("'+60123");
    expect(literalText('ok')).toBe('ok');
  });

  it('the daily trend has one row per day of the 28', () => {
    const t = byId('daily_trend');
    expect(t.values.length).toBe(29);
    expect(t.values[1]![0]).toBe('2026-09-14');
    expect(t.values[28]).toEqual(['2026-10-11', 1, null, null]);
  });

  it('an empty workbook still lays out, with placeholder rows and no charts', () => {
    const empty = computeKpis({ tickets: [], orders: [], calendar, policy, from: '2026-10-05', to: '2026-10-11' });
    const l = buildDashboard({ now: sg('10-12 08:00'), timeZone: 'Asia/Singapore', kpis7: empty, kpisPrev7: empty, kpis28: empty, kpisPrev28: empty });
    const pareto = l.blocks.find((b) => b.id === 'reason_pareto')!;
    expect(pareto.values.length).toBe(1);
    expect(pareto.chart).toBeUndefined();
    expect(l.blocks.find((b) => b.id === 'skipped')!.values[1]![1]).toBe('No rows skipped · 没有跳过的行');
  });
});
