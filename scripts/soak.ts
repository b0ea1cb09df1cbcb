/**
 * `npm run soak`: a seeded, time-bounded random workload through the real bundle under injected faults and
 * interleaved executions, with the invariant checker after every step (scripts/soak/). Options:
 * `--seed N` (default 1), `--ops N` (default 10,000), `--minutes M` (default 4.5), `--fault-rate F` (default
 * 0.003 a service call), `--interleave-rate F` (default 0.05 a call while another execution is pending),
 * `--trace` (the last executions on a violation). Prints progress, the faults by kind, and as its last line
 * `soak: <operations> operations, <faults> faults, <checks> invariant checks, <violations> violations`;
 * on a violation it prints the seed, the step, the operation and the invariant, and exits 1.
 */
import { Checker, type Violation } from './soak/invariants';
import { Soak } from './soak/engine';
import { readTab } from './soak/read';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isFinite(v) || v < 0) {
    console.error(`soak: --${name} needs a number, got "${process.argv[i + 1] ?? ''}"`);
    process.exit(2);
  }
  return v;
}

const seed = arg('seed', 1);
const maxOps = arg('ops', 10_000);
const minutes = arg('minutes', 4.5);
const faultRate = arg('fault-rate', 0.003);
const interleaveRate = arg('interleave-rate', 0.05);
const started = Date.now();
const deadline = started + minutes * 60_000;

const soak = new Soak({ seed, faultRate, interleaveRate });
const checker = new Checker(soak.env, soak.ledger, () => soak.ackedSaves);
let step = 0;
let violations: Violation[] = [];

function fail(where: string): never {
  for (const v of violations) {
    console.error(`VIOLATION seed=${seed} step=${step} operation="${where}" invariant=${v.invariant}: ${v.detail}`);
  }
  if (process.argv.includes('--trace')) console.error(soak.trace.join('\n'));
  console.error(`recent faults: ${soak.plan.log.slice(-6).map((f) => `${f.kind}@${f.call}`).join(', ')}`);
  console.error(`reproduce: npm run soak -- --seed ${seed} --ops ${step}`);
  summary(violations.length);
  process.exit(1);
}

function summary(found: number): void {
  const secs = (Date.now() - started) / 1000;
  const kinds = Object.entries(soak.plan.counts).map(([k, n]) => `${k} ${n}`).join(', ');
  const ops = [...soak.opCounts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  console.log(`seed ${seed}: ${step} steps in ${secs.toFixed(1)} s (${(soak.operations / secs).toFixed(0)} operations/s)`);
  console.log(`operations: ${ops}`);
  console.log(`faults: ${kinds}; interleaved executions ${soak.sched.interleavings}`);
  console.log(`checks by invariant: ${[...checker.byName].map(([k, n]) => `${k} ${n}`).join(', ')}, acked-update ${soak.immediateChecks}`);
  const size = (name: string) => readTab(soak.env, name)?.rows.filter((r) => r.some((v) => v !== '' && v !== undefined)).length ?? 0;
  const queue = readTab(soak.env, 'Mail Queue');
  const statuses = new Map<string, number>();
  for (const r of queue?.rows ?? []) {
    const st = String(r[queue!.col('Status')] ?? '');
    const key = st === 'failed' && String(r[queue!.col('Last Error')] ?? '').startsWith('[interrupted]') ? 'failed (interrupted)' : st;
    if (st) statuses.set(key, (statuses.get(key) ?? 0) + 1);
  }
  console.log(`workbook: Tickets ${size('Tickets')}, Archive ${size('Archive')}, Audit Log ${size('Audit Log')} rows; Mail Queue ${[...statuses].map(([k, n]) => `${k} ${n}`).join(', ')}; outbox ${soak.env.outbox.length}`);
  const checks = checker.checks + soak.immediateChecks;
  console.log(`soak: ${soak.operations} operations, ${soak.plan.total} faults, ${checks} invariant checks, ${found} violations`);
}

let jumps = 0;
while (soak.operations < maxOps && Date.now() < deadline) {
  step++;
  if (jumps < 2 && soak.operations >= (maxOps * (jumps + 1)) / 3) {
    // A third and two thirds of the way: five weeks pass (a holiday), then the archive job moves the old closed
    // tickets out (which also keeps the workbook, and the run, small).
    jumps++;
    soak.env.clock.advance(35 * 86_400_000);
    soak.current = 'archive after five weeks';
    soak.runOp('archive', '');
  } else soak.step();
  violations = [...soak.immediate.splice(0), ...checker.run()];
  if (violations.length) fail(soak.current);
  if (step % 1000 === 0) console.log(`… step ${step}: ${soak.operations} operations, ${soak.plan.total} faults, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// The end: no more faults; the mail queue drains; every queued message goes out exactly once.
soak.plan.enabled = false;
soak.sched.enabled = false;
soak.env.clock.advance(86_400_000);
step++;
for (let i = 0; i < 3; i++) soak.runOp('mailTrigger', '');
violations = checker.run();
const queue = soak.env.spreadsheet.getSheetByName('Mail Queue');
const stuck = queue ? queue.getDataRange().getValues().slice(1).filter((r) => String(r[queue.getRange(1, 1, 1, queue.getLastColumn()).getValues()[0]!.indexOf('Status')]) === 'queued').length : 0;
checker.checks++;
if (stuck) violations.push({ invariant: 'mail-drained', detail: `${stuck} message(s) still queued after the final drains` });
if (violations.length) fail('final drain');
summary(0);
