/**
 * Daily ticket-volume anomalies, overall, per reason, per channel and for delivery complaints (not received + late
 * parcels, overall and per channel: what a failing courier looks like), against the baseline of baseline.ts — the
 * delivery series against the orders in transit (delivery.ts) when the shop has orders.
 * Only today and yesterday are reported (earlier days were reported by earlier runs; the cool-down drops
 * repeats); the walk over the whole history is what keeps anomalous days out of the baseline.
 */
import { CHANNELS, REASONS } from '../../../sheets-templates/enums';
import { scoreSeries, type SeriesContext } from './baseline';
import { scoreDelivery } from './delivery';
import type { AlertConfig } from './config';
import type { DayBuckets } from './input';
import { alertDimension, alertKey, type Alert, type Severity } from './types';
import { dayWords, timesUsual, usualCount, type Words } from './words';

const DELIVERY = new Set(['not_received', 'logistics']);

export interface VolumeResult {
  alerts: Alert[];
  /** Reported days that would have alerted without the orders-based promo factor. */
  promoExplained: number;
}

function severityOf(y: number, mu: number, p: number): Severity {
  if (p < 1e-6 && y >= 2.5 * mu) return 'high';
  if (y >= 1.8 * mu) return 'medium';
  return 'low';
}

/** "“Defective” tickets today: 8 so far, usually none." — whole counts, no ratio against less than one ticket. */
export function volumeMessage(dim: Pick<Alert, 'reason' | 'channel' | 'topic'>, day: string, today: string, observed: number, expected: number, partial: boolean): Words {
  const reason = dim.reason ? REASONS.find((r) => r.key === dim.reason) : undefined;
  const channel = dim.channel ? CHANNELS.find((c) => c.key === dim.channel) : undefined;
  const on = channel ? { en: ` on ${channel.en}`, zh: `${channel.zh}上的` } : { en: '', zh: '' };
  const what = dim.topic
    ? { en: `Parcels late or not received${on.en}`, zh: `${on.zh}物流延误/未收到投诉` }
    : reason
      ? { en: `“${reason.en}” tickets${on.en}`, zh: `${on.zh}“${reason.zh}”工单` }
      : channel
        ? { en: `${channel.en} tickets`, zh: `${channel.zh}工单` }
        : { en: 'Tickets', zh: '工单' };
  const when = day === today ? { en: 'today', zh: '今天' } : { en: `on ${dayWords(day).en}`, zh: dayWords(day).zh };
  const usual = usualCount(expected);
  const times = timesUsual(observed, expected);
  return {
    en: `${what.en} ${when.en}: ${observed}${partial ? ' so far' : ''}, ${usual.en}${partial && expected >= 0.5 ? ' by this hour' : ''}${times ? ` — ${times.en}` : ''}.`,
    zh: `${when.zh}${what.zh}${partial ? '截至目前' : ''} ${observed} 件，${usual.zh}${partial && expected >= 0.5 ? '（同一时段）' : ''}${times ? `，是${times.zh}` : ''}。`,
  };
}

export function detectVolume(b: DayBuckets, config: AlertConfig): VolumeResult {
  const rules = config.volume;
  const n = b.axis.days;
  // Orders explain after-sale volume: on promo-wave days the expectation follows the order surge.
  const exposure = b.firstOrderDay < n ? b.ordersPerDay : null;
  const ctx: SeriesContext = { weekdays: b.weekdays, promoWave: b.promoWave, exposure };
  type Dim = Pick<Alert, 'reason' | 'channel' | 'topic'>;
  const series = new Map<string, { dim: Dim; counts: number[]; ids: string[][] }>();
  const add = (name: string, dim: Dim, day: number, id: string) => {
    let s = series.get(name);
    if (!s) series.set(name, (s = { dim, counts: new Array(n).fill(0), ids: Array.from({ length: n }, () => []) }));
    s.counts[day]++;
    if (day >= n - 2) s.ids[day].push(id);
  };
  for (const { t, day } of b.tickets) {
    add('all', {}, day, t.ticketId);
    if (rules.reasons && t.reason) add(`reason=${t.reason}`, { reason: t.reason }, day, t.ticketId);
    if (rules.channels && t.channel) add(`channel=${t.channel}`, { channel: t.channel }, day, t.ticketId);
    // A courier that loses parcels shows as late and missing parcels together, often on one marketplace's chat.
    if (t.reason && DELIVERY.has(t.reason)) {
      add('topic=delivery', { topic: 'delivery' }, day, t.ticketId);
      if (t.channel) add(`topic=delivery channel=${t.channel}`, { topic: 'delivery', channel: t.channel }, day, t.ticketId);
    }
  }
  const alerts: Alert[] = [];
  let promoExplained = 0;
  // Bonferroni within each family: twenty reason/channel series tested at 1e-3 each would raise one false alert
  // every fifty days by chance alone. The delivery series (all channels and per channel) are a family of their own.
  const delivery = [...series.keys()].filter((k) => k.startsWith('topic=')).length;
  const subSeries = Math.max(1, series.size - 1 - delivery);
  for (const [name, s] of series) {
    const family = name === 'all' ? 1 : s.dim.topic ? delivery : subSeries;
    const seriesRules = { ...rules, maxP: rules.maxP / family };
    // Delivery complaints follow the orders on the road; without orders they take the general baseline. On a promo
    // day itself buyers ask about shipping the same day, so there both must find the day anomalous.
    const general = scoreSeries(s.counts, ctx, seriesRules, b.firstTicketDay, n - 2, b.todayFraction);
    let scores = general;
    if ((s.dim.topic || (s.dim.reason && DELIVERY.has(s.dim.reason))) && exposure) {
      const onPromo = new Map(general.map((d) => [d.index, d]));
      scores = scoreDelivery(s.counts, b.ordersPerDay, seriesRules, b.firstTicketDay, b.firstOrderDay, n - 2, b.todayFraction).map((d) =>
        b.promoDay[d.index] && !onPromo.get(d.index)?.flagged ? { ...d, flagged: false, promoExplained: d.flagged } : d,
      );
    }
    for (const d of scores) {
      if (d.promoExplained) promoExplained++;
      if (!d.flagged) continue;
      const dimension = alertDimension(s.dim);
      const day = b.axis.keys[d.index];
      alerts.push({
        id: `${alertKey('volume', dimension)}|${day}`,
        key: alertKey('volume', dimension),
        kind: 'volume',
        ...s.dim,
        window: { from: day, to: day, days: 1 },
        observed: d.observed,
        expected: Number(d.expected.toFixed(2)),
        significance: d.p,
        severity: severityOf(d.observed, d.expected, d.p),
        message: volumeMessage(s.dim, day, b.axis.todayKey, d.observed, d.expected, d.index === n - 1 && b.todayFraction < 1),
        ticketIds: s.ids[d.index].slice(0, 50),
      });
    }
  }
  return { alerts, promoExplained };
}
