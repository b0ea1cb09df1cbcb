/** New case: the form, order look-up that fills the customer, and the one-screen context beside it. */
import type { CaseContextDto, CaseInput } from '../shared/dto';
import { call } from './rpc';
import { clear, debounce, h } from './dom';
import { msg, t } from './i18n';
import { app, banner, busy, enumLabel, money, select, showError, when } from './state';

let prefill: Partial<CaseInput> = {};

/** The paste panel hands its suggestions over here. */
export function prefillCase(values: Partial<CaseInput>): void {
  prefill = { ...prefill, ...values };
}

function field(name: keyof CaseInput, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, t(name as never)), control);
}

export function renderNewCase(root: HTMLElement): void {
  const input = (name: string, type = 'text') => h('input', { name, id: `f-${name}`, type, value: (prefill as Record<string, string>)[name] ?? '', autocomplete: 'off' });
  const form = h('form', { class: 'case-form', novalidate: true },
    field('channel', select('channel', 'channels', prefill.channel ?? 'shopee_chat')),
    field('orderId', input('orderId')),
    h('div', { class: 'row2' }, field('customerId', input('customerId')), field('customerName', input('customerName'))),
    field('email', input('email', 'email')),
    h('div', { class: 'row2' }, field('language', select('language', 'languages', prefill.language ?? '')), field('sku', input('sku'))),
    h('div', { class: 'row2' }, field('reason', select('reason', 'reasons', prefill.reason ?? '')), field('priority', select('priority', 'priorities', prefill.priority ?? 'normal', false))),
    field('description', h('textarea', { name: 'description', id: 'f-description', rows: 3 }, prefill.description ?? '')),
    field('evidenceLinks', input('evidenceLinks')),
    h('button', { type: 'submit', class: 'primary', id: 'log-case' }, t('logCase')),
  );
  const context = h('div', { class: 'context', id: 'case-context' });
  clear(root);
  root.append(form, context);
  prefill = {};
  const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
  let seq = 0;
  const refresh = async () => {
    const mine = ++seq;
    try {
      const ctx = await call('apiCaseContext', { orderId: value('orderId'), customerId: value('customerId'), reason: value('reason'), priority: value('priority'), language: value('language') });
      if (mine !== seq) return; // a newer look-up is on its way
      fillFromOrder(form, ctx);
      renderContext(context, ctx);
    } catch (e) {
      showError(form, e);
    }
  };
  const later = debounce(refresh, 350);
  for (const name of ['orderId', 'customerId']) form.querySelector(`[name="${name}"]`)?.addEventListener('input', later);
  for (const name of ['reason', 'priority']) form.querySelector(`[name="${name}"]`)?.addEventListener('change', refresh);
  // One submission ID per filled-in form: Save clicked again on the same form (after an error or a timeout that
  // may have come after the ticket was written) sends it again, and the server makes one ticket of it.
  let attempt: { form: string; id: string } | null = null;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const data = Object.fromEntries(['channel', 'orderId', 'customerId', 'customerName', 'email', 'language', 'sku', 'reason', 'priority', 'description', 'evidenceLinks'].map((k) => [k, value(k)])) as unknown as CaseInput;
    if (!data.reason) return showError(form, { message: t('reason') });
    const filled = JSON.stringify(data);
    if (!attempt || attempt.form !== filled) attempt = { form: filled, id: submissionId() };
    data.submissionId = attempt.id;
    const button = form.querySelector<HTMLButtonElement>('#log-case')!;
    try {
      const r = await busy(button, t('saving'), () => call('apiLogCase', data));
      attempt = null;
      form.reset();
      clear(context);
      const done = h('div', { class: 'success', id: 'logged', role: 'status' },
        `${t('logged')} `, h('strong', {}, r.ticket.ticketId), ` · ${enumLabel('priorities', r.ticket.priority)} · ${r.ticket.assignee || '—'}`,
        h('button', { type: 'button', class: 'link', onclick: () => app.show('ticket', r.ticket.ticketId) }, t('open')));
      context.append(done, ...r.warnings.map((w) => h('div', { class: 'warn' }, msg(w))));
      banner(`${t('logged')} ${r.ticket.ticketId}`);
    } catch (e) {
      showError(form, e);
    }
  });
  if (value('orderId') || value('reason')) void refresh();
}

/** A random ID for one filled-in form (letters and digits, as the server expects). */
export function submissionId(): string {
  const bytes = new Uint8Array(12);
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return `f${Date.now().toString(36)}${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`.slice(0, 40);
}

function fillFromOrder(form: HTMLFormElement, ctx: CaseContextDto): void {
  const line = ctx.orderLines[0];
  if (!line) return;
  const set = (name: string, v: string) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | null;
    if (el && !el.value && v) el.value = v;
  };
  set('customerId', line.customerId);
  set('customerName', line.customerName);
  set('email', line.email);
  set('sku', line.sku);
  const prio = form.elements.namedItem('priority') as HTMLSelectElement | null;
  if (prio && ctx.suggestedPriority) prio.value = ctx.suggestedPriority;
}

function renderContext(root: HTMLElement, ctx: CaseContextDto): void {
  clear(root);
  const orderIdFilled = (document.getElementById('f-orderId') as HTMLInputElement | null)?.value.trim();
  if (orderIdFilled && !ctx.orderFound) root.append(h('div', { class: 'warn', id: 'order-not-found' }, t('orderNotFound')));
  if (ctx.orderLines.length) {
    root.append(h('div', { class: 'card' }, ctx.orderLines.map((l) => h('div', { class: 'line' }, h('strong', {}, l.sku), ` ${l.product} × ${l.quantity ?? 1} · ${money(l.amount)}`))));
  }
  if (ctx.customer) {
    const c = ctx.customer;
    root.append(h('div', { class: 'card' },
      h('div', {}, h('span', { class: `tag tag-${c.tag}` }, enumTag(c.tag)), ` ${c.customerId}`),
      h('div', { class: 'muted' }, `${c.orders} ${t('orders')} · ${t('spend')} ${money(c.spend)} · ${c.tickets} ${t('tickets')}`),
      ctx.history.length ? h('div', { class: 'history' }, h('div', { class: 'sub' }, t('history')), ctx.history.slice(0, 5).map((x) => h('div', { class: 'line' }, `${x.ticketId} · ${enumLabel('reasons', x.reason)} · ${enumLabel('statuses', x.status)}`))) : null,
    ));
  }
  root.append(h('div', { class: 'card due' },
    h('div', {}, `${t('firstReplyDue')}: `, h('strong', {}, when(ctx.firstReplyDueAt))),
    h('div', {}, `${t('resolutionDue')}: `, h('strong', {}, when(ctx.resolutionDueAt)))));
  if (ctx.checklist.length) root.append(h('div', { class: 'card' }, h('div', { class: 'sub' }, t('checklist')), h('ul', {}, ctx.checklist.map((c) => h('li', {}, msg(c))))));
  if (ctx.sop.length) root.append(h('div', { class: 'card' }, h('div', { class: 'sub' }, t('sop')), h('ol', {}, ctx.sop.map((s) => h('li', {}, msg(s))))));
}

function enumTag(tag: string): string {
  const tags: Record<string, [string, string]> = { vip: ['VIP', 'VIP'], repeat: ['Repeat', '回头客'], new: ['New', '新客'], at_risk: ['At risk', '流失风险'] };
  const pair = tags[tag] ?? [tag, tag];
  return msg({ en: pair[0], zh: pair[1] });
}
