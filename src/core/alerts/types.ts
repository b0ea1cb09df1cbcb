/** The alert every detector emits: a stable dedupe id, what was seen against what was expected, and why. */
import type { ChannelKey, ReasonKey } from '../../../sheets-templates/enums';

export type AlertKind = 'volume' | 'batch_defect' | 'sla' | 'csat' | 'return_rate';
export type Severity = 'low' | 'medium' | 'high';

export interface AlertWindow {
  /** First and last local day of the window, 'YYYY-MM-DD'. */
  from: string;
  to: string;
  days: number;
}

export interface AlertCluster {
  /** Share of the window's complaints in the largest description cluster. */
  share: number;
  /** The words / bigrams that tell the cluster apart, most telling first. */
  terms: string[];
  /** Ticket ids of a few descriptions in the cluster. */
  examples: string[];
}

export interface Alert {
  /** kind|dimension|window-start-day: the same anomaly on the same day always gets the same id. */
  id: string;
  /** kind|dimension: what the cool-down counts repeats by. */
  key: string;
  kind: AlertKind;
  reason?: ReasonKey;
  sku?: string;
  channel?: ChannelKey;
  /** 'delivery': complaints that a parcel is late or missing (not received + logistics), whichever reason. */
  topic?: 'delivery';
  window: AlertWindow;
  observed: number;
  expected: number;
  /** p value (volume, sla, csat, return rate) or BH q value (batch defects). */
  significance: number;
  severity: Severity;
  message: { en: string; zh: string };
  cluster?: AlertCluster;
  ticketIds: string[];
}

/** The dimension text of an alert, e.g. 'sku=SHIRT-01 reason=defective' ('all' for the whole desk). */
export function alertDimension(a: Pick<Alert, 'reason' | 'sku' | 'channel' | 'topic'>): string {
  const parts: string[] = [];
  if (a.topic) parts.push(`topic=${a.topic}`);
  if (a.sku) parts.push(`sku=${a.sku}`);
  if (a.reason) parts.push(`reason=${a.reason}`);
  if (a.channel) parts.push(`channel=${a.channel}`);
  return parts.join(' ') || 'all';
}

export function alertKey(kind: AlertKind, dimension: string): string {
  return `${kind}|${dimension}`;
}
