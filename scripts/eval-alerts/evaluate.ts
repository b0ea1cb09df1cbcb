/**
 * Runs the detectors over generated shop histories day by day, as the hourly trigger would (the run at 23:50 each
 * day, with the cool-down between runs), groups each run's alerts into incidents, and scores the incidents against
 * the injected events by their tickets: an incident belongs to an event when it lists enough of the event's tickets.
 * The raw alerts (before grouping, with their own cool-down) are scored the same way, to show what grouping saves.
 */
import { runDetectorsDetailed } from '../../src/core/alerts/check';
import { alertConfig, type AlertConfig } from '../../src/core/alerts/config';
import { raisedWithAbsorbed, withoutRepeats, type RaisedAlert } from '../../src/core/alerts/cooldown';
import type { Incident, IncidentCause } from '../../src/core/alerts/incidents';
import { withoutOngoing } from '../../src/core/alerts/ongoing';
import type { Alert } from '../../src/core/alerts/types';
import { parseBusinessCalendar } from '../../src/core/calendar';
import { DEFAULT_SLA_POLICY } from '../../src/core/sla';
import { generateShop, type EventKind, type InjectedEvent, type ShopHistory } from './generator';

export const EVENT_KINDS: EventKind[] = ['defect_burst', 'courier_failure', 'volume_spike', 'sla_breach', 'return_rise'];
const CAUSES: IncidentCause[] = ['batch_defect', 'return_rate', 'delivery', 'reason_surge', 'channel_surge', 'volume', 'sla', 'csat'];

export interface EvalResult {
  shops: number;
  shopMonths: number;
  /** True events per kind and how many some incident found within its window. */
  recall: Record<EventKind, { events: number; detected: number }>;
  /** Incidents that belong to an event, and the events they belong to (one event may get several). */
  trueIncidents: number;
  /** Raw alerts (before grouping) that belong to an event. */
  trueAlerts: number;
  detectedEvents: number;
  falseIncidents: number;
  falseAlerts: number;
  /** Incidents raised, by cause: [true, false]. */
  byCause: Record<IncidentCause, [number, number]>;
  /** Volume-type incidents on promo days or their after-sale wave that no injected event explains. */
  promoFalseVolume: number;
  promoFalseExamples: string[];
  /** Promo-wave days the orders-based factor kept from alerting. */
  promoExplained: number;
  falseExamples: string[];
}

const DAY = 86_400_000;

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

/** The events an alert or incident lists enough tickets of (at least two, or all when the event has fewer). */
function eventsOf(ticketIds: string[], events: { e: InjectedEvent; ids: Set<string> }[]): InjectedEvent[] {
  return events
    .filter(({ ids }) => {
      let n = 0;
      for (const id of ticketIds) if (ids.has(id)) n++;
      return n >= Math.min(2, ids.size);
    })
    .map(({ e }) => e);
}

export function evaluateShop(shop: ShopHistory, evalFrom: number, config: AlertConfig, result: EvalResult): void {
  const calendar = parseBusinessCalendar({
    timeZone: shop.timeZone,
    hours: { Mon: '00:00-24:00', Tue: '00:00-24:00', Wed: '00:00-24:00', Thu: '00:00-24:00', Fri: '00:00-24:00', Sat: '00:00-24:00', Sun: '00:00-24:00' },
    holidays: '',
  });
  const events = shop.events.filter((e) => e.from >= evalFrom).map((e) => ({ e, ids: new Set(e.ticketIds) }));
  const raised: RaisedAlert[] = [];
  const raisedRaw: RaisedAlert[] = [];
  const detected = new Set<InjectedEvent>();
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
    for (const a of withoutRepeats(raisedRaw, run.alerts, now, config.cooldownHours)) {
      raisedRaw.push({ id: a.id, kind: a.kind, key: a.key, status: 'new', raisedAt: now, ticketIds: a.ticketIds });
      if (eventsOf(a.ticketIds, events).length) result.trueAlerts++;
      else result.falseAlerts++;
    }
    const fresh: Incident[] = withoutOngoing(raised, withoutRepeats(raised, run.incidents, now, config.cooldownHours), now, config.cooldownHours);
    for (const i of fresh) {
      raised.push(...raisedWithAbsorbed({ id: i.id, kind: i.kind, key: i.key, status: 'new', raisedAt: now, ticketIds: i.ticketIds, observed: i.observed }, i.absorbed.map((x: Alert) => x.id)));
      const hits = eventsOf(i.ticketIds, events);
      // Found: raised while the event happens or up to three days after it.
      for (const e of hits) if (day >= e.from && day <= e.to + 3) detected.add(e);
      if (hits.length) {
        result.trueIncidents++;
        result.byCause[i.cause][0]++;
      } else {
        result.falseIncidents++;
        result.byCause[i.cause][1]++;
        const volumeLike = i.cause === 'volume' || i.cause === 'reason_surge' || i.cause === 'channel_surge' || i.cause === 'delivery';
        if (volumeLike && promoWave.has(day)) {
          result.promoFalseVolume++;
          result.promoFalseExamples.push(`shop ${shop.seed} day ${day}: ${i.message.en}`);
        }
        if (result.falseExamples.length < 12) result.falseExamples.push(`shop ${shop.seed} day ${day}${promoWave.has(day) ? ' (promo wave)' : ''}: ${i.message.en}`);
      }
    }
  }
  for (const { e } of events) {
    result.recall[e.kind].events++;
    if (detected.has(e)) {
      result.recall[e.kind].detected++;
      result.detectedEvents++;
    }
  }
}

