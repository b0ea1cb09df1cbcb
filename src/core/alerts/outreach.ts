/**
 * The outreach list of a batch-defect alert: buyers of that SKU whose units are in their hands or on the way.
 * One row per customer (their latest order of the SKU), in the customer's language when a ticket tells it.
 * Priority (decided, see PRODUCT capability 8): buyers who have NOT complained come first — reaching them before
 * they find the defect is the point; among them, the longest-held items first (most likely to show the defect
 * now); buyers who already complained come last, since their own ticket is already the conversation. Shopee
 * allows about two proactive messages a week per buyer, so the list is worked through at a pace, not blasted.
 */
import type { LanguageKey } from '../../../sheets-templates/enums';
import type { Order, Ticket } from '../records';
import { addDaysToKey, DAY_MS } from '../time';
import { dayKeyOf } from './days';
import { fillCareMessage } from './outreach-texts';
import type { Alert } from './types';

export interface OutreachRow {
  alertId: string;
  sku: string;
  orderId: string;
  customerId: string;
  customerName: string;
  email: string;
  channel: string;
  orderDate: number | null;
  language: LanguageKey;
  message: string;
  status: 'to_contact';
  /** 1 = not yet complained, item held ≥ 3 days; 2 = not yet complained, recent order; 3 = already complained. */
  priority: number;
}

export interface OutreachOptions {
  shopName: string;
  timeZone: string;
  now: number;
  defaultLanguage: LanguageKey;
  /** Orders placed this many days before the alert window are still in buyers' hands. */
  lookbackDays: number;
}

export function outreachRows(alert: Alert, orders: Order[], tickets: Ticket[], o: OutreachOptions): OutreachRow[] {
  if (alert.kind !== 'batch_defect' || !alert.sku) return [];
  const sku = alert.sku;
  const fromKey = addDaysToKey(alert.window.from, -o.lookbackDays);
  const who = (x: { customerId: string; email: string; customerName: string }) =>
    (x.customerId || x.email || x.customerName).trim().toLowerCase();
  const language = new Map<string, LanguageKey>();
  const complained = new Set<string>();
  for (const t of tickets) {
    const id = who(t);
    if (!id) continue;
    if (t.language) language.set(id, t.language);
    if (t.sku === sku) complained.add(id);
  }
  const latest = new Map<string, Order>();
  for (const ord of orders) {
    if (ord.sku !== sku || ord.orderDate === null || ord.orderDate > o.now) continue;
    if (dayKeyOf(o.timeZone, ord.orderDate) < fromKey) continue;
    const id = who(ord);
    if (!id) continue;
    const prev = latest.get(id);
    if (!prev || (prev.orderDate ?? 0) < ord.orderDate) latest.set(id, ord);
  }
  const rows: OutreachRow[] = [];
  for (const [id, ord] of latest) {
    const lang = language.get(id) ?? o.defaultLanguage;
    const held = o.now - (ord.orderDate ?? o.now) >= 3 * DAY_MS;
    rows.push({
      alertId: alert.id,
      sku,
      orderId: ord.orderId,
      customerId: ord.customerId,
      customerName: ord.customerName,
      email: ord.email,
      channel: ord.channel,
      orderDate: ord.orderDate,
      language: lang,
      message: fillCareMessage(lang, { name: ord.customerName || '', product: ord.product || sku, orderId: ord.orderId, shop: o.shopName }),
      status: 'to_contact',
      priority: complained.has(id) ? 3 : held ? 1 : 2,
    });
  }
  return rows.sort((a, b) => a.priority - b.priority || (a.orderDate ?? 0) - (b.orderDate ?? 0) || a.orderId.localeCompare(b.orderId));
}
