/**
 * The daily ticket forecast: tickets follow orders over the next days (a lag kernel fitted to the shop's history,
 * shrunk toward "complaints arrive 0–9 days after the order"), times a weekday factor; future orders come from the
 * Forecast tab when the shop typed them, else the recent order level (and half its trend) × weekday × the promo lift
 * learned from past Promo Days (a Settings default when there are none). A promo day's orders thus bring their
 * after-sale wave.
 */
import { median } from '../alerts/stats';
import { addDaysToKey, weekdayOfKey } from '../time';

/** How many days after its order a ticket may arrive (the after-sale wave). */
export const WAVE_DAYS = 9;

export interface HistoryDay {
  day: string;
  tickets: number;
  /** Orders placed that day; null when the shop keeps no orders. */
  orders: number | null;
}

export interface ForecastInput {
  /** Consecutive local days, oldest first, ending the day before `firstDay`. */
  history: HistoryDay[];
  firstDay: string;
  days: number;
  promoDays: ReadonlySet<string>;
  /** Expected orders the shop typed in the Forecast tab, by day. */
  plannedOrders: ReadonlyMap<string, number>;
  /** Order lift of a promo day when the history holds none. */
  defaultPromoMultiplier: number;
}

export type OrdersSource = 'planned' | 'trend' | 'none';

export interface DayForecast {
  day: string;
  weekday: number;
  tickets: number;
  /** ~95 % upper band: the higher promo lift seen and the day-to-day noise. */
  upper: number;
  orders: number | null;
  ordersSource: OrdersSource;
  /** 0 on a promo day, k on the k-th day of its after-sale wave, null otherwise. */
  promoWave: number | null;
}

export interface ForecastModel {
  ticketsPerOrder: number | null;
  /** Share of an order's tickets arriving k days later, k = 0 … WAVE_DAYS. */
  lagKernel: number[];
  ticketWeekday: number[];
  orderWeekday: number[];
  orderLevel: number | null;
  /** Daily growth factor of orders (1 = flat): half the change between the last two 4-week levels. */
  orderTrend: number;
  /** Learned order lift on promo days: [median, upper], by kind ('double' = 9.9, 11.11 …; 'other'). */
  promoLift: Record<'double' | 'other', { median: number; upper: number; seen: number }>;
  dispersion: number;
}

/** Prior lag kernel: a few same-day tickets (cancellations, questions), most 1–7 days later (METHODS.md). */
const PRIOR_KERNEL = normalise([0.12, 0.13, 0.14, 0.13, 0.12, 0.11, 0.09, 0.07, 0.05, 0.04]);

/** Tickets' worth of belief in the prior kernel shape. */
const KERNEL_PRIOR_TICKETS = 400;

/** A [1, 2, 1] / 4 moving average (ends repeated). */
function smooth(xs: number[]): number[] {
  return xs.map((x, k) => (xs[Math.max(0, k - 1)]! + 2 * x + xs[Math.min(xs.length - 1, k + 1)]!) / 4);
}

function normalise(xs: number[]): number[] {
  const s = xs.reduce((a, b) => a + b, 0);
  return s > 0 ? xs.map((x) => x / s) : xs.map(() => 1 / xs.length);
}

/** 9.9, 10.10, 11.11, 12.12 (month = day) are the big ones; paydays and the shop's own are another kind. */
export function promoKind(day: string): 'double' | 'other' {
  const [, m, d] = day.split('-').map(Number);
  return m === d ? 'double' : 'other';
}

/** Weekday factors (mean 1) from the usable days of the last 8 weeks, shrunk toward 1 by `shrink` weeks. */
function weekdayFactors(values: number[], days: string[], usable: boolean[], shrink = 2): number[] {
  const sum = new Array(7).fill(0);
  const n = new Array(7).fill(0);
  for (let j = Math.max(0, values.length - 56); j < values.length; j++) {
    if (!usable[j]) continue;
    const w = weekdayOfKey(days[j]!);
    sum[w] += values[j]!;
    n[w]++;
  }
  const total = sum.reduce((a, b) => a + b, 0);
  const count = n.reduce((a, b) => a + b, 0);
  if (total <= 0 || count === 0) return new Array(7).fill(1);
  const mean = total / count;
  const raw = sum.map((s, w) => (n[w] === 0 ? 1 : (n[w] * (s / n[w] / mean) + shrink) / (n[w] + shrink)));
  const avg = raw.reduce((a, b) => a + b, 0) / 7;
  return raw.map((f) => f / avg);
}

