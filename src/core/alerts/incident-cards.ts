/** The digest's incident section: one card per incident, its cause's message first, what it absorbed as context. */
import type { DigestCard, DigestSection } from './digest';
import type { Incident, IncidentCause } from './incidents';
import type { Alert } from './types';
import type { Words } from './words';

const CAUSE: Record<IncidentCause, Words> = {
  batch_defect: { en: 'Batch defect', zh: '批次质量问题' },
  return_rate: { en: 'Returns rising', zh: '退货率上升' },
  delivery: { en: 'Delivery problem', zh: '物流问题' },
  reason_surge: { en: 'Complaint surge', zh: '同类投诉激增' },
  channel_surge: { en: 'Channel surge', zh: '渠道工单激增' },
  volume: { en: 'Ticket volume', zh: '工单量' },
  sla: { en: 'Response times', zh: '时效' },
  csat: { en: 'Satisfaction', zh: '满意度' },
};

/** Context first where it tells the owner most: the whole shop's day, then missed targets, then the rest. */
const TELLS: ((a: Alert) => boolean)[] = [(a) => a.kind === 'volume' && !a.reason && !a.channel && !a.topic, (a) => a.kind === 'sla', (a) => a.kind === 'csat', (a) => a.kind === 'return_rate'];
const MAX_CONTEXT = 3;

function contextLines(i: Incident): Words[] {
  const rank = (a: Alert) => {
    const k = TELLS.findIndex((t) => t(a));
    return k < 0 ? TELLS.length : k;
  };
  const sorted = [...i.absorbed].sort((a, b) => rank(a) - rank(b));
  const lines = sorted.slice(0, MAX_CONTEXT).map((a) => a.message);
  const more = sorted.length - MAX_CONTEXT;
  if (more > 0) lines.push({ en: `… and ${more} more figure${more === 1 ? '' : 's'} of the same tickets in the Alerts tab.`, zh: `……同一批工单的另外 ${more} 项数据见“预警”表。` });
  return lines;
}

export function incidentCard(i: Incident): DigestCard {
  return {
    severity: i.severity,
    label: CAUSE[i.cause],
    ...(i.sku ? { tag: `SKU ${i.sku}` } : {}),
    headline: i.message,
    context: contextLines(i),
    quotes: i.quotes,
    nextStep: i.nextStep,
    ticketIds: i.ticketIds,
  };
}

export function incidentSection(incidents: Incident[]): DigestSection {
  const n = incidents.length;
  return {
    id: 'incidents',
    title: { en: 'What needs you', zh: '需要处理的事件' },
    count: { en: `${n} incident${n === 1 ? '' : 's'}`, zh: `${n} 个事件` },
    cards: incidents.map(incidentCard),
  };
}
