/**
 * The cost table of `npm run bench`: AfterDesk's actions and a naive peer (scripts/bench/naive-peer.js) on the
 * same in-memory workbooks of 1k–150k tickets, through the same emulator and cost model (src/local/emu/cost.ts):
 * calls, backend calls, cells moved and modelled seconds, and how many times slower the peer models.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../../src/local/runtime';
import type { ExecutionCost } from '../../src/local/emu/cost';
import { SCALE_CASE, costOf, scaleDesk } from '../../test/server/scale';

const here = dirname(fileURLToPath(import.meta.url));
export const COST_SIZES = [1_000, 10_000, 50_000, 150_000];

export interface CostRow {
  tickets: number;
  orders: number;
  action: string;
  ours: ExecutionCost;
  naive: ExecutionCost;
}

export function benchCost(sizes = COST_SIZES, log: (s: string) => void = () => {}): CostRow[] {
  const out: CostRow[] = [];
  for (const n of sizes) {
    const orders = Math.min(n * 3, 150_000);
    const t0 = performance.now();
    const s = scaleDesk(n, orders, 60, 2);
    const d = s.desk;
    log(`built ${n} tickets, ${orders} order lines in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    d.env.clock.advance(60_000);
    const ours: Record<string, ExecutionCost> = {};
    ours['log a case'] = costOf(d, 'apiLogCase', { ...SCALE_CASE, orderId: s.orderId });
    d.env.clock.advance(60_000);
    ours['update a ticket'] = costOf(d, 'apiUpdateTicket', s.ticketId, { status: 'open', reply: 'Checking with the courier' });
    ours['open a ticket'] = costOf(d, 'apiGetTicket', s.ticketId);
    d.as('aisyah@shop.test');
    ours['my queue'] = costOf(d, 'apiMyQueue');
    d.as('owner@shop.test');
    // The peer is loaded last: a second bundle moves the emulator's Date realm to its own context.
    const peer = loadBundle(d.env, join(here, 'naive-peer.js'));
    const run = (fn: string, ...args: unknown[]) => {
      peer.call(fn, ...args);
      return d.env.cost.last();
    };
    const naive: Record<string, ExecutionCost> = {
      'log a case': run('naiveLogCase', { ...SCALE_CASE, orderId: s.orderId }),
      'update a ticket': run('naiveUpdateTicket', s.ticketId, { status: 'open', reply: 'Checking with the courier' }),
      'open a ticket': run('naiveGetTicket', s.ticketId),
      'my queue': run('naiveMyQueue', 'aisyah@shop.test'),
    };
    for (const action of Object.keys(ours)) out.push({ tickets: n, orders, action, ours: ours[action]!, naive: naive[action]! });
    log(`measured ${n} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return out;
}

const num = (n: number) => n.toLocaleString('en-US');

/** One aligned text table (also pasted into the README). */
export function formatCostTable(rows: CostRow[]): string {
  const head = ['tickets', 'action', 'calls', 'backend', 'cells r/w', 'model s', 'peer calls', 'peer backend', 'peer cells r/w', 'peer model s', 'peer ÷ ours'];
  const cells = rows.map((r) => [
    num(r.tickets), r.action,
    num(r.ours.calls), num(r.ours.backendCalls), `${num(r.ours.cellsRead)}/${num(r.ours.cellsWritten)}`, r.ours.modelledSeconds.toFixed(2),
    num(r.naive.calls), num(r.naive.backendCalls), `${num(r.naive.cellsRead)}/${num(r.naive.cellsWritten)}`, r.naive.modelledSeconds.toFixed(2),
    `${(r.naive.modelledSeconds / r.ours.modelledSeconds).toFixed(1)}×`,
  ]);
  const all = [head, ...cells];
  const widths = head.map((_, c) => Math.max(...all.map((l) => l[c]!.length)));
  const line = (l: string[]) => `| ${l.map((v, c) => (c === 1 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, c) => (c === 1 ? ':' : '') + '-'.repeat(c === 1 ? w + 1 : w + 1) + (c === 1 ? '' : ':')).join('|')}|`, ...cells.map(line)].join('\n');
}
