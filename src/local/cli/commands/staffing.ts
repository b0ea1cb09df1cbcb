/** `staffing` (the Staffing tab refresh through the bundle) and `erlang` (one Erlang C interval, pure core). */
import { agentsRequired, agentsToSchedule, intervalMetrics, type IntervalMetrics } from '../../../core/staffing/erlang';
import { nowFlag, parse, str, type Parsed } from '../args';
import { usage } from '../errors';
import { printJson, unwrap } from '../output';
import { openWorkbook, saveOpenWorkbook } from '../workbook';

export async function staffingCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, {});
  if (positionals.length !== 1) throw usage('usage: afterdesk staffing WB [--now T] --json');
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const r = unwrap<{ from: string; to: string; shortHours: number; days: { date: string; tickets: number; upper: number; peakAgentsToSchedule: number; shortHours: number }[] }>(wb.bundle.call('apiRefreshStaffing'));
  await saveOpenWorkbook(wb);
  if (flags.json) return printJson(r);
  console.log(`Staffing ${r.from} → ${r.to}: ${r.shortHours} short hour(s)`);
  for (const d of r.days) console.log(`${d.date}  tickets ${d.tickets.toFixed(1).padStart(7)} (≤ ${d.upper.toFixed(1)})  peak ${d.peakAgentsToSchedule} to schedule${d.shortHours ? `  ${d.shortHours} short` : ''}`);
}

const ERLANG_USAGE = 'usage: afterdesk erlang --arrivals N --interval SECONDS --aht SECONDS [--agents N] [--target-sl F --target-seconds S] [--occupancy F] [--shrinkage F] --json';

function num(flags: Parsed['flags'], name: string, ok: (x: number) => boolean, what: string): number | undefined {
  const v = str(flags, name);
  if (v === undefined) return undefined;
  const x = Number(v);
  if (v.trim() === '' || !Number.isFinite(x) || !ok(x)) throw usage(`--${name} must be ${what}, got "${v}"`);
  return x;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

function metricsJson(m: IntervalMetrics) {
  return { p_wait: m.pWait, service_level: m.serviceLevel, asa_seconds: finite(m.asaSeconds), occupancy: m.occupancy, traffic_erlangs: m.traffic };
}

export async function erlangCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, {
    arrivals: { type: 'string' }, interval: { type: 'string' }, aht: { type: 'string' }, agents: { type: 'string' },
    'target-sl': { type: 'string' }, 'target-seconds': { type: 'string' }, occupancy: { type: 'string' }, shrinkage: { type: 'string' },
  });
  if (positionals.length > 0) throw usage(ERLANG_USAGE);
  const arrivals = num(flags, 'arrivals', (x) => x >= 0, 'a number ≥ 0');
  const interval = num(flags, 'interval', (x) => x > 0, 'a number of seconds > 0');
  const aht = num(flags, 'aht', (x) => x > 0, 'a number of seconds > 0');
  if (arrivals === undefined || interval === undefined || aht === undefined) throw usage(`--arrivals, --interval and --aht are required. ${ERLANG_USAGE}`);
  const agents = num(flags, 'agents', (x) => Number.isInteger(x) && x >= 0, 'a whole number ≥ 0');
  const sl = num(flags, 'target-sl', (x) => x > 0 && x < 1, 'a share between 0 and 1 (0.8 = 80 %)');
  const seconds = num(flags, 'target-seconds', (x) => x >= 0, 'a number of seconds ≥ 0');
  const occupancy = num(flags, 'occupancy', (x) => x > 0 && x <= 1, 'a share in (0, 1]');
  const shrinkage = num(flags, 'shrinkage', (x) => x >= 0 && x < 1, 'a share in [0, 1)');
  // With --agents: that staffing's figures (the service level counts answers within --target-seconds, default 0;
  // --target-sl adds whether it is met). Without: the smallest staffing meeting the target.
  if (agents === undefined && (sl === undefined || seconds === undefined)) throw usage(`give --agents N, or --target-sl F with --target-seconds S. ${ERLANG_USAGE}`);
  const i = { arrivals, intervalSeconds: interval, ahtSeconds: aht };
  let out: Record<string, unknown>;
  if (agents !== undefined) {
    const m = intervalMetrics(i, agents, seconds ?? 0);
    out = metricsJson(m);
    if (sl !== undefined) out['meets_target'] = m.serviceLevel >= sl && (occupancy === undefined || m.occupancy <= occupancy);
    if (shrinkage !== undefined) out['agents_scheduled'] = agentsToSchedule(agents, shrinkage);
  } else {
    const m = agentsRequired(i, { serviceLevel: sl!, targetSeconds: seconds!, ...(occupancy !== undefined ? { maxOccupancy: occupancy } : {}) });
    out = { agents_required: m.agents, agents_scheduled: agentsToSchedule(m.agents, shrinkage ?? 0), ...metricsJson(m) };
  }
  if (flags.json) return printJson(out);
  for (const [k, v] of Object.entries(out)) console.log(`${k.padEnd(16)} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : String(v)}`);
}
