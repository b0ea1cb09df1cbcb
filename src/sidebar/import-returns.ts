/** The report of a Shopee return import: created / updated / unchanged / rejected, each rejection with its line. */
import type { ReturnsReportDto } from '../shared/dto';
import { clear, h } from './dom';
import { msg, t } from './i18n';
import { app, banner, relative } from './state';

export function renderReturnsReport(out: HTMLElement, r: ReturnsReportDto): void {
  clear(out);
  const moved = r.tickets.filter((x) => x.action !== 'unchanged');
  out.append(h('div', { class: 'card', id: 'returns-report' },
    h('div', {}, h('strong', {}, r.format)),
    h('div', {}, `${r.created} ${t('created')} · ${r.updated} ${t('updated')} · ${r.unchanged} ${t('unchanged')} · ${r.rejected.length} ${t('rejected')}`),
    moved.length ? h('ul', { class: 'small-text' }, moved.slice(0, 30).map((x) => h('li', {},
      h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); app.show('ticket', x.ticketId); } }, x.ticketId),
      ` · ${x.returnId} · ${t(x.action)} · ${msg(x.marketplaceStatusLabel)}${x.marketplaceState === 'due_soon' || x.marketplaceState === 'on_track' || x.marketplaceState === 'breached' ? ` · ${t('shopeeReturnClock')} ${relative(x.marketplaceDueAt)}` : ''}`))) : null,
    r.rejected.length ? h('ul', { class: 'small-text' }, r.rejected.slice(0, 30).map((x) => h('li', {}, `${t('line')} ${x.line}: ${x.reason}`))) : null,
    r.unlinkedOrders.length ? h('div', { class: 'muted' }, `${t('notInOrders')}: ${r.unlinkedOrders.join(', ')}`) : null,
    r.ignoredHeaders.length ? h('div', { class: 'muted' }, `${t('unmapped')}: ${r.ignoredHeaders.join(', ')}`) : null));
  banner(`${r.created} ${t('created')}, ${r.updated} ${t('updated')}, ${r.unchanged} ${t('unchanged')}`);
}
