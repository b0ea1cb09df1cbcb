/**
 * "Due soon on Shopee · Shopee 即将超时": the marketplace clocks about to run out, as a digest section of cards
 * (the digest renders and escapes them). Each ticket is listed once.
 */
import type { DigestCard, DigestSection } from '../alerts/digest';
import { forTeam, type ContactPolicy } from '../privacy/contacts';
import type { Words } from '../alerts/words';
import type { Ticket } from '../records';
import { HOUR_MS } from '../time';
import { localStamp } from '../dashboard/format';
import { marketplaceClock, type MarketplaceKind, type MarketplacePolicy } from './clock';

export interface DueSoonItem {
  ticketId: string;
  kind: MarketplaceKind;
  dueAt: number;
  returnId: string;
  orderId: string;
  customer: string;
  assignee: string;
}

/** Running marketplace clocks that are due soon at `now`, not listed before (`listed`), soonest first. */
export function dueSoonItems(tickets: Ticket[], policy: MarketplacePolicy, now: number, listed: ReadonlySet<string>): DueSoonItem[] {
  const out: DueSoonItem[] = [];
  for (const t of tickets) {
    if (listed.has(t.ticketId)) continue;
    const c = marketplaceClock(t, policy, now);
    if (!c || !c.running || c.state !== 'due_soon') continue;
    out.push({ ticketId: t.ticketId, kind: c.kind, dueAt: c.dueAt, returnId: t.returnId, orderId: t.orderId, customer: t.customerName || t.customerId, assignee: t.assignee });
  }
  return out.sort((a, b) => a.dueAt - b.dueAt || a.ticketId.localeCompare(b.ticketId));
}

const GROUPS: { kind: MarketplaceKind; en: string; zh: string; why: Words; next: Words }[] = [
  {
    kind: 'return_request', en: 'Return / refund request', zh: '退货退款申请',
    why: { en: 'approved automatically when the time runs out', zh: '超时将被自动同意退款' },
    next: { en: 'Answer it in Seller Centre now: accept, offer a partial refund, or dispute with evidence.', zh: '请立即在卖家中心处理：同意、协商部分退款，或附证据申诉。' },
  },
  {
    kind: 'chat', en: 'Chat', zh: '聊天',
    why: { en: 'a late answer lowers the Chat Response Rate', zh: '超时回复会拉低聊天回复率' },
    next: { en: 'Reply in Shopee chat before the 12 hours are up (an auto-reply does not count).', zh: '请在 12 小时内于 Shopee 聊天中回复（自动回复不计）。' },
  },
];

/**
 * The digest section "Due soon on Shopee · Shopee 即将超时": one card a ticket, return requests first, each with
 * the time left, its references and what to do. Text is plain: the digest escapes it.
 */
export function dueSoonSection(items: DueSoonItem[], o: { timeZone: string; now: number; contacts?: ContactPolicy }): DigestSection | null {
  if (items.length === 0) return null;
  const cards: DigestCard[] = [];
  for (const g of GROUPS) {
    for (const i of items.filter((x) => x.kind === g.kind)) {
      const left = Math.max(0, (i.dueAt - o.now) / HOUR_MS);
      const due = localStamp(o.timeZone, i.dueAt);
      const ref = [i.returnId && `Return ${i.returnId}`, i.orderId && `Order ${i.orderId}`, i.customer && forTeam(i.customer, o.contacts), i.assignee].filter(Boolean).join(' · ');
      cards.push({
        severity: 'high',
        label: { en: g.en, zh: g.zh },
        tag: i.ticketId,
        headline: { en: `${left.toFixed(1)} h left (due ${due}) — ${g.why.en}`, zh: `剩 ${left.toFixed(1)} 小时（截止 ${due}）——${g.why.zh}` },
        ...(ref ? { context: [{ en: ref, zh: ref }] } : {}),
        nextStep: g.next,
        ticketIds: [i.ticketId],
      });
    }
  }
  return {
    id: 'marketplace_due',
    title: { en: 'Due soon on Shopee', zh: 'Shopee 即将超时' },
    count: { en: `${items.length} due soon on Shopee`, zh: `${items.length} 条 Shopee 即将超时` },
    cards,
  };
}