/** Robust level: the median of the last `window` usable days after removing the weekday pattern. */
function level(values: number[], days: string[], usable: boolean[], wf: number[], upTo: number, window = 28): number | null {
  const xs: number[] = [];
  for (let j = upTo - 1; j >= 0 && xs.length < window; j--) if (usable[j]) xs.push(values[j]! / wf[weekdayOfKey(days[j]!)]!);
  if (xs.length < 5) return null;
  const m = median(xs);
  return m > 0 ? m : xs.reduce((a, b) => a + b, 0) / xs.length;
}

/**
 * Non-negative ridge regression of tickets on the orders of the same and the previous WAVE_DAYS days, pulled
 * toward `prior` (coordinate descent: each coefficient has a closed form given the others).
 */
function fitKernel(y: number[], x: number[][], prior: number[], strength: number): number[] {
  const k = prior.length;
  const beta = prior.slice();
  const r = y.map((v, i) => v - x[i]!.reduce((a, xi, j) => a + xi * beta[j]!, 0));
  const xx = prior.map((_, j) => x.reduce((a, row) => a + row[j]! * row[j]!, 0));
  const lambda = (strength * xx.reduce((a, b) => a + b, 0)) / k;
  for (let sweep = 0; sweep < 60; sweep++) {
    for (let j = 0; j < k; j++) {
      let xr = 0;
      for (let i = 0; i < y.length; i++) xr += x[i]![j]! * (r[i]! + x[i]![j]! * beta[j]!);
      const next = Math.max(0, (xr + lambda * prior[j]!) / (xx[j]! + lambda));
      const d = next - beta[j]!;
      if (d !== 0) for (let i = 0; i < y.length; i++) r[i] = r[i]! - x[i]![j]! * d;
      beta[j] = next;
    }
  }
  return beta;
}

function waveIndex(day: string, promo: ReadonlySet<string>): number | null {
  for (let k = 0; k <= WAVE_DAYS; k++) if (promo.has(addDaysToKey(day, -k))) return k;
  return null;
}

/** Median lift, and for the band the biggest lift seen (at least 25 % above the median; 50 % with one promo). */
function liftSummary(xs: number[], fallback: number): { median: number; upper: number; seen: number } {
  if (xs.length === 0) return { median: fallback, upper: fallback * 1.5, seen: 0 };
  const med = median(xs);
  return { median: med, upper: Math.max(med * (xs.length === 1 ? 1.5 : 1.25), ...xs), seen: xs.length };
}

