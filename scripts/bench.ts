/**
 * `npm run bench`: times the case desk through the real bundle (dist/Code.js in the emulator) and the pure clock,
 * plus the knowledge-base rows when scripts/bench-kb.ts exists; then the cost-model table of AfterDesk against a
 * naive peer at 1k–150k tickets (scripts/bench/cost.ts). Prints aligned tables; asserts nothing.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchClock } from './bench/clock';
import { benchDesk } from './bench/desk';
import { COST_SIZES, benchCost, formatCostTable } from './bench/cost';
import { type BenchRow, formatTable } from './bench/table';

const here = dirname(fileURLToPath(import.meta.url));

/** Optional rows from other parts of the product, loaded only when their bench file is present. */
async function optionalRows(file: string, exportName: string): Promise<BenchRow[]> {
  const path = join(here, file);
  if (!existsSync(path)) return [];
  try {
    const mod = (await import(path)) as Record<string, unknown>;
    const fn = mod[exportName];
    if (typeof fn !== 'function') return [];
    return (await (fn as () => BenchRow[] | Promise<BenchRow[]>)()).map((r) => ({ ...r }));
  } catch (e) {
    return [{ name: `${file} failed`, n: 0, ms: 0, note: String(e instanceof Error ? e.message : e).slice(0, 120) }];
  }
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [...benchDesk(), ...benchClock(), ...(await optionalRows('bench-kb.ts', 'benchKb')), ...(await optionalRows('bench/review.ts', 'benchReview')), ...(await optionalRows('bench-staffing.ts', 'benchStaffing')), ...(await optionalRows('bench/hourly.ts', 'benchHourly'))];
  rows.push(...(await optionalRows('bench/privacy.ts', 'benchPrivacy')));
  console.log(formatTable(rows));
  // The cost model (issue 11): AfterDesk against a naive peer on the same workbooks, 1k–150k tickets.
  const cost = benchCost(COST_SIZES, (line) => console.error(line));
  console.log('\nModelled cost on Google\'s servers (src/local/emu/cost.ts), AfterDesk vs a naive peer (scripts/bench/naive-peer.js):');
  console.log(formatCostTable(cost));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
