/**
 * The cool-down: an alert already on the Alerts tab is not raised again while it is fresh. Same id (same anomaly,
 * same window) → never again unless it was resolved and the cool-down has passed; same key (same kind and
 * dimension) → not within the cool-down; an acknowledged key → not at all (the team is on it) until it is resolved.
 * After the cool-down, a key whose last alert is still 'new' fires again only when at least half of its tickets
 * are ones no earlier alert of that key listed: a 7-day defect window that still holds last week's burst is the
 * same news, not a new alert. Candidates are incidents (an incident carries its cause's id and key); the detections
 * an earlier incident absorbed count as raised with it, but never as acknowledged: acknowledging a batch defect
 * does not silence every later ticket-volume spike.
 */
import type { Alert } from './types';

export interface RaisedAlert {
  id: string;
  kind: string;
  key: string;
  status: 'new' | 'acknowledged' | 'resolved';
  raisedAt: number;
  /** Tickets the alert listed (the Alerts tab's Tickets column), when known. */
  ticketIds?: string[];
  /** What it counted (the Alerts tab's Observed column), when known. */
  observed?: number;
}

export function withoutRepeats<A extends Alert>(existing: RaisedAlert[], candidates: A[], now: number, cooldownHours: number): A[] {
  const cooldownMs = cooldownHours * 3_600_000;
  const byKey = new Map<string, RaisedAlert[]>();
  for (const e of existing) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e]);
  const out: A[] = [];
  const taken = new Set<string>();
  for (const a of candidates) {
    if (taken.has(a.key)) continue; // one alert per key per run
    const history = byKey.get(a.key) ?? [];
    const blocked = history.some((e) => {
      const fresh = now - e.raisedAt < cooldownMs;
      if (e.status === 'acknowledged') return true;
      if (e.status === 'resolved') return fresh;
      return fresh || e.id === a.id;
    });
    if (blocked) continue;
    const open = history.filter((e) => e.status === 'new' && e.ticketIds && e.ticketIds.length);
    if (open.length && a.ticketIds.length) {
      const seen = new Set(open.flatMap((e) => e.ticketIds!));
      const novel = a.ticketIds.filter((id) => !seen.has(id)).length;
      if (novel * 2 < a.ticketIds.length) continue;
    }
    taken.add(a.key);
    out.push(a);
  }
  return out;
}

/** The key of an Alerts-tab id (kind|dimension|day → kind|dimension). */
export function keyOfId(id: string): string {
  const i = id.lastIndexOf('|');
  return i > 0 ? id.slice(0, i) : id;
}

/** The history of one Alerts-tab row: its incident, plus each detection it absorbed (at most 'new'). */
export function raisedWithAbsorbed(row: RaisedAlert, absorbedIds: string[]): RaisedAlert[] {
  const status = row.status === 'acknowledged' ? 'new' : row.status;
  return [row, ...absorbedIds.map((id) => ({ ...row, id, key: keyOfId(id), status }))];
}
