/**
 * Bundle tests of the staffing forecast: the Staffing tab written from a seeded workbook, its figures recomputed
 * with the pure core, short hours highlighted, bad Settings and Forecast cells refused before anything is written,
 * a call count that does not grow with the history, and the weekly and promo-eve triggers.
 */
import { describe, expect, it } from 'vitest';
import { agentsRequired, agentsToSchedule, intervalMetrics } from '../../src/core/staffing/erlang';
import { SHORT_BACKGROUND } from '../../src/server/staffing/layout';
import { local, writeRows } from './alert-shop';
import { column, freshDesk, type Desk } from './harness';

const DAY = 86_400_000;

/**
 * `weeks` of history before Monday 2026-11-02 08:00: 60 orders and 6 tickets a day (5 on Shopee Chat, 1 e-mail,
 * between 10:00 and 17:30), 11.11 typed in the Forecast tab at 30,000 orders.
 */
function shop(weeks = 12): { desk: Desk; now: number } {
  const desk = freshDesk();
  const now = desk.at('2026-11-02 08:00');
  const midnight = Date.parse('2026-11-02T00:00:00+08:00');
  const orders: Record<string, unknown>[] = [];
  const tickets: Record<string, unknown>[] = [];
  for (let d = weeks * 7; d >= 1; d--) {
    const day = midnight - d * DAY;
    for (let k = 0; k < 60; k++) orders.push({ 'Order ID': `O-${d}-${k}`, 'Order Date': local(day + 9 * 3_600_000 + k * 10 * 60_000), 'Customer ID': `C-${k}`, SKU: 'SKU-1', Quantity: 1 });
    for (let j = 0; j < 6; j++) {
      tickets.push({ 'Ticket ID': `T-${d}-${j}`, 'Created At': local(day + (10 + 1.5 * j) * 3_600_000), Channel: j === 5 ? 'Email' : 'Shopee Chat', Reason: 'Logistics', Status: 'Closed', Priority: 'Normal', Description: 'where is my parcel' });
    }
  }
  writeRows(desk, 'Orders', orders);
  writeRows(desk, 'Tickets', tickets);
  desk.setting('Promo Days', '2026-10-10, 2026-11-11, 2026-12-12');
  writeRows(desk, 'Forecast', [{ Date: '2026-11-11', 'Expected Orders': 30000, Note: '11.11 flash sale' }]);
  return { desk, now };
}

function refresh(desk: Desk) {
  return desk.ok('apiRefreshStaffing');
}

