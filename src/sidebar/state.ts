/** What every panel shares: the bootstrap (user, enums, currency, zone), formatting, and the error banner. */
import type { BootstrapDto, EnumOptionDto } from '../shared/dto';
import { RpcError } from './rpc';
import { h } from './dom';
import { currentLanguage, label, msg, t } from './i18n';

export const app: { boot: BootstrapDto | null; show: (panel: string, arg?: string) => void } = { boot: null, show: () => undefined };

let skew = 0;

/** Remembers the bootstrap and how far the browser's clock is from the server's. */
export function setBoot(boot: BootstrapDto): void {
  app.boot = boot;
  const server = Date.parse(boot.now);
  skew = isNaN(server) ? 0 : server - Date.now();
}

/** Now, by the server's clock. */
export function serverNow(): number {
  return Date.now() + skew;
}

export function enumOptions(kind: keyof BootstrapDto['enums']): EnumOptionDto[] {
  return app.boot?.enums[kind] ?? [];
}

export function enumLabel(kind: keyof BootstrapDto['enums'], key: string | null): string {
  return label(enumOptions(kind).find((o) => o.key === key), key ?? '');
}

export function select(name: string, kind: keyof BootstrapDto['enums'], value = '', withBlank = true): HTMLSelectElement {
  const el = h('select', { name, id: `f-${name}` },
    withBlank ? h('option', { value: '' }, t('choose')) : null,
    enumOptions(kind).map((o) => h('option', { value: o.key }, label(o))));
  el.value = value;
  return el;
}

/** A local date-time in the workbook's zone: 2026-11-20 14:05 (Fri). */
export function when(iso: string | null): string {
  if (!iso) return '—';
  const d = new Date(iso);
  try {
    return new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', {
      timeZone: app.boot?.timeZone || undefined, weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
    }).format(d);
  } catch {
    return d.toISOString().slice(0, 16).replace('T', ' ');
  }
}

/** "due in 2 h 10 m" / "overdue 35 m". */
export function relative(iso: string | null, now = serverNow()): string {
  if (!iso) return '';
  const diff = Date.parse(iso) - now;
  const m = Math.round(Math.abs(diff) / 60_000);
  const text = m >= 60 * 24 ? `${Math.floor(m / 1440)} d ${Math.floor((m % 1440) / 60)} h` : m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} m` : `${m} m`;
  return diff >= 0 ? `${t('due')} ${text}` : `${t('overdue')} ${text}`;
}

export function money(n: number | null): string {
  return n === null ? '—' : `${app.boot?.currency ?? ''} ${n.toFixed(2)}`;
}

/** Shows an error: next to its field when it names one, else in the banner. */
export function showError(root: HTMLElement, e: unknown): void {
  for (const old of Array.from(root.querySelectorAll('.field-error'))) old.remove();
  for (const old of Array.from(root.querySelectorAll('.invalid'))) old.classList.remove('invalid');
  const err = e instanceof RpcError ? e.error : { key: 'client', en: String((e as Error)?.message ?? e), zh: String((e as Error)?.message ?? e) };
  const text = msg(err);
  const field = 'field' in err && err.field ? root.querySelector<HTMLElement>(`[name="${err.field}"]`) : null;
  if (field) {
    field.classList.add('invalid');
    field.insertAdjacentElement('afterend', h('div', { class: 'field-error', role: 'alert' }, text));
    field.focus();
  } else banner(text, 'error');
}

export function banner(text: string, kind: 'error' | 'ok' | 'warn' = 'ok'): void {
  const el = document.getElementById('banner');
  if (!el) return;
  el.textContent = text;
  el.className = `banner ${kind}`;
  el.hidden = false;
  if (kind === 'ok') setTimeout(() => { el.hidden = true; }, 4000);
}

/** Disables a button while a call is in flight. */
export async function busy<T>(button: HTMLButtonElement, text: string, work: () => Promise<T>): Promise<T> {
  const before = button.textContent;
  button.disabled = true;
  button.textContent = text;
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.textContent = before;
  }
}
