/**
 * One detector run: bucket tickets and orders once, run every detector, order the alerts by severity, then group
 * them into incidents (one per cause).
 */
import type { BusinessCalendar } from '../calendar';
import type { Order, Ticket } from '../records';
import type { SlaPolicy } from '../sla';
import { startOfLocalDay } from '../time';
import type { AlertConfig } from './config';
import { detectCsat } from './csat';
import { detectDefects } from './defects';
import { bucketDays } from './input';
import { detectReturnRate } from './returns';
import { detectSla } from './sla';
import type { Alert, Severity } from './types';
import { groupIncidents, type Incident } from './incidents';
import type { ContactPolicy } from '../privacy/contacts';
import { detectVolume } from './volume';

export interface DetectorInput {
  tickets: Ticket[];
  orders: Order[];
  now: number;
  timeZone: string;
  calendar: BusinessCalendar;
  policy: SlaPolicy;
  promoDays: string[];
  config: AlertConfig;
  /** Customer contact data in the quotes: masked unless the shop chose to show it (src/core/privacy). */
  contacts?: ContactPolicy;
}

export interface DetectorRun {
  alerts: Alert[];
  /** The alerts grouped by cause: what the digest, the Alerts tab and the cool-down work with. */
  incidents: Incident[];
  /** Volume days that only the orders-based promo factor kept from alerting. */
  promoExplained: number;
}

const RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function runDetectorsDetailed(input: DetectorInput): DetectorRun {
  const b = bucketDays(input.tickets, input.orders, input.now, input.timeZone, input.promoDays, input.config, startOfLocalDay(input.timeZone, input.now));
  const volume = detectVolume(b, input.config);
  const alerts = [
    ...detectDefects(b, input.config),
    ...volume.alerts,
    ...detectSla(b, input.calendar, input.policy, input.now, input.config),
    ...detectCsat(b, input.now, input.config),
    ...detectReturnRate(b, input.config),
  ];
  alerts.sort((a, b2) => RANK[a.severity] - RANK[b2.severity] || a.significance - b2.significance || a.id.localeCompare(b2.id));
  const described = new Set(alerts.flatMap((a) => a.ticketIds));
  const descriptions = new Map<string, string>();
  if (described.size) for (const t of input.tickets) if (described.has(t.ticketId)) descriptions.set(t.ticketId, t.description);
  const incidents = groupIncidents(alerts, (id) => descriptions.get(id), input.contacts);
  return { alerts, incidents, promoExplained: volume.promoExplained };
}

export function runDetectors(input: DetectorInput): Alert[] {
  return runDetectorsDetailed(input).alerts;
}

export function findIncidents(input: DetectorInput): Incident[] {
  return runDetectorsDetailed(input).incidents;
}
