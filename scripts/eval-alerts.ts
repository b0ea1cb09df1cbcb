/**
 * `npm run eval:alerts`: the alert detectors over generated shop histories (scripts/eval-alerts/generator.ts),
 * run day by day with incidents and the cool-down as the hourly trigger would. Prints, per true incident kind,
 * the recall; incidents (and raw alerts) per true incident found; false incidents per shop-month; and exits 1 when
 * a target is missed: batch-defect recall ≥ 0.9, ≤ 1.2 incidents per true incident, ≤ 0.25 false incidents per
 * shop-month, no volume incident on promo-explained volume.
 * Options: --shops N (default 70 → 210 shop-months), --seed N.
 */
import { availableParallelism } from 'node:os';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EVENT_KINDS, evaluate, mergeResults, summarise, type EvalResult } from './eval-alerts/evaluate';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const shops = arg('shops', 70);
const seed = arg('seed', 1000);
const t0 = Date.now();

/** Shops are independent: split them over the cores, one tsx child process per share. */
async function run(): Promise<EvalResult> {
  const n = threads();
  const per = Math.ceil(shops / n);
  const worker = fileURLToPath(new URL('./eval-alerts/worker.ts', import.meta.url));
  const parts = await Promise.all(
    Array.from({ length: n }, (_, i) => {
      const share = Math.min(per, shops - i * per);
      return new Promise<EvalResult>((resolve, reject) => {
        execFile(process.execPath, ['--import', 'tsx', worker, String(share), '120', '30', String(seed + i * per)], { maxBuffer: 1 << 26 }, (err, out) =>
          err ? reject(err) : resolve(JSON.parse(out) as EvalResult),
        );
      });
    }),
  );
  return parts.slice(1).reduce(mergeResults, parts[0]!);
}

const r = threads() > 1 ? await run() : evaluate({ shops, days: 120, evalFrom: 30, seed });

function threads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4, shops));
}
const secs = (Date.now() - t0) / 1000;
const s = summarise(r);
const ratio = (x: number, n: number) => (n ? `${x}/${n} = ${(x / n).toFixed(3)}` : '—');

console.log(`${shops} shops, ${r.shopMonths.toFixed(0)} shop-months evaluated in ${secs.toFixed(1)} s\n`);
console.log('recall per true incident (found when an incident raised within its days lists its tickets):');
for (const k of EVENT_KINDS) console.log(`  ${k.padEnd(16)} ${ratio(r.recall[k].detected, r.recall[k].events)}`);
console.log(`  ${'all'.padEnd(16)} ${ratio(r.detectedEvents, EVENT_KINDS.reduce((n, k) => n + r.recall[k].events, 0))}`);

const rows: string[][] = [['incident cause', 'raised', 'true', 'false']];
for (const [cause, [t, f]] of Object.entries(r.byCause)) if (t + f) rows.push([cause, String(t + f), String(t), String(f)]);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`\n${line(rows[0]!)}`);
for (const row of rows.slice(1)) console.log(line(row));

console.log(`\n                                     incidents   raw alerts (before grouping)`);
console.log(`per true incident found (≤ 1.2)     ${s.incidentsPerTrue.toFixed(3).padStart(9)}   ${s.alertsPerTrue.toFixed(3).padStart(9)}`);
console.log(`false per shop-month (≤ 0.25)       ${s.falseIncidentsPerShopMonth.toFixed(3).padStart(9)}   ${s.falseAlertsPerShopMonth.toFixed(3).padStart(9)}`);
console.log(`\npromo-explained volume days (would have alerted without orders): ${r.promoExplained}`);
console.log(`volume incidents on promo-wave days not explained by an event:  ${r.promoFalseVolume}`);
if (r.promoFalseExamples.length) console.log(`\non promo-wave days:\n  ${r.promoFalseExamples.join('\n  ')}`);
if (r.falseExamples.length) console.log(`\nsome false incidents:\n  ${r.falseExamples.slice(0, 6).join('\n  ')}`);

const misses: string[] = [];
if (s.defectRecall < 0.9) misses.push(`batch-defect recall ${s.defectRecall.toFixed(3)} < 0.9`);
if (s.incidentsPerTrue > 1.2) misses.push(`incidents per true incident ${s.incidentsPerTrue.toFixed(3)} > 1.2`);
if (s.falseIncidentsPerShopMonth > 0.25) misses.push(`false incidents per shop-month ${s.falseIncidentsPerShopMonth.toFixed(3)} > 0.25`);
if (s.promoFalseVolume > 0) misses.push(`${s.promoFalseVolume} volume incident(s) on promo-explained volume`);
if (misses.length) {
  console.error(`\nTARGETS MISSED: ${misses.join('; ')}`);
  process.exit(1);
}
console.log('\nall targets met');
