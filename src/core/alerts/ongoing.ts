/**
 * Ongoing incidents: what the owner was told in the last few days and has not resolved is still the open incident.
 * A candidate of the same family (the same SKU's defect or returns, a delivery problem, the same reason or channel,
 * the shop's volume, SLA, CSAT) is that incident continuing, not news; a candidate whose tickets are mostly ones an
 * open incident already listed (the SLA misses of yesterday's courier failure, due today) is explained by it.
 * Setting the incident to resolved in the Alerts tab ends it. Runs after the cool-down (cooldown.ts).
 */
import { keyOfId, type RaisedAlert } from './cooldown';
import type { Alert } from './types';

const DELIVERY = new Set(['not_received', 'logistics']);

/** The family of an alert key ('kind|dimension'): what makes two incidents on different days the same one. */
export function familyOfKey(key: string): string {
  const [kind = '', dimension = ''] = key.split('|');
  const dims = new Map(dimension.split(' ').map((p) => p.split('=') as [string, string]));
  if (kind === 'batch_defect' || kind === 'return_rate') return `${kind}|${dims.get('sku') ?? ''}`;
  if (kind !== 'volume') return kind;
  if (dims.get('topic') === 'delivery' || DELIVERY.has(dims.get('reason') ?? '')) return 'delivery';
  if (dims.has('reason')) return `reason|${dims.get('reason')}`;
  if (dims.has('channel')) return `channel|${dims.get('channel')}`;
  return 'volume';
}

/**
 * An unresolved incident stays the open one for four days: a courier failure or an unmanned desk lasts one to three
 * days, and each day's figure is reported again the next morning as "yesterday". A SKU's defect or returns stay open
 * for ten: their windows reach seven days back, so a burst is still in them a week later.
 */
const ONGOING_DAYS = 4;
const ONGOING_SKU_DAYS = 10;
/** Tickets an open incident listed this many days ago still explain a candidate (the longest defect window + 1). */
const EXPLAINS_DAYS = 8;

export function withoutOngoing<A extends Alert>(existing: RaisedAlert[], candidates: A[], now: number, cooldownHours: number): A[] {
  const day = 86_400_000;
  const live = existing.filter((e) => e.status !== 'resolved' && now - e.raisedAt < Math.max(EXPLAINS_DAYS, ONGOING_SKU_DAYS) * day);
  if (live.length === 0) return candidates;
  const ongoing = (e: RaisedAlert, family: string) =>
    now - e.raisedAt < Math.max(/^(batch_defect|return_rate)\|/.test(family) ? ONGOING_SKU_DAYS * day : ONGOING_DAYS * day, cooldownHours * 3_600_000);
  const seen = new Set(live.filter((e) => now - e.raisedAt < EXPLAINS_DAYS * day).flatMap((e) => e.ticketIds ?? []));
  return candidates.filter((c) => {
    const family = familyOfKey(c.key);
    if (live.some((e) => familyOfKey(e.key || keyOfId(e.id)) === family && ongoing(e, family))) return false;
    if (c.ticketIds.length === 0) return true;
    const shared = c.ticketIds.filter((id) => seen.has(id)).length / c.ticketIds.length;
    return shared < (c.kind === 'sla' || c.kind === 'csat' ? 1 / 3 : 0.5);
  });
}
