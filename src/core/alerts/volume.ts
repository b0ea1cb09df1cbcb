/**
 * Daily ticket-volume anomalies, overall and per reason and per channel, against the baseline of baseline.ts.
 * Only today and yesterday are reported (earlier days were reported by earlier runs; the cool-down drops
 * repeats); the walk over the whole history is what keeps anomalous days out of the baseline.
 */
import { CHANNELS, REASONS } from '../../../sheets-templates/enums';
import { scoreSeries, type SeriesContext } from './baseline';
import type { AlertConfig } from './config';
import type { DayBuckets } from './input';
import { alertDimension, alertKey, formatExpected, type Alert, type Severity } from './types';

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


export function detectVolume(b: DayBuckets, config: AlertConfig): VolumeResult {
  const rules = config.volume;
  const n = b.axis.days;
  // Orders explain after-sale volume: on promo-wave days the expectation follows the order surge.
  const exposure = b.firstOrderDay < n ? b.ordersPerDay : null;
  const ctx: SeriesContext = { weekdays: b.weekdays, promoWave: b.promoWave, exposure };
  const series = new Map<string, { dim: Pick<Alert, 'reason' | 'channel'>; counts: number[]; ids: string[][] }>();
  const add = (name: string, dim: Pick<Alert, 'reason' | 'channel'>, day: number, id: string) => {
    let s = series.get(name);
    if (!s) series.set(name, (s = { dim, counts: new Array(n).fill(0), ids: Array.from({ length: n }, () => []) }));
    s.counts[day]++;
    if (day >= n - 2) s.ids[day].push(id);
  };
  for (const { t, day } of b.tickets) {
    add('all', {}, day, t.ticketId);
    if (rules.reasons && t.reason) add(`reason=${t.reason}`, { reason: t.reason }, day, t.ticketId);
    if (rules.channels && t.channel) add(`channel=${t.channel}`, { channel: t.channel }, day, t.ticketId);
  }
  const alerts: Alert[] = [];
  let promoExplained = 0;
  // Bonferroni over the sub-series: twenty reason/channel series tested at 1e-3 each would raise one false
  // alert every fifty days by chance alone.
  const subSeries = Math.max(1, series.size - 1);
  for (const [name, s] of series) {
    const seriesRules = name === 'all' ? rules : { ...rules, maxP: rules.maxP / subSeries };
    for (const d of scoreSeries(s.counts, ctx, seriesRules, b.firstTicketDay, n - 2, b.todayFraction)) {
      if (d.promoExplained) promoExplained++;
      if (!d.flagged) continue;
      const dimension = alertDimension(s.dim);
      const day = b.axis.keys[d.index];
      const reason = s.dim.reason ? REASONS.find((r) => r.key === s.dim.reason) : undefined;
      const channel = s.dim.channel ? CHANNELS.find((c) => c.key === s.dim.channel) : undefined;
      const whatEn = reason ? `“${reason.en}” tickets` : channel ? `${channel.en} tickets` : 'Tickets';
      const whatZh = reason ? `“${reason.zh}”工单` : channel ? `${channel.zh}工单` : '工单量';
      const partial = d.index === n - 1 && b.todayFraction < 1;
      const ratio = (d.observed / d.expected).toFixed(1);
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
        message: {
          en: `${whatEn} on ${day}: ${d.observed}${partial ? ' so far' : ''} against about ${formatExpected(d.expected)} expected (${ratio}×).`,
          zh: `${day} ${whatZh}${partial ? '截至目前' : ''} ${d.observed} 件，通常约 ${formatExpected(d.expected)} 件（${ratio} 倍）。`,
        },
        ticketIds: s.ids[d.index].slice(0, 50),
      });
    }
  }
  return { alerts, promoExplained };
}
