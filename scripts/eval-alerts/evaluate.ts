/**
 * Runs the detectors over generated shop histories day by day, as the hourly trigger would (the run at 23:50 each
 * day, with the cool-down between runs), and scores the raised alerts against the injected events.
 */
import { runDetectorsDetailed } from '../../src/core/alerts/check';
import { alertConfig, type AlertConfig } from '../../src/core/alerts/config';
import { withoutRepeats, type RaisedAlert } from '../../src/core/alerts/cooldown';
import type { Alert, AlertKind } from '../../src/core/alerts/types';
import { parseBusinessCalendar } from '../../src/core/calendar';
import { DEFAULT_SLA_POLICY } from '../../src/core/sla';
import { generateShop, type InjectedEvent, type ShopHistory } from './generator';

export interface DetectorScore {
  alerts: number;
  truePositives: number;
  falsePositives: number;
}

export interface EvalResult {
  shops: number;
  shopMonths: number;
  byKind: Record<AlertKind, DetectorScore>;
  recall: Record<InjectedEvent['kind'], { events: number; detected: number }>;
  /** Volume alerts on promo days or their after-sale wave that no injected event explains. */
  promoFalseVolume: number;
  /** Promo-wave days the orders-based factor kept from alerting. */
  promoExplained: number;
  falseExamples: string[];
}

const DAY = 86_400_000;
const KINDS: AlertKind[] = ['batch_defect', 'volume', 'sla', 'csat', 'return_rate'];

function upTo<T>(rows: T[], at: (r: T) => number, now: number): T[] {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at(rows[mid]!) <= now) lo = mid + 1;
    else hi = mid;
  }
  return rows.slice(0, lo);
}

function explained(a: Alert, day: number, events: InjectedEvent[]): boolean {
  if (a.kind === 'batch_defect') return events.some((e) => e.kind === 'defect_burst' && e.sku === a.sku && day >= e.from && day <= e.to + 7);
  if (a.kind === 'volume') return events.some((e) => day >= e.from && day <= e.to + 1);
  return events.some((e) => day >= e.from && day <= e.to + 7);
}

export function evaluateShop(shop: ShopHistory, evalFrom: number, config: AlertConfig, result: EvalResult): void {
  const calendar = parseBusinessCalendar({
    timeZone: shop.timeZone,
    hours: { Mon: '00:00-24:00', Tue: '00:00-24:00', Wed: '00:00-24:00', Thu: '00:00-24:00', Fri: '00:00-24:00', Sat: '00:00-24:00', Sun: '00:00-24:00' },
    holidays: '',
  });
  const raised: RaisedAlert[] = [];
  const detectedAt = new Map<InjectedEvent, number>();
  const promoWave = new Set<number>();
  for (const p of shop.promoDays) {
    const d = Math.round((Date.parse(`${p}T00:00:00+08:00`) - shop.start) / DAY);
    for (let k = 0; k <= config.volume.promoWaveDays; k++) promoWave.add(d + k);
  }
  for (let day = evalFrom; day < shop.days; day++) {
    const now = shop.start + day * DAY + DAY - 10 * 60_000;
    const run = runDetectorsDetailed({
      tickets: upTo(shop.tickets, (t) => t.createdAt!, now),
      orders: upTo(shop.orders, (o) => o.orderDate!, now),
      now,
      timeZone: shop.timeZone,
      calendar,
      policy: DEFAULT_SLA_POLICY,
      promoDays: shop.promoDays,
      config,
    });
    result.promoExplained += run.promoExplained;
    const fresh = withoutRepeats(raised, run.alerts, now, config.cooldownHours);
    for (const a of fresh) {
      raised.push({ id: a.id, kind: a.kind, key: a.key, status: 'new', raisedAt: now, ticketIds: a.ticketIds });
      const score = result.byKind[a.kind];
      score.alerts++;
      if (explained(a, day, shop.events)) score.truePositives++;
      else {
        score.falsePositives++;
        if (a.kind === 'volume' && promoWave.has(day)) result.promoFalseVolume++;
        if (result.falseExamples.length < 12) result.falseExamples.push(`shop ${shop.seed} day ${day}${promoWave.has(day) ? ' (promo wave)' : ''}: ${a.message.en}`);
      }
      for (const e of shop.events) {
        const hit =
          e.kind === 'defect_burst'
            ? a.kind === 'batch_defect' && a.sku === e.sku && day >= e.from && day <= e.to + 3
            : a.kind === 'volume' && day >= e.from && day <= e.to + 1;
        if (hit && !detectedAt.has(e)) detectedAt.set(e, day);
      }
    }
  }
  for (const e of shop.events) {
    if (e.from < evalFrom) continue;
    result.recall[e.kind].events++;
    if (detectedAt.has(e)) result.recall[e.kind].detected++;
  }
}

export function evaluate(opts: { shops: number; days: number; evalFrom: number; seed: number; config?: AlertConfig }): EvalResult {
  const config = opts.config ?? alertConfig();
  const result: EvalResult = {
    shops: opts.shops,
    shopMonths: (opts.shops * (opts.days - opts.evalFrom)) / 30,
    byKind: Object.fromEntries(KINDS.map((k) => [k, { alerts: 0, truePositives: 0, falsePositives: 0 }])) as EvalResult['byKind'],
    recall: { volume_spike: { events: 0, detected: 0 }, defect_burst: { events: 0, detected: 0 }, courier_failure: { events: 0, detected: 0 } },
    promoExplained: 0,
    promoFalseVolume: 0,
    falseExamples: [],
  };
  const starts = ['2026-08-20', '2026-09-05', '2026-07-25', '2026-08-01'];
  for (let i = 0; i < opts.shops; i++) {
    const seed = opts.seed + i;
    const shop = generateShop(seed, { days: opts.days, eventsFrom: opts.evalFrom, startDate: starts[i % starts.length]! });
    evaluateShop(shop, opts.evalFrom, config, result);
  }
  return result;
}

export interface Targets {
  defectRecall: number;
  falsePerShopMonth: number;
  promoFalseVolume: number;
}

export function summarise(r: EvalResult): Targets {
  const falseAlerts = KINDS.reduce((s, k) => s + r.byKind[k].falsePositives, 0);
  const d = r.recall.defect_burst;
  return { defectRecall: d.events ? d.detected / d.events : 1, falsePerShopMonth: falseAlerts / r.shopMonths, promoFalseVolume: r.promoFalseVolume };
}

/** Adds one partial result into another (the evaluation runs in worker threads, one share of the shops each). */
export function mergeResults(into: EvalResult, part: EvalResult): EvalResult {
  into.shops += part.shops;
  into.shopMonths += part.shopMonths;
  for (const k of KINDS) {
    into.byKind[k].alerts += part.byKind[k].alerts;
    into.byKind[k].truePositives += part.byKind[k].truePositives;
    into.byKind[k].falsePositives += part.byKind[k].falsePositives;
  }
  for (const k of Object.keys(into.recall) as InjectedEvent['kind'][]) {
    into.recall[k].events += part.recall[k].events;
    into.recall[k].detected += part.recall[k].detected;
  }
  into.promoExplained += part.promoExplained;
  into.promoFalseVolume += part.promoFalseVolume;
  into.falseExamples.push(...part.falseExamples);
  return into;
}
