/**
 * "Due soon on Shopee · Shopee 即将超时": the marketplace clocks about to run out, grouped by kind, as a digest
 * section (inline-CSS HTML and text). Each ticket is listed once; every value is HTML-escaped.
 */
import { escapeHtml, type DigestLanguage } from '../alerts/digest';
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

const GROUPS: { kind: MarketplaceKind; en: string; zh: string; why: { en: string; zh: string } }[] = [
  { kind: 'return_request', en: 'Return / refund requests', zh: '退货退款申请', why: { en: 'approved automatically when the time runs out', zh: '超时将被自动同意退款' } },
  { kind: 'chat', en: 'Chats', zh: '聊天', why: { en: 'a late answer lowers the Chat Response Rate', zh: '超时回复会拉低聊天回复率' } },
];

function pick(lang: DigestLanguage, en: string, zh: string, sep = ' · '): string {
  return lang === 'en' ? en : lang === 'zh-CN' ? zh : `${en}${sep}${zh}`;
}

export interface DigestSection {
  html: string;
  text: string;
  summary: { en: string; zh: string };
}

export function dueSoonSection(items: DueSoonItem[], o: { language: DigestLanguage; timeZone: string; now: number }): DigestSection | null {
  if (items.length === 0) return null;
  const lang = o.language;
  const title = pick(lang, 'Due soon on Shopee', 'Shopee 即将超时');
  const html: string[] = [`<tr><td style="padding:14px 16px 6px;font-size:14px;font-weight:bold;color:#c5221f;background:#fce8e6">${escapeHtml(title)} (${items.length})</td></tr>`];
  const text: string[] = [`== ${title} (${items.length}) ==`];
  for (const g of GROUPS) {
    const group = items.filter((i) => i.kind === g.kind);
    if (!group.length) continue;
    html.push(`<tr><td style="padding:10px 16px 2px;font-size:13px;color:#5f6368;border-left:4px solid #c5221f">${escapeHtml(pick(lang, g.en, g.zh))} (${group.length}) — ${escapeHtml(pick(lang, g.why.en, g.why.zh))}</td></tr>`);
    text.push(`${pick(lang, g.en, g.zh)} (${group.length}):`);
    for (const i of group) {
      const left = Math.max(0, (i.dueAt - o.now) / HOUR_MS);
      const leftText = pick(lang, `${left.toFixed(1)} h left`, `剩 ${left.toFixed(1)} 小时`, ' / ');
      const ref = [i.returnId && `${pick(lang, 'Return', '退货', ' ')} ${i.returnId}`, i.orderId && `${pick(lang, 'Order', '订单', ' ')} ${i.orderId}`].filter(Boolean).join(' · ');
      html.push(
        `<tr><td style="padding:6px 16px;border-left:4px solid #c5221f;border-bottom:1px solid #e8eaed;font-size:15px;line-height:1.45;color:#202124">` +
          `<b>${escapeHtml(i.ticketId)}</b> · ${escapeHtml(leftText)} · ${escapeHtml(pick(lang, 'due', '截止', ' '))} ${escapeHtml(localStamp(o.timeZone, i.dueAt))}` +
          `<div style="font-size:13px;color:#5f6368">${escapeHtml([ref, i.customer, i.assignee].filter(Boolean).join(' · '))}</div></td></tr>`,
      );
      text.push(`- ${i.ticketId} · ${leftText} · ${localStamp(o.timeZone, i.dueAt)}${ref ? ` · ${ref}` : ''}${i.customer ? ` · ${i.customer}` : ''}`);
    }
  }
  return {
    html: html.join(''),
    text: text.join('\n'),
    summary: { en: `${items.length} due soon on Shopee`, zh: `${items.length} 条 Shopee 即将超时` },
  };
}
