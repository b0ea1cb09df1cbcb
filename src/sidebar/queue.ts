/** My queue: open tickets by SLA urgency, approvals for leads and owners, call-backs and outreach tasks. */
import type { TicketSummaryDto } from '../shared/dto';
import { call } from './rpc';
import { clear, h } from './dom';
import { t } from './i18n';
import { app, banner, busy, enumLabel, money, relative, setBoot, showError, when } from './state';

/** Shopee's own clock (return request or chat) under a queue row, while it runs. */
function marketplaceLine(q: TicketSummaryDto): HTMLElement | null {
  if (!q.marketplaceKind || !q.marketplaceDueAt || (q.marketplaceState !== 'on_track' && q.marketplaceState !== 'due_soon' && q.marketplaceState !== 'breached')) return null;
  const label = t(q.marketplaceKind === 'return_request' ? 'shopeeReturnClock' : 'shopeeChatClock');
  return h('div', { class: `muted marketplace-clock mp-${q.marketplaceState}` }, `${label} · ${relative(q.marketplaceDueAt)}`);
}

export async function renderQueue(root: HTMLElement): Promise<void> {
  clear(root);
  root.append(h('div', { class: 'muted' }, t('loading')));
  try {
    setBoot(await call('apiBootstrap'));
  } catch (e) {
    return showError(root, e);
  }
  const boot = app.boot!;
  clear(root);
  const find = h('input', { type: 'search', id: 'find-ticket', placeholder: 'T-000123', 'aria-label': t('open') });
  root.append(h('form', { class: 'find', onsubmit: (ev: Event) => {
    ev.preventDefault();
    if (find.value.trim()) app.show('ticket', find.value.trim().toUpperCase());
  } }, find, h('button', { type: 'submit', class: 'small', id: 'find-open' }, t('open'))));
  const section = (title: string, items: HTMLElement[]) => h('section', {}, h('h3', {}, `${title} (${items.length})`), items.length ? items : h('div', { class: 'muted' }, t('empty')));
  root.append(section(t('queue'), boot.queue.map((q) => h('button', { type: 'button', class: `ticket-row sla-${q.slaState ?? 'none'}`, 'data-ticket': q.ticketId, onclick: () => app.show('ticket', q.ticketId) },
    h('div', {}, h('strong', {}, q.ticketId), ` · ${enumLabel('reasons', q.reason)} · ${enumLabel('priorities', q.priority)}`),
    h('div', { class: 'muted' }, `${q.customerName || q.orderId || ''} · ${enumLabel('statuses', q.status)} · ${relative(q.nextDueAt)}`),
    marketplaceLine(q)))));
  if (boot.user.role !== 'agent') {
    root.append(section(t('approvals'), boot.approvals.map((a) => {
      const comment = h('input', { type: 'text', placeholder: t('comment'), 'aria-label': t('comment') });
      const decide = (d: 'approve' | 'reject') => async (ev: Event) => {
        try {
          await busy(ev.target as HTMLButtonElement, t('saving'), () => call('apiDecideApproval', a.approvalId, d, comment.value));
          banner(`${a.approvalId} ${d === 'approve' ? t('approve') : t('reject')}`);
          void renderQueue(root);
        } catch (e) {
          showError(root, e);
        }
      };
      return h('div', { class: 'card' }, h('div', {}, h('strong', {}, a.ticketId), ` · ${money(a.amount)} · ${a.requestedBy}`), h('div', { class: 'muted' }, when(a.requestedAt)), comment,
        h('div', { class: 'buttons' }, h('button', { type: 'button', class: 'small primary', onclick: decide('approve') }, t('approve')), h('button', { type: 'button', class: 'small', onclick: decide('reject') }, t('reject'))));
    })));
  }
  root.append(section(t('callbacks'), boot.callbacks.map((c) => {
    const outcome = h('input', { type: 'text', placeholder: t('outcome'), 'aria-label': t('outcome') });
    return h('div', { class: 'card' }, h('div', {}, h('strong', {}, c.ticketId), ` · CSAT ${c.csat ?? '—'} · ${relative(c.dueAt)}`), c.comment ? h('div', { class: 'quote' }, c.comment) : null, outcome,
      h('button', { type: 'button', class: 'small', onclick: async (ev: Event) => {
        try {
          await busy(ev.target as HTMLButtonElement, t('saving'), () => call('apiCompleteCallback', c.callbackId, outcome.value));
          void renderQueue(root);
        } catch (e) {
          showError(root, e);
        }
      } }, t('done')));
  })));
  root.append(section(t('outreach'), boot.outreach.map((o) => h('div', { class: 'card' },
    h('div', {}, h('strong', {}, o.sku), ` · ${o.orderId} · ${o.customerName}`), h('div', { class: 'quote' }, o.message),
    h('button', { type: 'button', class: 'small', onclick: async (ev: Event) => {
      try {
        await busy(ev.target as HTMLButtonElement, t('saving'), () => call('apiUpdateOutreach', o.row, 'contacted'));
        void renderQueue(root);
      } catch (e) {
        showError(root, e);
      }
    } }, t('contacted'))))));
}
