/** The paste panel's "Add before sending" hint: the placeholders a reply left out, as chips; order, name and SKU can be filled in place. */
import { h } from './dom';
import { t, type Key } from './i18n';

export type FillKey = 'orderId' | 'customerName' | 'sku';

const LABELS: Record<string, Key> = { customer: 'phCustomer', order: 'phOrder', sku: 'phSku', agent: 'phAgent', due: 'phDue' };
/** The placeholders the agent can supply here (the rest come from the workbook: the agent's name, the due time). */
const FILLABLE: Record<string, FillKey> = { order: 'orderId', customer: 'customerName', sku: 'sku' };

export function fillHint(id: string, missing: string[], onFill: (key: FillKey, value: string) => void): HTMLElement {
  const hint = h('div', { class: 'fill-hint', id: `fill-${id}` }, h('span', { class: 'muted' }, `${t('fillIn')}: `));
  const slot = h('div', {});
  for (const m of missing) {
    const text = LABELS[m] ? t(LABELS[m]!) : `{${m}}`;
    const key = FILLABLE[m];
    if (!key) {
      hint.append(h('span', { class: 'chip', 'data-placeholder': m, title: `{${m}} — ${t('fillHint')}` }, text));
      continue;
    }
    hint.append(h('button', { type: 'button', class: 'chip', 'data-placeholder': m, title: `{${m}} — ${t('fillHint')}`, onclick: () => {
      const input = h('input', { type: 'text', name: key, 'aria-label': text, placeholder: text, autocomplete: 'off' });
      const form = h('form', { class: 'find fill-form' }, input, h('button', { type: 'submit', class: 'small' }, t('fill')));
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        if (input.value.trim()) onFill(key, input.value.trim());
      });
      slot.replaceChildren(form);
      input.focus();
    } }, `+ ${text}`));
  }
  hint.append(slot);
  return hint;
}
