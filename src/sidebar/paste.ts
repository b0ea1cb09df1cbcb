/** Paste a message: intent and language, the acknowledgement to send now, what to ask for, steps and KB answers. */
import type { MessageAnalysisDto } from '../shared/dto';
import { call } from './rpc';
import { clear, copyText, h } from './dom';
import { msg, t } from './i18n';
import { fillHint, type FillKey } from './fill-hint';
import { app, banner, busy, enumLabel, showError } from './state';
import { prefillCase } from './new-case';

let lastText = '';
/** Values the agent filled in for the pasted message's replies (order ID, name, SKU); a new message starts empty. */
let filledIn: Partial<Record<FillKey, string>> = {};

function copyBlock(title: string, id: string, filled: { text: string; missing: string[] } | null, onFill: (key: FillKey, value: string) => void): HTMLElement | null {
  if (!filled) return null;
  const button = h('button', { type: 'button', class: 'small', id: `copy-${id}` }, t('copy'));
  button.addEventListener('click', async () => {
    await copyText(filled.text);
    button.textContent = t('copied');
    setTimeout(() => { button.textContent = t('copy'); }, 1500);
  });
  return h('div', { class: 'card reply' },
    h('div', { class: 'sub' }, title, button),
    h('div', { class: 'reply-text', id: `text-${id}` }, filled.text),
    filled.missing.length ? fillHint(id, filled.missing, onFill) : null);
}

export function renderPaste(root: HTMLElement): void {
  const area = h('textarea', { id: 'paste-text', rows: 4, placeholder: t('pasteHint') }, lastText);
  const go = h('button', { type: 'button', class: 'primary', id: 'analyse' }, t('analyse'));
  const out = h('div', { id: 'analysis' });
  clear(root);
  root.append(area, go, out);
  const analyse = async () => {
    try {
      const r = await busy(go, t('loading'), () => call('apiAnalyzeMessage', area.value, { ...filledIn }));
      renderAnalysis(out, r, area.value, (key, value) => {
        filledIn = { ...filledIn, [key]: value };
        void analyse();
      });
    } catch (e) {
      showError(root, e);
    }
  };
  go.addEventListener('click', () => {
    if (area.value !== lastText) filledIn = {};
    lastText = area.value;
    void analyse();
  });
}

function renderAnalysis(root: HTMLElement, r: MessageAnalysisDto, text: string, onFill: (key: FillKey, value: string) => void): void {
  clear(root);
  const lang = r.language;
  root.append(h('div', { class: 'card', id: 'intent-card' },
    h('div', {}, `${t('intent')}: `, h('strong', { id: 'intent' }, r.intent ? enumLabel('reasons', r.intent) : t('noIntent')),
      ` · ${lang} · ${enumLabel('priorities', r.priority)}`),
    r.intents.length > 1 ? h('div', { class: 'muted' }, r.intents.slice(1, 3).map((i) => `${enumLabel('reasons', i.intent)} ${i.score.toFixed(1)}`).join(' · ')) : null,
    r.negated.length ? h('div', { class: 'muted' }, `${t('negated')}: ${r.negated.map((n) => enumLabel('reasons', n)).join(', ')}`) : null,
    r.intent ? h('button', { type: 'button', class: 'small', id: 'use-in-form', onclick: () => {
      prefillCase({ reason: r.intent ?? '', priority: r.priority, language: lang, description: text.slice(0, 5000), ...filledIn });
      app.show('new');
    } }, t('useInForm')) : null));
  const ack = copyBlock(t('ack'), 'ack', r.acknowledgement, onFill);
  const info = copyBlock(t('info'), 'info', r.infoRequest, onFill);
  if (ack) root.append(ack);
  if (info) root.append(info);
  if (r.checklist.length) root.append(h('div', { class: 'card' }, h('div', { class: 'sub' }, t('checklist')), h('ul', {}, r.checklist.map((c) => h('li', {}, msg(c))))));
  if (r.sop.length) root.append(h('div', { class: 'card' }, h('div', { class: 'sub' }, t('sop')), h('ol', {}, r.sop.map((s) => h('li', {}, msg(s))))));
  if (r.kb.length) {
    root.append(h('div', { class: 'card' }, h('div', { class: 'sub' }, t('kbAnswers')), r.kb.map((k) => kbHit(k))));
  }
}

export function kbHit(k: { id: string; title: string; snippet: string; answer: string; uses?: number }): HTMLElement {
  const button = h('button', { type: 'button', class: 'small', 'data-kb': k.id }, t('insert'));
  button.addEventListener('click', async () => {
    await copyText(k.answer);
    try {
      await call('apiKbUse', k.id);
    } catch {
      /* counting a use is best effort */
    }
    button.textContent = t('copied');
    banner(`${t('copied')}: ${k.title}`);
  });
  return h('div', { class: 'kb-hit' }, h('div', {}, h('strong', {}, k.title), ' ', button),
    h('div', { class: 'muted' }, k.snippet), k.uses !== undefined ? h('div', { class: 'muted uses' }, `${k.uses} ${t('uses')}`) : null);
}
