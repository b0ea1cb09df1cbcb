/**
 * Incidents: a run's detections explained by as few causes as possible, the way alerting systems people trust group
 * and inhibit (Alertmanager's grouping and inhibition, PagerDuty's incident grouping). A batch defect, a return-rate
 * rise or a reason surge that accounts for most of a broader volume spike absorbs it; a channel spike stands alone
 * only when that channel behaves differently from the rest of the shop; SLA and CSAT alerts whose tickets are the
 * surge's own tickets are attached to it; a reason or channel spike that is a small part of a broader one it does
 * not explain goes with the broader one. The incident keeps its cause's id and key, so cool-down and
 * acknowledgement work per incident.
 */
import { CHANNELS, REASONS } from '../../../sheets-templates/enums';
import { jaccard, tokens } from './cluster';
import type { Alert, Severity } from './types';
import { quoteText, type Words } from './words';
import type { ContactPolicy } from '../privacy/contacts';

export type IncidentCause = 'batch_defect' | 'return_rate' | 'delivery' | 'reason_surge' | 'channel_surge' | 'volume' | 'sla' | 'csat';

export interface Incident extends Alert {
  cause: IncidentCause;
  /** The detections this incident explains (their messages are its context lines). */
  absorbed: Alert[];
  /** Two or three customers' own words, masked and clipped (never HTML: escape when rendering). */
  quotes: string[];
  nextStep: Words;
}

const DELIVERY = new Set(['not_received', 'logistics']);
const RANK: Record<IncidentCause, number> = { batch_defect: 0, return_rate: 1, delivery: 2, reason_surge: 3, channel_surge: 4, volume: 5, sla: 6, csat: 7 };
const SEVERITY: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

export function causeOf(a: Alert): IncidentCause {
  if (a.kind !== 'volume') return a.kind;
  if (a.topic === 'delivery' || (a.reason && DELIVERY.has(a.reason))) return 'delivery';
  if (a.reason) return 'reason_surge';
  if (a.channel) return 'channel_surge';
  return 'volume';
}

const excess = (a: Alert) => Math.max(1, a.observed - a.expected);
function overlap(ids: Set<string>, xs: string[]): number {
  let n = 0;
  for (const x of xs) if (ids.has(x)) n++;
  return n;
}
const sameDay = (a: Alert, b: Alert) => a.window.from <= b.window.to && b.window.from <= a.window.to;

/** A channel spike is news only when the channel moved differently from the rest of the shop that day. */
function channelDiffers(c: Alert, all: Alert | undefined): boolean {
  if (!all) return true; // the whole shop did not move
  if (c.observed >= 0.9 * all.observed) return false; // the channel is (nearly) the whole shop
  const restRatio = (all.observed - c.observed) / Math.max(1, all.expected - c.expected);
  return c.observed / Math.max(0.5, c.expected) >= 2 * restRatio;
}

/** Does an incident (its cause and what it has absorbed so far) account for detection x? */
function accounts(inc: { primary: Alert; cause: IncidentCause; tickets: Set<string> }, x: Alert, xCause: IncidentCause): boolean {
  // A cause never absorbs an equal or stronger one, except two views of one delivery failure (reason and channel).
  if (RANK[xCause] <= RANK[inc.cause] && !(xCause === inc.cause && xCause === 'delivery')) return false;
  const shared = overlap(inc.tickets, x.ticketIds);
  switch (xCause) {
    case 'return_rate':
      return (inc.cause === 'batch_defect' && inc.primary.sku === x.sku) || shared >= Math.max(2, 0.5 * x.observed);
    case 'sla':
    case 'csat':
      if (inc.cause === 'sla' || inc.cause === 'csat') return false;
      return x.ticketIds.length > 0 && shared >= Math.max(1, x.ticketIds.length / 3);
    default:
      return sameDay(inc.primary, x) && shared >= Math.max(2, 0.5 * excess(x));
  }
}

/**
 * A volume spike that no single cause accounts for but several do together (a batch defect and a courier failure on
 * the same day) is explained all the same: it goes with the cause that holds most of its tickets.
 */
