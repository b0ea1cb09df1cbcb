/**
 * The hourly job's cost at 10k, 50k and 150k tickets of history (100 tickets a day, two order lines each),
 * through the real bundle and the emulator's cost model: the first run (history summarised once into Daily
 * Stats) and a steady-state run an hour later, which reads only the recent 120-day window.
 */
import { freshDesk } from '../../test/server/harness';
import { writeHistory } from '../../test/server/history';
import { type BenchRow, timed } from './table';

export const HOURLY_SIZES = [10_000, 50_000, 150_000];

function costNote(c: { cellsRead: number; cellsWritten: number; backendCalls: number; modelledSeconds: number; modelledLow: number; modelledHigh: number }): string {
  return `modelled ${c.modelledSeconds.toFixed(1)} s (${c.modelledLow.toFixed(1)}–${c.modelledHigh.toFixed(1)}), cells read ${c.cellsRead.toLocaleString('en-US')}, written ${c.cellsWritten.toLocaleString('en-US')}, backend calls ${c.backendCalls}`;
}

export function benchHourly(sizes = HOURLY_SIZES): BenchRow[] {
  const rows: BenchRow[] = [];
  let base: number | null = null;
  for (const n of sizes) {
    const desk = freshDesk({ now: '2026-11-16T02:00:00Z' });
    writeHistory(desk, n, { perDay: 100 });
    const first = timed(() => desk.ok('apiHourly'));
    const c1 = desk.env.cost.last();
    rows.push({ name: 'hourly job, first run', n, ms: first.ms, calls: c1.calls, note: `${costNote(c1)}; summarises history into Daily Stats once` });
    desk.env.clock.advance(3_600_000);
    const steady = timed(() => desk.ok('apiHourly'));
    const c2 = desk.env.cost.last();
    base ??= c2.modelledSeconds;
    const w = steady.value.window;
    rows.push({ name: 'hourly job', n, ms: steady.ms, calls: c2.calls, note: `${costNote(c2)}; ×${(c2.modelledSeconds / base).toFixed(2)} of ${sizes[0]!.toLocaleString('en-US')}; window ${w.tickets} tickets, ${w.orders} order lines` });
    // Before: the three jobs ran one after another, each reading the whole Tickets (and Orders) tab.
    desk.env.cost.reset();
    const before = timed(() => ['apiRefreshSla', 'apiRefreshDashboard', 'apiCheckAlerts'].forEach((fn) => desk.ok(fn)));
    const old = desk.env.cost.total();
    rows.push({ name: 'hourly before (SLA + dashboard + alerts, whole tabs)', n, ms: before.ms, calls: old.calls, note: costNote(old) });
  }
  return rows;
}
