/** The ticket view's customer card: the customer's other tickets (each opens) and their orders, on the same screen. */
import type { CustomerContextDto } from '../shared/dto';
import { h } from './dom';
import { currentLanguage, t } from './i18n';
import { app, enumLabel, money } from './state';

/** A short local date in the workbook's zone: "10 Nov" / "11月10日". */
export function shortDate(iso: string | null): string {
  if (!iso) return '—';
  try {
    return new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: app.boot?.timeZone || undefined, month: 'short', day: 'numeric' }).format(new Date(iso));
  } catch {
    return iso.slice(0, 10);
  }
}

function heading(key: 'otherTickets' | 'customerOrders', shown: number, total: number): HTMLElement {
  return h('div', { class: 'sub' }, `${t(key)} (${shown < total ? `${t('newestOf')} ${shown} ${t('of')} ${total}` : total})`);
}

/** The first few rows in view, the rest one click away, so the update form stays near the top. */
const VISIBLE = 3;

function folded(items: HTMLElement[]): (HTMLElement | null)[] {
  if (items.length <= VISIBLE + 1) return items;
  return [...items.slice(0, VISIBLE), h('details', { class: 'more' }, h('summary', {}, `+${items.length - VISIBLE} ${t('more')}`), items.slice(VISIBLE))];
}

export function customerCard(c: CustomerContextDto | undefined, ticketOrderId = ''): HTMLElement | null {
  if (!c || (c.ticketsTotal === 0 && c.ordersTotal === 0)) return null;
  return h('div', { class: 'card', id: 'ticket-customer' },
    c.ticketsTotal ? h('div', { id: 'customer-tickets' }, heading('otherTickets', c.tickets.length, c.ticketsTotal),
      folded(c.tickets.map((x) => h('button', { type: 'button', class: `ctx-row sla-${x.slaState ?? 'none'}`, 'data-open-ticket': x.ticketId, onclick: () => app.show('ticket', x.ticketId) },
        h('strong', {}, x.ticketId), ` · ${enumLabel('statuses', x.status)} · ${enumLabel('reasons', x.reason)} · ${shortDate(x.createdAt)}`)))) : null,
    c.ordersTotal ? h('div', { id: 'customer-orders' }, heading('customerOrders', c.orders.length, c.ordersTotal),
      folded(c.orders.map((o) => h('div', { class: `ctx-line${o.orderId === ticketOrderId ? ' this-order' : ''}`, 'data-order': o.orderId },
        h('span', { class: 'order-id' }, o.orderId), ` · ${shortDate(o.orderDate)} · ${o.sku} · ${money(o.amount)}`)))) : null);
}
