/**
 * `npm run eval:forecast`: a backtest of the daily ticket forecast (src/core/staffing/forecast.ts) on generated
 * shop histories with promo days (scripts/eval-alerts/generator.ts: 9.9 / 10.10 / 11.11 at 4–8× orders, paydays on
 * the 25th at ~2×, complaints 0–9 days after the order). From weekly origins it forecasts the next 28 days from the
 * history before the origin, and prints the MAPE on ordinary days, promo days and their after-sale wave, against
 * the same weekday of the last week before the origin. Two modes: the shop typed no expected orders (recent order
 * level and learned promo lifts), and the shop typed them (actual orders ±10 %). Exits 1 when the forecast does not
 * beat the baseline. Options: --shops N (default 40), --seed N (default 7000).
 */
import { generateShop } from './eval-alerts/generator';
import { forecastTickets, WAVE_DAYS, type HistoryDay } from '../src/core/staffing/forecast';
import { mulberry32 } from '../src/local/random';
import { addDaysToKey } from '../src/core/time';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const shops = arg('shops', 40);
const seed0 = arg('seed', 7000);
const DAYS = 215;
const START = '2026-05-01';
const HORIZON = 28;

type Group = 'ordinary' | 'promo day' | 'after-sale wave';
const GROUPS: Group[] = ['ordinary', 'promo day', 'after-sale wave'];
type Method = 'forecast' | 'forecast, orders typed' | 'same weekday last week';
const METHODS: Method[] = ['forecast', 'forecast, orders typed', 'same weekday last week'];

const ape: Record<Method, Record<Group, number[]>> = Object.fromEntries(METHODS.map((m) => [m, Object.fromEntries(GROUPS.map((g) => [g, []]))])) as never;
const cover: Record<Group, [number, number]> = { ordinary: [0, 0], 'promo day': [0, 0], 'after-sale wave': [0, 0] };
const t0 = Date.now();
const perDay: number[] = [];

function gauss(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(rand() || 1e-12)) * Math.cos(2 * Math.PI * rand());
}

for (let s = 0; s < shops; s++) {
  const seed = seed0 + s;
  const shop = generateShop(seed, { days: DAYS, eventsFrom: DAYS, startDate: START });
  const rand = mulberry32(seed * 31 + 7);
  const tickets = new Array(DAYS).fill(0);
  const orders = new Array(DAYS).fill(0);
  // Kuala Lumpur keeps +08:00 all year: a day index is a division away.
  for (const t of shop.tickets) tickets[Math.floor((t.createdAt! - shop.start) / 86_400_000)]++;
  for (const o of shop.orders) orders[Math.floor((o.orderDate! - shop.start) / 86_400_000)]++;
  const keys = Array.from({ length: DAYS }, (_, i) => addDaysToKey(START, i));
  const promo = new Set(shop.promoDays);
  const groupOf = (day: string): Group => {
    for (let k = 0; k <= WAVE_DAYS; k++) if (promo.has(addDaysToKey(day, -k))) return k === 0 ? 'promo day' : 'after-sale wave';
    return 'ordinary';
  };
  for (let origin = 112; origin + HORIZON <= DAYS; origin += 7) {
    // The last 16 weeks, as the Staffing refresh reads them.
    const from = Math.max(0, origin - 112);
    const history: HistoryDay[] = keys.slice(from, origin).map((day, i) => ({ day, tickets: tickets[from + i], orders: orders[from + i] }));
    const base = { history, firstDay: keys[origin]!, days: HORIZON, promoDays: promo, defaultPromoMultiplier: 3 };
    const typed = new Map(keys.slice(origin, origin + HORIZON).map((k, i) => [k, Math.max(0, orders[origin + i]! * (1 + 0.1 * gauss(rand)))]));
    const plain = forecastTickets({ ...base, plannedOrders: new Map() });
    const withOrders = forecastTickets({ ...base, plannedOrders: typed });
    for (let i = 0; i < HORIZON; i++) {
      const y = tickets[origin + i]!;
      perDay.push(y);
      if (y < 1) continue;
      const g = groupOf(keys[origin + i]!);
      const naive = tickets[origin - 7 + (i % 7)]!;
      ape['forecast'][g].push(Math.abs(plain[i]!.tickets - y) / y);
      ape['forecast, orders typed'][g].push(Math.abs(withOrders[i]!.tickets - y) / y);
      ape['same weekday last week'][g].push(Math.abs(naive - y) / y);
      cover[g][0] += y <= plain[i]!.upper ? 1 : 0;
      cover[g][1]++;
    }
  }
}

const mape = (xs: number[]) => (xs.length ? (100 * xs.reduce((a, b) => a + b, 0)) / xs.length : NaN);
const rows: string[][] = [['MAPE %', ...GROUPS, 'all days']];
for (const m of METHODS) rows.push([m, ...GROUPS.map((g) => mape(ape[m][g]).toFixed(1)), mape(GROUPS.flatMap((g) => ape[m][g])).toFixed(1)]);
rows.push(['days scored', ...GROUPS.map((g) => String(ape['forecast'][g].length)), String(GROUPS.reduce((a, g) => a + ape['forecast'][g].length, 0))]);
rows.push(['actual ≤ upper band %', ...GROUPS.map((g) => ((100 * cover[g][0]) / Math.max(1, cover[g][1])).toFixed(1)), '']);
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
perDay.sort((a, b) => a - b);
console.log(`${shops} generated shops × ${DAYS} days, weekly origins from day 112, ${HORIZON}-day horizon (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
console.log(`tickets a day scored: median ${perDay[perDay.length >> 1]}, 90th percentile ${perDay[Math.floor(perDay.length * 0.9)]} (small counts: Poisson noise alone keeps MAPE well above 0)\n`);
console.log(line(rows[0]!));
for (const r of rows.slice(1)) console.log(line(r));

const misses: string[] = [];
for (const g of GROUPS) {
  for (const m of ['forecast', 'forecast, orders typed'] as const) {
    if (!(mape(ape[m][g]) < mape(ape['same weekday last week'][g]))) misses.push(`${m} on ${g}: ${mape(ape[m][g]).toFixed(1)} % ≥ baseline ${mape(ape['same weekday last week'][g]).toFixed(1)} %`);
  }
}
if (misses.length) {
  console.error(`\nTARGET MISSED (must beat same weekday last week): ${misses.join('; ')}`);
  process.exit(1);
}
console.log('\nthe forecast beats the same-weekday-last-week baseline on ordinary days, promo days and after-sale waves');
