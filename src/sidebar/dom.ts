/** A tiny element builder that only ever sets text and attributes: customer text can never become markup. */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v as EventListener);
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069). */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Text containing a bidi control goes in its own <bdi>: an unclosed right-to-left override in a customer's name or
 * message cannot reverse the order ID, SKU or label shown after it on the same line.
 */
function textNode(text: string): Node {
  if (!BIDI_CONTROL.test(text)) return document.createTextNode(text);
  const isolated = document.createElement('bdi');
  isolated.textContent = text;
  return isolated;
}

export function append(el: Element, children: (Child | Child[])[]): void {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' || typeof c === 'number' ? textNode(String(c)) : c);
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function debounce<A extends unknown[]>(f: (...a: A) => void, ms: number): (...a: A) => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...a) => {
    if (t) clearTimeout(t);
    t = setTimeout(() => f(...a), ms);
  };
}

/** Copies text (Clipboard API, falling back to a hidden textarea where the sandbox blocks it). */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    const ta = h('textarea', { style: 'position:fixed;left:-9999px', 'aria-hidden': 'true' });
    ta.value = text;
    document.body.appendChild(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  }
}
