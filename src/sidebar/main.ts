/** The AfterDesk sidebar: navigation, language switch, and the panels. */
import type { Lang } from '../shared/dto';
import { call } from './rpc';
import { clear, h } from './dom';
import { currentLanguage, initLanguage, setLanguage, t } from './i18n';
import { renderImport } from './import';
import { renderKb } from './kb';
import { renderNewCase } from './new-case';
import { renderPaste } from './paste';
import { renderQueue } from './queue';
import { app, setBoot, showError } from './state';
import { renderTicket } from './ticket';

const PANELS = [
  ['paste', 'paste'],
  ['new', 'newCase'],
  ['queue', 'queue'],
  ['kb', 'kb'],
  ['import', 'import'],
] as const;

let current = 'paste';
let currentArg: string | undefined;

function render(): void {
  const root = document.getElementById('app')!;
  clear(root);
  const nav = h('nav', { class: 'tabs', role: 'tablist' }, PANELS.map(([id, key]) => h('button', {
    type: 'button', role: 'tab', id: `tab-${id}`, 'aria-selected': String(current === id || (current === 'ticket' && id === 'queue')),
    onclick: () => app.show(id),
  }, t(key))));
  const lang = h('button', { type: 'button', class: 'lang', id: 'lang-switch', title: 'English / 中文', onclick: () => {
    setLanguage((currentLanguage() === 'en' ? 'zh' : 'en') as Lang);
    render();
  } }, currentLanguage() === 'en' ? '中文' : 'EN');
  const header = h('header', {}, h('div', { class: 'brand' }, 'AfterDesk', h('span', { class: 'muted' }, ` ${app.boot?.user.name ?? ''}`)), lang);
  const panel = h('main', { id: `panel-${current}` });
  root.append(header, nav, h('div', { id: 'banner', class: 'banner', hidden: true, role: 'status' }), panel);
  if (current === 'paste') renderPaste(panel);
  else if (current === 'new') renderNewCase(panel);
  else if (current === 'queue') void renderQueue(panel);
  else if (current === 'kb') renderKb(panel);
  else if (current === 'import') renderImport(panel);
  else if (current === 'ticket' && currentArg) void renderTicket(panel, currentArg);
}

app.show = (panel: string, arg?: string) => {
  current = panel;
  currentArg = arg;
  render();
};

async function start(): Promise<void> {
  initLanguage('en');
  const root = document.getElementById('app')!;
  root.append(h('div', { class: 'muted' }, t('loading')));
  try {
    const boot = await call('apiBootstrap');
    setBoot(boot);
    if (!localStorageHasLang()) initLanguage(boot.locale);
    render();
  } catch (e) {
    clear(root);
    root.append(h('div', { id: 'banner', class: 'banner error' }));
    showError(root, e);
  }
}

function localStorageHasLang(): boolean {
  try {
    return !!localStorage.getItem('afterdesk.lang');
  } catch {
    return false;
  }
}

void start();
