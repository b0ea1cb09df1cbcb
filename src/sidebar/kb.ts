/** Knowledge base: search as you type. */
import { call } from './rpc';
import { clear, debounce, h } from './dom';
import { t } from './i18n';
import { showError } from './state';
import { kbHit } from './paste';

export function renderKb(root: HTMLElement): void {
  const input = h('input', { type: 'search', id: 'kb-query', placeholder: t('search'), autocomplete: 'off' });
  const results = h('div', { id: 'kb-results' });
  clear(root);
  root.append(input, results);
  let seq = 0;
  input.addEventListener('input', debounce(async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) return clear(results);
    try {
      const hits = await call('apiKbSearch', q, {});
      if (mine !== seq) return;
      clear(results);
      results.append(...(hits.length ? hits.map(kbHit) : [h('div', { class: 'muted' }, t('noResults'))]));
    } catch (e) {
      showError(root, e);
    }
  }, 200));
  input.focus();
}