/** The model learned from the history (exported for the eval and the Staffing note). */
export function learnModel(input: ForecastInput): ForecastModel {
  const h = input.history;
  const days = h.map((d) => d.day);
  const T = h.map((d) => d.tickets);
  const hasOrders = h.some((d) => (d.orders ?? 0) > 0);
  const O = h.map((d) => d.orders ?? 0);
  const promo = h.map((d) => input.promoDays.has(d.day));
  const wave = h.map((d) => waveIndex(d.day, input.promoDays) !== null);
  const orderWeekday = hasOrders ? weekdayFactors(O, days, promo.map((p) => !p)) : new Array(7).fill(1);
  const lift = { double: [] as number[], other: [] as number[] };
  let orderLevel: number | null = null;
  let orderTrend = 1;
  if (hasOrders) {
    const usable = promo.map((p) => !p);
    for (let j = 0; j < h.length; j++) {
      if (!promo[j]) continue;
      const base = level(O, days, usable, orderWeekday, j);
      if (base && base > 0) lift[promoKind(days[j]!)].push(O[j]! / (base * orderWeekday[weekdayOfKey(days[j]!)]!));
    }
    orderLevel = level(O, days, usable, orderWeekday, h.length);
    // The recent trend, once there are 8 weeks of orders: the last 4-week level against the 4 weeks before,
    // damped to half and capped, since a trend extrapolated 4 weeks ahead overshoots more often than not.
    const firstData = O.findIndex((x) => x > 0);
    const before = h.length - 56 >= firstData ? level(O, days, usable, orderWeekday, h.length - 28) : null;
    if (orderLevel && before && before > 0) orderTrend = Math.pow(Math.min(1.33, Math.max(0.75, orderLevel / before)), 0.5 / 28);
  } else {
    // No orders: a past promo's lift is read off its ticket wave, M − 1 = Σ (tickets ÷ usual − 1) over the wave.
    const usable = wave.map((w) => !w);
    const wf = weekdayFactors(T, days, usable);
    for (let j = 0; j + WAVE_DAYS < h.length; j++) {
      if (!promo[j]) continue;
      const base = level(T, days, usable, wf, j);
      if (!base || base <= 0) continue;
      let excess = 0;
      for (let k = 0; k <= WAVE_DAYS; k++) excess += T[j + k]! / (base * wf[weekdayOfKey(days[j + k]!)]!) - 1;
      lift[promoKind(days[j]!)].push(Math.max(1, 1 + excess));
    }
  }
  const all = [...lift.double, ...lift.other];
  const fallback = all.length ? median(all) : input.defaultPromoMultiplier;
  const promoLift = { double: liftSummary(lift.double, fallback), other: liftSummary(lift.other, fallback) };

  // Tickets per order and its lag kernel, then the weekday pattern of what the orders do not explain.
  const recent = Math.max(0, h.length - 56);
  let ticketsPerOrder: number | null = null;
  let kernel = PRIOR_KERNEL.slice();
  let ticketWeekday = new Array(7).fill(1);
  let dispersion = 1;
  if (hasOrders) {
    const sumT = T.slice(recent).reduce((a, b) => a + b, 0);
    const sumO = O.slice(Math.max(0, recent - 4), h.length - 4).reduce((a, b) => a + b, 0);
    const rho0 = sumO > 0 ? sumT / sumO : 0;
    const rows: number[][] = [];
    const ys: number[] = [];
    const rowDays: string[] = [];
    for (let i = WAVE_DAYS; i < h.length; i++) {
      rows.push(Array.from({ length: WAVE_DAYS + 1 }, (_, k) => O[i - k]!));
      ys.push(T[i]!);
      rowDays.push(days[i]!);
    }
    if (rows.length >= 14 && rho0 > 0) {
      let beta = fitKernel(ys, rows, PRIOR_KERNEL.map((w) => w * rho0), 0.3);
      for (let pass = 0; pass < 2; pass++) {
        const fitted = rows.map((row) => row.reduce((a, x, k) => a + x * beta[k]!, 0));
        ticketWeekday = weekdayFactors(ys.map((y, i) => (fitted[i]! > 0 ? y / fitted[i]! : 1)), rowDays, ys.map(() => true), 4);
        beta = fitKernel(ys.map((y, i) => y / ticketWeekday[weekdayOfKey(rowDays[i]!)]!), rows, PRIOR_KERNEL.map((w) => w * rho0), 0.3);
      }
      ticketsPerOrder = beta.reduce((a, b) => a + b, 0);
      // The kernel's shape is noisy on a few tickets a day: smooth its departure from the prior, and trust it as
      // far as the tickets behind it go.
      if (ticketsPerOrder > 0) {
        const fit = beta.map((b) => b / ticketsPerOrder!);
        const shape = smooth(fit.map((x, k) => x - PRIOR_KERNEL[k]!)).map((d, k) => Math.max(0, PRIOR_KERNEL[k]! + d));
        const n = ys.reduce((a, b) => a + b, 0);
        const trust = n / (n + KERNEL_PRIOR_TICKETS);
        kernel = normalise(shape.map((x, k) => trust * x + (1 - trust) * PRIOR_KERNEL[k]!));
        beta = kernel.map((w) => w * ticketsPerOrder!);
      }
      const fitted = rows.map((row, i) => row.reduce((a, x, k) => a + x * beta[k]!, 0) * ticketWeekday[weekdayOfKey(rowDays[i]!)]!);
      const pearson = fitted.map((f, i) => (f > 0 ? (ys[i]! - f) ** 2 / f : 0)).slice(-56);
      dispersion = Math.max(1, pearson.reduce((a, b) => a + b, 0) / Math.max(1, pearson.length));
    }
  }
  if (ticketsPerOrder === null) {
    ticketWeekday = weekdayFactors(T, days, wave.map((w) => !w));
  }
  return { ticketsPerOrder, lagKernel: kernel, ticketWeekday, orderWeekday, orderLevel, orderTrend, promoLift, dispersion };
}