function jointly<G extends { primary: Alert; cause: IncidentCause; tickets: Set<string> }>(groups: G[], x: Alert, xCause: IncidentCause): G | undefined {
  if (x.kind !== 'volume') return undefined;
  const causes = groups.filter((g) => RANK[g.cause] < RANK[xCause] && sameDay(g.primary, x));
  const shares = causes.map((g) => overlap(g.tickets, x.ticketIds));
  const total = shares.reduce((s, n) => s + n, 0);
  if (causes.length < 2 || total < Math.max(2, 0.5 * excess(x))) return undefined;
  return causes[shares.indexOf(Math.max(...shares))];
}

/** The customers' words: the most central description of each of the largest groups of similar ones. */
export function representativeQuotes(texts: string[], max = 3, threshold = 0.3, policy?: ContactPolicy): string[] {
  const docs = [...new Set(texts.map((t) => quoteText(t, 140, policy)).filter((t) => t.length >= 3))];
  if (docs.length === 0) return [];
  const sets = docs.map(tokens);
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) if (jaccard(sets[i]!, sets[j]!) >= threshold) parent[find(i)] = find(j);
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  // Count each group by how many tickets (not distinct texts) fall in it.
  const weight = (g: number[]) => g.reduce((s, i) => s + texts.filter((t) => quoteText(t, 140, policy) === docs[i]).length, 0);
  const ordered = [...groups.values()].sort((a, b) => weight(b) - weight(a) || a[0]! - b[0]!);
  const out: string[] = [];
  for (const g of ordered) {
    if (out.length >= max) break;
    let best = g[0]!;
    let bestScore = -1;
    for (const i of g) {
      const score = g.reduce((s, j) => s + (i === j ? 0 : jaccard(sets[i]!, sets[j]!)), 0) - docs[i]!.length / 1000; // shorter wins ties
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    out.push(docs[best]!);
  }
  return out;
}

function label(a: Alert): Words {
  const reason = a.reason ? REASONS.find((r) => r.key === a.reason) : undefined;
  const channel = a.channel ? CHANNELS.find((c) => c.key === a.channel) : undefined;
  return { en: reason?.en ?? channel?.en ?? '', zh: reason?.zh ?? channel?.zh ?? '' };
}

export function nextStepOf(cause: IncidentCause, a: Alert): Words {
  const what = label(a);
  switch (cause) {
    case 'batch_defect':
      return {
        en: `Check the ${a.sku} units in stock for the same fault and hold the listing if more show it; the Outreach tab lists the buyers to contact first.`,
        zh: `检查库存中的 ${a.sku} 是否有同样问题，如有更多件出问题先暂停销售；“主动关怀”表列出了应先联系的买家。`,
      };
    case 'return_rate':
      return { en: `Find out why ${a.sku} comes back (size chart, photos, description) and fix the listing before selling more.`, zh: `查明 ${a.sku} 被退货的原因（尺码表、图片、描述），先改好商品页再继续销售。` };
    case 'delivery':
      return {
        en: `Contact the courier${a.channel ? ` for ${what.en} orders` : ''} with these orders' tracking numbers, then tell the buyers when their parcels will arrive.`,
        zh: `拿这些订单的运单号联系${a.channel ? ` ${what.zh} 订单的` : ''}快递公司，再告诉买家包裹何时送达。`,
      };
    case 'reason_surge':
      return { en: `Read these “${what.en}” tickets for one common cause (a listing, a price, a promotion) and answer them with one reply template.`, zh: `阅读这些“${what.zh}”工单，找出共同原因（商品页、价格、活动），用同一个回复模板答复。` };
    case 'channel_surge':
      return { en: `See what changed on ${what.en} today (a listing, an auto-reply, a campaign) and put an extra agent on it.`, zh: `查看 ${what.zh} 今天有什么变化（商品页、自动回复、活动），并加派一名客服。` };
    case 'volume':
      return { en: 'Put an extra agent on the queue today and look through these tickets for a common cause.', zh: '今天加派一名客服处理队列，并在这些工单中寻找共同原因。' };
    case 'sla':
      return { en: 'Reassign the overdue tickets in the Tickets tab (sort by due time) and answer the oldest first.', zh: '在“工单”表中重新分配超时工单（按到期时间排序），先处理最早的。' };
    case 'csat':
      return { en: 'Read the low scores and call those customers back: the Callbacks tab lists them.', zh: '阅读低分评价并回访这些客户：“回访”表已列出。' };
  }
}

