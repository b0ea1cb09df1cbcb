/** Knowledge base: the most used articles before anything is typed, then search as you type. */
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
  const show = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    try {
      // A blank query returns the most used articles (by the Uses column).
      const hits = await call('apiKbSearch', q, {});
      if (mine !== seq) return;
      clear(results);
      if (!q) results.append(h('div', { class: 'sub', id: 'kb-most-used' }, t('mostUsed')));
      results.append(...(hits.length ? hits.map(kbHit) : [h('div', { class: 'muted' }, q ? t('noResults') : t('empty'))]));
    } catch (e) {
      showError(root, e);
    }
  };
  input.addEventListener('input', debounce(show, 200));
  void show();
  input.focus();
}
