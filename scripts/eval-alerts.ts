/**
 * `npm run eval:alerts`: the alert detectors over generated shop histories (scripts/eval-alerts/generator.ts),
 * run day by day with the cool-down as the hourly trigger would. Prints recall, precision and false alerts per
 * 30 days per detector, and exits 1 when a target is missed: batch-defect recall ≥ 0.9 for bursts of ≥ 8
 * complaints in 3 days, ≤ 1 false alert per shop-month overall, no volume alert on promo-explained volume.
 * Options: --shops N (default 70 → 210 shop-months), --seed N.
 */
import { availableParallelism } from 'node:os';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { evaluate, mergeResults, summarise, type EvalResult } from './eval-alerts/evaluate';

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

const rows: string[][] = [['detector', 'alerts', 'true', 'false', 'precision', 'false / 30 days']];
for (const [kind, score] of Object.entries(r.byKind)) {
  rows.push([
    kind,
    String(score.alerts),
    String(score.truePositives),
    String(score.falsePositives),
    score.alerts ? (score.truePositives / score.alerts).toFixed(3) : '—',
    (score.falsePositives / r.shopMonths).toFixed(3),
  ]);
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
const line = (row: string[]) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(`${shops} shops, ${r.shopMonths.toFixed(0)} shop-months evaluated in ${secs.toFixed(1)} s\n`);
console.log(line(rows[0]!));
for (const row of rows.slice(1)) console.log(line(row));
console.log('\nrecall (event detected by the matching detector within its window):');
for (const [kind, x] of Object.entries(r.recall)) console.log(`  ${kind.padEnd(16)} ${x.detected}/${x.events} = ${x.events ? (x.detected / x.events).toFixed(3) : '—'}`);
console.log(`\npromo-explained volume days (would have alerted without orders): ${r.promoExplained}`);
console.log(`volume alerts on promo-wave days not explained by an event:     ${r.promoFalseVolume}`);
console.log(`false alerts per shop-month, all detectors:                     ${s.falsePerShopMonth.toFixed(3)}`);
if (r.falseExamples.length) console.log(`\nsome false alerts:\n  ${r.falseExamples.slice(0, 6).join('\n  ')}`);

const misses: string[] = [];
if (s.defectRecall < 0.9) misses.push(`batch-defect recall ${s.defectRecall.toFixed(3)} < 0.9`);
if (s.falsePerShopMonth > 1) misses.push(`false alerts per shop-month ${s.falsePerShopMonth.toFixed(3)} > 1`);
if (s.promoFalseVolume > 0) misses.push(`${s.promoFalseVolume} volume alert(s) on promo-explained volume`);
if (misses.length) {
  console.error(`\nTARGETS MISSED: ${misses.join('; ')}`);
  process.exit(1);
}
console.log('\nall targets met');