describe('staffing forecast (bundle)', () => {
  it('writes the Staffing tab: a totals row per day, one row per open hour, figures the core recomputes', () => {
    const { desk } = shop();
    const r = refresh(desk);
    expect(r.from).toBe('2026-11-02');
    expect(r.to).toBe('2026-11-29');
    expect(r.agentsActive).toBe(4);
    expect(r.model.ticketsPerOrder).toBeCloseTo(0.1, 2);
    expect(r.model.plannedDays).toBe(1);
    const rows = desk.rows('Staffing');
    expect(rows[0]!.slice(0, 4)).toEqual(['Date', 'Hour', 'Sale Day', 'Tickets']);
    expect(rows.length - 1).toBe(r.rowsWritten);
    const hour = column(rows, 'Hour').map(String);
    expect(hour.filter((h) => h.startsWith('Day · 全天'))).toHaveLength(28);
    // Default hours: Mon–Fri 09–18 (9 rows), Sat 10–14 (4), Sun closed → 4 weeks × 49 hour rows.
    expect(hour.filter((h) => /^\d\d:00$/.test(h))).toHaveLength(4 * 49);
    expect(r.hours).toHaveLength(4 * 49);

    const get = (name: string) => column(rows, name);
    const [chats, backlog, required, schedule, available, sl] = ['Live Chats', 'Backlog Hours', 'Agents Required', 'Agents To Schedule', 'Agents Available', 'Expected Service Level'].map(get);
    let checked = 0;
    hour.forEach((h, i) => {
      if (!/^\d\d:00$/.test(h)) return;
      const interval = { arrivals: Number(chats[i]), intervalSeconds: 3600, ahtSeconds: 240 };
      const chatAgents = interval.arrivals > 0 ? agentsRequired(interval, { serviceLevel: 0.8, targetSeconds: 60, maxOccupancy: 0.85 }).agents : 0;
      const busy = (interval.arrivals * 240 + Number(backlog[i]) * 3600) / 3600;
      const want = Math.max(chatAgents, Math.ceil(busy / 0.85 - 1e-9));
      expect(required[i]).toBe(want);
      expect(schedule[i]).toBe(agentsToSchedule(want, 0.3));
      expect(available[i]).toBe(4);
      expect(sl[i]).toBeCloseTo(intervalMetrics(interval, Math.floor(4 * 0.7), 60).serviceLevel, 9);
      checked++;
    });
    expect(checked).toBe(196);
  });

  it('11.11 typed at 30,000 orders brings a wave of short hours, highlighted red; ordinary days are not short', () => {
    const { desk } = shop();
    const r = refresh(desk);
    const day = (d: string) => r.days.find((x: any) => x.date === d);
    expect(day('2026-11-03').tickets).toBeCloseTo(6, 0);
    expect(day('2026-11-03').shortHours).toBe(0);
    expect(day('2026-11-11').promoWave).toBe(0);
    expect(day('2026-11-12').tickets).toBeGreaterThan(300);
    expect(day('2026-11-12').shortHours).toBeGreaterThan(0);
    expect(r.shortHours).toBe(r.hours.filter((h: any) => h.short).length);
    expect(r.shortHours).toBeGreaterThan(0);

    const sheet = desk.sheet('Staffing');
    const rows = desk.rows('Staffing');
    const shortText = column(rows, 'Short').map(String);
    const hour = column(rows, 'Hour').map(String);
    let red = 0;
    hour.forEach((h, i) => {
      if (!/^\d\d:00$/.test(h)) return;
      const bg = sheet.getRange(i + 2, 1).getBackground();
      if (shortText[i]!.startsWith('Short +')) {
        expect(bg).toBe(SHORT_BACKGROUND);
        red++;
      } else expect(bg).not.toBe(SHORT_BACKGROUND);
    });
    expect(red).toBe(r.shortHours);
    const sale = column(rows, 'Sale Day').map(String);
    expect(sale[hour.indexOf('Day · 全天', hour.findIndex((_, i) => sale[i] === 'Promo day · 大促日'))]).toBe('Promo day · 大促日');
    expect(sale).toContain('After-sale +3 · 售后第3天');
  });

  it('a bad Settings value or Forecast cell is refused with a bilingual message naming the cell; nothing is written', () => {
    const { desk } = shop(3);
    refresh(desk);
    const before = JSON.stringify(desk.rows('Staffing'));
    desk.setting('Staffing Shrinkage', '1.5');
    const e = desk.err('apiRefreshStaffing');
    expect(e.key).toBe('setting_invalid');
    expect(e.en).toMatch(/^Settings!B\d+ \(Staffing Shrinkage\): "1\.5" is above 0\.9/);
    expect(e.zh).toContain('人力损耗率');
    expect(JSON.stringify(desk.rows('Staffing'))).toBe(before);

    desk.setting('Staffing Shrinkage', '0.3');
    desk.sheet('Forecast').getRange(2, 2).setValue('lots');
    const f = desk.err('apiRefreshStaffing');
    expect(f.key).toBe('forecast_invalid');
    expect(f.en).toContain('Forecast!B2');
    expect(f.zh).toContain('销量预测!B2');
    expect(JSON.stringify(desk.rows('Staffing'))).toBe(before);
  });

  it('a missing Staffing tab stops the refresh before any write', () => {
    const { desk } = shop(2);
    const ss = desk.env.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(desk.sheet('Staffing'));
    expect(desk.err('apiRefreshStaffing').key).toBe('tab_missing');
  });

  it('a Tickets tab without its Channel column is reported, not guessed', () => {
    const { desk } = shop(2);
    const tickets = desk.sheet('Tickets');
    const header = tickets.getRange(1, 1, 1, tickets.getLastColumn()).getValues()[0]!;
    tickets.getRange(1, header.indexOf('Channel') + 1).setValue('');
    const e = desk.err('apiRefreshStaffing');
    expect(e.key).toBe('column_missing');
    expect(e.en).toContain('"Channel"');
    expect(e.zh).toContain('渠道');
  });

  it('reads only the columns it needs: the same Spreadsheet calls for 4 and for 12 weeks of history', () => {
    const count = (weeks: number) => {
      const { desk } = shop(weeks);
      desk.env.calls.reset();
      refresh(desk);
      return { calls: desk.env.calls.spreadsheet(), values: desk.env.calls.get('Range.getValues'), sets: desk.env.calls.get('Range.setValues') };
    };
    const small = count(4);
    const large = count(12);
    expect(large).toEqual(small);
    // The Staffing tab is written with one setValues, whatever its length.
    expect(small.sets).toBe(1);
  });

  it('installs a weekly trigger and one for the eve of the next Promo Day, idempotently; that one re-arms itself', () => {
    const { desk } = shop(3);
    const first = desk.ok('apiInstallTriggers');
    // Set-up already installed the team's hourly job (issue 10): this adds the staffing ones beside it.
    expect(first.created).toEqual(expect.arrayContaining(['onWeeklyStaffing', 'onPromoEveStaffing']));
    expect(desk.env.globals.ScriptApp.getProjectTriggers().map((t: any) => t.getHandlerFunction())).toContain('onHourly');
    expect(desk.ok('apiInstallTriggers').created).toEqual([]);
    const ScriptApp = desk.env.globals.ScriptApp;
    for (const t of ScriptApp.getProjectTriggers()) if (t.getHandlerFunction() === 'onHourly') ScriptApp.deleteTrigger(t);
    const fired = desk.bundle.runDueTriggers(Date.parse('2026-11-10T07:00:00+08:00'));
    const eve = fired.find((f) => f.handler === 'onPromoEveStaffing');
    expect(eve?.at).toBe(Date.parse('2026-11-10T06:00:00+08:00'));
    expect(String(desk.sheet('Staffing').getRange(1, 1).getNote())).toMatch(/^Refreshed 2026-11-1\dT0[67]:00:00\+08:00/);
    const handlers = ScriptApp.getProjectTriggers().map((t: any) => t.getHandlerFunction());
    expect(handlers.filter((h: string) => h === 'onPromoEveStaffing')).toHaveLength(1);
    expect(handlers).toContain('onWeeklyStaffing');
    // Re-armed for 12.12: it fires on 12-11 at 06:00, not before.
    const later = desk.bundle.runDueTriggers(Date.parse('2026-12-11T05:00:00+08:00')).filter((f) => f.handler === 'onPromoEveStaffing');
    expect(later).toEqual([]);
    const eve2 = desk.bundle.runDueTriggers(Date.parse('2026-12-11T06:30:00+08:00')).find((f) => f.handler === 'onPromoEveStaffing');
    expect(eve2?.at).toBe(Date.parse('2026-12-11T06:00:00+08:00'));
  });
});