export function emptyResult(shops = 0, shopMonths = 0): EvalResult {
  return {
    shops,
    shopMonths,
    recall: Object.fromEntries(EVENT_KINDS.map((k) => [k, { events: 0, detected: 0 }])) as EvalResult['recall'],
    trueIncidents: 0,
    trueAlerts: 0,
    detectedEvents: 0,
    falseIncidents: 0,
    falseAlerts: 0,
    byCause: Object.fromEntries(CAUSES.map((c) => [c, [0, 0]])) as EvalResult['byCause'],
    promoExplained: 0,
    promoFalseVolume: 0,
    promoFalseExamples: [],
    falseExamples: [],
  };
}

export function evaluate(opts: { shops: number; days: number; evalFrom: number; seed: number; config?: AlertConfig }): EvalResult {
  const config = opts.config ?? alertConfig();
  const result = emptyResult(opts.shops, (opts.shops * (opts.days - opts.evalFrom)) / 30);
  const starts = ['2026-08-20', '2026-09-05', '2026-07-25', '2026-08-01'];
  for (let i = 0; i < opts.shops; i++) {
    const seed = opts.seed + i;
    const shop = generateShop(seed, { days: opts.days, eventsFrom: opts.evalFrom, startDate: starts[i % starts.length]! });
    evaluateShop(shop, opts.evalFrom, config, result);
  }
  return result;
}

export interface Summary {
  /** Events found by some incident ÷ events, over all kinds. */
  recall: number;
  defectRecall: number;
  /** Incidents that belong to an event ÷ events found (1 = exactly one incident per true incident). */
  incidentsPerTrue: number;
  /** The same for the raw alerts, before grouping. */
  alertsPerTrue: number;
  falseIncidentsPerShopMonth: number;
  falseAlertsPerShopMonth: number;
  promoFalseVolume: number;
}

export function summarise(r: EvalResult): Summary {
  const events = EVENT_KINDS.reduce((s, k) => s + r.recall[k].events, 0);
  const d = r.recall.defect_burst;
  return {
    recall: events ? r.detectedEvents / events : 1,
    defectRecall: d.events ? d.detected / d.events : 1,
    incidentsPerTrue: r.detectedEvents ? r.trueIncidents / r.detectedEvents : 0,
    alertsPerTrue: r.detectedEvents ? r.trueAlerts / r.detectedEvents : 0,
    falseIncidentsPerShopMonth: r.falseIncidents / r.shopMonths,
    falseAlertsPerShopMonth: r.falseAlerts / r.shopMonths,
    promoFalseVolume: r.promoFalseVolume,
  };
}

/** Adds one partial result into another (the evaluation runs in child processes, one share of the shops each). */
export function mergeResults(into: EvalResult, part: EvalResult): EvalResult {
  into.shops += part.shops;
  into.shopMonths += part.shopMonths;
  for (const k of EVENT_KINDS) {
    into.recall[k].events += part.recall[k].events;
    into.recall[k].detected += part.recall[k].detected;
  }
  for (const c of CAUSES) {
    into.byCause[c][0] += part.byCause[c][0];
    into.byCause[c][1] += part.byCause[c][1];
  }
  into.trueIncidents += part.trueIncidents;
  into.trueAlerts += part.trueAlerts;
  into.detectedEvents += part.detectedEvents;
  into.falseIncidents += part.falseIncidents;
  into.falseAlerts += part.falseAlerts;
  into.promoExplained += part.promoExplained;
  into.promoFalseVolume += part.promoFalseVolume;
  into.falseExamples.push(...part.falseExamples);
  into.promoFalseExamples.push(...part.promoFalseExamples);
  return into;
}