/**
 * Groups a run's alerts into incidents, strongest cause first. `describe` gives a ticket's description (for the
 * quotes); detections that need no quotes (SLA) get none.
 */
export function groupIncidents(alerts: Alert[], describe: (ticketId: string) => string | undefined, policy?: ContactPolicy): Incident[] {
  const withCause = alerts.map((a) => ({ a, cause: causeOf(a) }));
  const allOn = (c: Alert) => alerts.find((x) => x.kind === 'volume' && !x.reason && !x.channel && !x.topic && sameDay(x, c));
  // A channel spike that only mirrors the whole shop, or a reason or channel spike that is a small part of a broader
  // one, goes with the whole shop's figure wherever that ends up — unless a cause accounts for it first.
  const partOf = (a: Alert) => {
    const all = allOn(a);
    return !!all && excess(a) < 0.5 * excess(all);
  };
  const follows = ({ a, cause }: { a: Alert; cause: IncidentCause }) =>
    (cause === 'channel_surge' && !channelDiffers(a, allOn(a))) || ((cause === 'channel_surge' || cause === 'reason_surge') && partOf(a));
  const ordered = [...withCause].sort((x, y) => RANK[x.cause] - RANK[y.cause] || SEVERITY[x.a.severity] - SEVERITY[y.a.severity] || x.a.significance - y.a.significance);
  const groups: { primary: Alert; cause: IncidentCause; tickets: Set<string>; absorbed: Alert[] }[] = [];
  const deferred: Alert[] = [];
  for (const x of ordered) {
    const { a, cause } = x;
    const home = groups.find((g) => accounts(g, a, cause)) ?? jointly(groups, a, cause);
    if (home) {
      home.absorbed.push(a);
      for (const id of a.ticketIds) home.tickets.add(id);
    } else if (follows(x)) deferred.push(a);
    else groups.push({ primary: a, cause, tickets: new Set(a.ticketIds), absorbed: [] });
  }
  for (const a of deferred) {
    const all = allOn(a)!;
    const home = groups.find((g) => g.primary === all || g.absorbed.includes(all))!;
    home.absorbed.push(a);
  }
  // Each incident lists its own tickets: what it absorbed, less another cause's own tickets (the overall spike of a
  // day with a defect and a courier failure holds both; each incident lists only its side).
  const ownedBy = new Map<string, object>();
  for (const g of groups) for (const id of g.primary.ticketIds) if (!ownedBy.has(id)) ownedBy.set(id, g);
  const incidents = groups.map((g): Incident => {
    const severity = [g.primary, ...g.absorbed].reduce<Severity>((s, x) => (SEVERITY[x.severity] < SEVERITY[s] ? x.severity : s), g.primary.severity);
    const quoteIds = g.cause === 'sla' ? [] : g.primary.ticketIds;
    const quotes = representativeQuotes(quoteIds.map(describe).filter((d): d is string => !!d && d.trim() !== ''), 3, 0.3, policy);
    return {
      ...g.primary,
      severity,
      cause: g.cause,
      absorbed: g.absorbed,
      ticketIds: [...g.tickets].filter((id) => (ownedBy.get(id) ?? g) === g),
      quotes,
      nextStep: nextStepOf(g.cause, g.primary),
    };
  });
  return incidents.sort((x, y) => SEVERITY[x.severity] - SEVERITY[y.severity] || RANK[x.cause] - RANK[y.cause] || x.id.localeCompare(y.id));
}
