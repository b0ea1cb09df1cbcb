/** One ticket: its header and deadlines, the update form (reply, status, resolution, compensation, root cause), history. */
import type { TicketUpdateInput, TicketViewDto } from '../shared/dto';
import { call } from './rpc';
import { clear, copyText, h } from './dom';
import { msg, t } from './i18n';
import { app, banner, busy, enumLabel, money, relative, select, showError, when } from './state';
import { customerCard } from './customer';

const NEXT: Record<string, string[]> = {
  new: ['open', 'waiting', 'resolved'],
  open: ['waiting', 'resolved'],
  waiting: ['open', 'resolved'],
  resolved: ['closed', 'open'],
  closed: ['open'],
};

export async function renderTicket(root: HTMLElement, ticketId: string): Promise<void> {
  clear(root);
  root.append(h('div', { class: 'muted' }, t('loading')));
  let view: TicketViewDto;
  try {
    view = await call('apiGetTicket', ticketId);
  } catch (e) {
    clear(root);
    return showError(root, e);
  }
  const tk = view.ticket;
  clear(root);
  const status = h('select', { name: 'status', id: 'f-status' }, h('option', { value: '' }, `${t('status')}: ${enumLabel('statuses', tk.status)}`),
    (NEXT[tk.status ?? 'new'] ?? []).map((s) => h('option', { value: s }, `→ ${enumLabel('statuses', s)}`)));
  const form = h('form', { class: 'case-form', novalidate: true },
    h('label', { class: 'field' }, h('span', {}, t('reply')), h('textarea', { name: 'reply', rows: 2 })),
    tk.status === 'waiting' ? h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'customerReplied' }), t('customerReplied')) : null,
    h('label', { class: 'field' }, h('span', {}, t('status')), status),
    h('div', { class: 'row2' },
      h('label', { class: 'field' }, h('span', {}, t('resolution')), select('resolution', 'resolutions', tk.resolution ?? '')),
      h('label', { class: 'field' }, h('span', {}, `${t('compensation')} (${app.boot?.currency ?? ''})`), h('input', { name: 'compensation', inputmode: 'decimal', value: tk.compensation === null ? '' : String(tk.compensation) }))),
    h('label', { class: 'field' }, h('span', {}, t('rootCause')), select('rootCause', 'rootCauses', tk.rootCause ?? '')),
    view.sop.length ? h('fieldset', { class: 'sop' }, h('legend', {}, t('sop')), view.sop.map((s, i) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: 'sop', value: String(i), checked: tk.sopDone.split(',').includes(String(i)) }), msg(s)))) : null,
    h('button', { type: 'submit', class: 'primary', id: 'save-ticket' }, t('save')),
  );
  root.append(
    h('button', { type: 'button', class: 'link', onclick: () => app.show('queue') }, `← ${t('back')}`),
    h('div', { class: `card sla-${tk.slaState ?? 'none'}`, id: 'ticket-head' },
      h('div', {}, h('strong', { id: 'ticket-id' }, tk.ticketId), ` · ${enumLabel('statuses', tk.status)} · ${enumLabel('priorities', tk.priority)} · ${enumLabel('reasons', tk.reason)}`),
      h('div', {}, [tk.customerName || tk.customerId, tk.orderId, tk.sku].filter(Boolean).join(' · ')),
      h('div', { class: 'quote', id: 'ticket-description' }, tk.description),
      h('div', { class: 'muted' }, `${t('firstReplyDue')}: ${when(tk.firstReplyDueAt)} ${tk.firstReplyAt ? '✓' : relative(tk.firstReplyDueAt)}`),
      h('div', { class: 'muted' }, `${t('resolutionDue')}: ${when(tk.resolutionDueAt)} ${tk.resolvedAt ? '✓' : relative(tk.resolutionDueAt)}`),
      tk.compensation ? h('div', {}, `${t('compensation')}: ${money(tk.compensation)}`) : null,
      view.pendingApproval ? h('div', { class: 'warn' }, `${t('approvalSent')}: ${money(view.pendingApproval.amount)}`) : null,
      tk.surveyLink ? h('div', {}, `${t('surveyLink')} `, h('button', { type: 'button', class: 'small', onclick: () => copyText(tk.surveyLink) }, t('copy'))) : null),
    customerCard(view.customer, tk.orderId) ?? '',
    form,
  );
  if (tk.status === 'resolved' || tk.status === 'closed') root.append(h('button', { type: 'button', class: 'small', id: 'promote', onclick: async (ev: Event) => {
      try {
        const r = await busy(ev.target as HTMLButtonElement, t('saving'), () => call('apiPromoteToKb', tk.ticketId));
        banner(`${t('promoted')}: ${r.articleId}`);
      } catch (e) {
        showError(root, e);
      }
    } }, t('promote')));
  root.append(
    h('section', { class: 'activity' }, h('h3', {}, t('activity')), view.events.slice().reverse().map((e) => h('div', { class: 'event' },
      h('span', { class: 'muted' }, `${when(e.at)} · ${e.actor.split('@')[0]}`), ' ', h('strong', {}, e.field), ` ${e.from ? `${e.from} → ` : ''}${e.to}`))),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const get = (n: string) => (form.elements.namedItem(n) as HTMLInputElement | null)?.value.trim() ?? '';
    const input: TicketUpdateInput = { expectedUpdatedAt: tk.updatedAt ?? undefined };
    if (get('reply')) input.reply = get('reply');
    if (get('status')) input.status = get('status');
    if ((form.elements.namedItem('customerReplied') as HTMLInputElement | null)?.checked) input.customerReplied = true;
    if (get('resolution') && get('resolution') !== (tk.resolution ?? '')) input.resolution = get('resolution');
    if (get('rootCause') && get('rootCause') !== (tk.rootCause ?? '')) input.rootCause = get('rootCause');
    if (get('compensation') !== (tk.compensation === null ? '' : String(tk.compensation))) input.compensation = get('compensation');
    const sop = Array.from(form.querySelectorAll<HTMLInputElement>('input[name=sop]:checked')).map((x) => x.value).join(',');
    if (sop !== tk.sopDone) input.sopDone = sop;
    try {
      const r = await busy(form.querySelector<HTMLButtonElement>('#save-ticket')!, t('saving'), () => call('apiUpdateTicket', tk.ticketId, input));
      banner(r.warnings.length ? r.warnings.map(msg).join(' ') : `${t('saved')} ${tk.ticketId}`, r.warnings.length ? 'warn' : 'ok');
      void renderTicket(root, tk.ticketId);
    } catch (e) {
      showError(form, e);
      const err = e as { error?: { key?: string } };
      if (err.error?.key === 'stale') {
        form.append(h('button', { type: 'button', class: 'small', id: 'reload', onclick: () => renderTicket(root, tk.ticketId) }, t('reload')));
      }
    }
  });
}
