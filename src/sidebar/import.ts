/** Import orders or Shopee return requests: paste an export or choose a CSV file; the report says what happened to every line. */
import { call } from './rpc';
import { clear, h } from './dom';
import { t } from './i18n';
import { banner, busy, showError } from './state';
import { renderReturnsReport } from './import-returns';

export function renderImport(root: HTMLElement): void {
  const kind = h('select', { id: 'import-kind', 'aria-label': t('importKind') },
    h('option', { value: 'orders' }, t('importKindOrders')), h('option', { value: 'returns' }, t('importKindReturns')));
  const area = h('textarea', { id: 'csv-text', name: 'csv', rows: 6, placeholder: t('importHint') });
  const file = h('input', { type: 'file', id: 'csv-file', accept: '.csv,text/csv' });
  const go = h('button', { type: 'button', class: 'primary', id: 'import-run' }, t('importRun'));
  const out = h('div', { id: 'import-report' });
  clear(root);
  root.append(h('label', {}, t('importKind'), kind), area, file, go, out);
  kind.addEventListener('change', () => {
    const returns = kind.value === 'returns';
    area.placeholder = t(returns ? 'importReturnsHint' : 'importHint');
    go.textContent = t(returns ? 'importReturnsRun' : 'importRun');
    clear(out);
  });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    if (!f) return;
    const reader = new FileReader();
    reader.onload = () => { area.value = String(reader.result ?? ''); };
    reader.readAsText(f);
  });
  go.addEventListener('click', async () => {
    try {
      if (kind.value === 'returns') {
        const r = await busy(go, t('saving'), () => call('apiImportReturns', area.value));
        renderReturnsReport(out, r);
        return;
      }
      const r = await busy(go, t('saving'), () => call('apiImportOrders', area.value));
      clear(out);
      out.append(h('div', { class: 'card' },
        h('div', {}, h('strong', {}, r.format)),
        h('div', {}, `${r.imported} ${t('imported')} · ${r.updated} ${t('updated')} · ${r.rejected.length} ${t('rejected')}`),
        r.rejected.length ? h('ul', { class: 'small-text' }, r.rejected.slice(0, 30).map((x) => h('li', {}, `${t('line')} ${x.line}: ${x.reason}`))) : null,
        r.unmappedHeaders.length ? h('div', { class: 'muted' }, `${t('unmapped')}: ${r.unmappedHeaders.join(', ')}`) : null));
      banner(`${r.imported} ${t('imported')}, ${r.updated} ${t('updated')}`);
    } catch (e) {
      showError(root, e);
    }
  });
}