/** The forecast for `input.days` days from `input.firstDay`. */
export function forecastTickets(input: ForecastInput, model = learnModel(input)): DayForecast[] {
  const h = input.history;
  const known = new Map(h.map((d) => [d.day, d.orders ?? 0]));
  const future: DayForecast[] = [];
  const ordersOf = (day: string, band: 'median' | 'upper'): { orders: number; source: OrdersSource } => {
    const planned = input.plannedOrders.get(day);
    if (planned !== undefined) return { orders: band === 'upper' && input.promoDays.has(day) ? planned * 1.2 : planned, source: 'planned' };
    if (day < input.firstDay && known.has(day)) return { orders: known.get(day)!, source: 'trend' };
    // The level is the median of the last 4 weeks, i.e. of about 14 days before the first forecast day.
    const ahead = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${input.firstDay}T00:00:00Z`)) / 86_400_000;
    const base = (model.orderLevel ?? 0) * model.orderWeekday[weekdayOfKey(day)]! * Math.pow(model.orderTrend, ahead + 14);
    const lift = input.promoDays.has(day) ? model.promoLift[promoKind(day)][band] : 1;
    return { orders: base * lift, source: 'trend' };
  };
  // Without orders, a ticket level stands in for "orders × tickets per order".
  const ticketLevel = model.ticketsPerOrder === null ? ticketOnlyLevel(input, model) : 0;
  for (let i = 0; i < input.days; i++) {
    const day = addDaysToKey(input.firstDay, i);
    const wd = weekdayOfKey(day);
    const wave = waveIndex(day, input.promoDays);
    let mu: number;
    let hi: number;
    let orders: number | null = null;
    let source: OrdersSource = 'none';
    if (model.ticketsPerOrder !== null) {
      mu = 0;
      hi = 0;
      for (let k = 0; k <= WAVE_DAYS; k++) {
        const d = addDaysToKey(day, -k);
        const w = model.ticketsPerOrder * model.lagKernel[k]!;
        mu += w * ordersOf(d, 'median').orders;
        hi += w * ordersOf(d, 'upper').orders;
      }
      const today = ordersOf(day, 'median');
      orders = today.orders;
      source = today.source;
      mu *= model.ticketWeekday[wd]!;
      hi *= model.ticketWeekday[wd]!;
    } else {
      let lift = 1;
      let liftHi = 1;
      for (let k = 0; k <= WAVE_DAYS; k++) {
        const d = addDaysToKey(day, -k);
        if (!input.promoDays.has(d)) continue;
        const p = model.promoLift[promoKind(d)];
        // M× the usual orders on day d bring (M − 1) × the usual tickets × kernel[k] extra, k days later.
        lift += (p.median - 1) * model.lagKernel[k]!;
        liftHi += (p.upper - 1) * model.lagKernel[k]!;
      }
      mu = ticketLevel * model.ticketWeekday[wd]! * lift;
      hi = ticketLevel * model.ticketWeekday[wd]! * liftHi;
    }
    const upper = hi + 1.645 * Math.sqrt(Math.max(hi, 1) * model.dispersion);
    future.push({ day, weekday: wd, tickets: mu, upper, orders, ordersSource: source, promoWave: wave });
  }
  return future;
}

function ticketOnlyLevel(input: ForecastInput, model: ForecastModel): number {
  const h = input.history;
  const usable = h.map((d) => waveIndex(d.day, input.promoDays) === null);
  return level(h.map((d) => d.tickets), h.map((d) => d.day), usable, model.ticketWeekday, h.length) ?? 0;
}
