// Reply templates: placeholder filling that never leaks a raw {placeholder}, and template choice with language fallbacks.

import type { LanguageKey, ReasonKey } from '../../sheets-templates/enums';

export type PlaceholderName = 'customer' | 'order' | 'sku' | 'agent' | 'due';
export const PLACEHOLDERS: readonly PlaceholderName[] = ['customer', 'order', 'sku', 'agent', 'due'];

/** 'ack' is the golden-60-seconds acknowledgement, 'info' the one-shot information request. */
export type ReplyKind = 'ack' | 'info';

export interface ReplyRow {
  reason: ReasonKey;
  language: LanguageKey;
  kind: ReplyKind;
  text: string;
}

export interface FilledTemplate {
  text: string;
  /** Placeholders with no (or an empty) value, and unknown placeholders, in order of first appearance. */
  missing: string[];
  /** The unknown placeholders alone (typos in a hand-edited template, e.g. {oder}). */
  unknown: string[];
}

const PLACEHOLDER = /\{\s*([^{}\s]+)\s*\}/g;
/** An optional segment: square brackets around text holding at least one placeholder. */
const OPTIONAL_SEGMENT = /\[([^[\]]*\{[^[\]]*\}[^[\]]*)\]/g;

/**
 * Fills {customer}, {order}, {sku}, {agent} and {due}. The rule for a missing (absent or blank) value:
 * 1. An optional segment `[ for order {order}]` is kept, without its brackets, only when every
 *    placeholder in it has a value; otherwise the whole segment is dropped. Templates put the words that
 *    only make sense with the value ("for order", "from", "by") inside the segment.
 * 2. Any other placeholder with no value, and any unknown placeholder, is removed, and the punctuation
 *    around it is tidied: no space before , . ! ? ; : or CJK punctuation, no doubled commas or spaces,
 *    no empty brackets, no comma or space at the start of a line ("Hi {customer}, we" → "Hi, we").
 * Square brackets without a placeholder inside are ordinary text. Values are inserted literally and
 * cannot inject placeholders: braces in a value are removed.
 */
export function fillTemplate(template: string, values: Partial<Record<PlaceholderName, string>>): FilledTemplate {
  const missing: string[] = [];
  const unknown: string[] = [];
  const note = (name: string, known: boolean) => {
    if (missing.indexOf(name) < 0) missing.push(name);
    if (!known && unknown.indexOf(name) < 0) unknown.push(name);
  };
  const valueOf = (raw: string): string | null => {
    const name = raw.toLowerCase();
    const known = (PLACEHOLDERS as readonly string[]).indexOf(name) >= 0;
    const v = known ? values[name as PlaceholderName] : undefined;
    const clean = v === undefined || v === null ? '' : String(v).replace(/[{}]/g, '').trim();
    if (!known || clean === '') {
      note(name, known);
      return null;
    }
    return clean;
  };

  let removed = false;
  const withSegments = String(template ?? '').replace(OPTIONAL_SEGMENT, (_whole, inner: string) => {
    let complete = true;
    const filled = inner.replace(PLACEHOLDER, (_p, name: string) => {
      const v = valueOf(name);
      if (v === null) complete = false;
      return v ?? '';
    });
    if (!complete) removed = true;
    return complete ? filled : '';
  });
  // Segment contents were already substituted; placeholders left now stand outside any segment.
  // Substituted values contain no braces, so they are never matched again.
  const text = withSegments.replace(PLACEHOLDER, (_p, name: string) => {
    const v = valueOf(name);
    if (v === null) removed = true;
    return v ?? '';
  });
  return { text: removed ? tidy(text) : text, missing, unknown };
}

/** Repairs the spacing and punctuation a removed placeholder leaves behind. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/\(\s*\)|（\s*）|「\s*」/g, '')
        .replace(/[ \t]{2,}/g, ' ')
        .replace(/[ \t]+([,.!?;:，。！？；：、）)])/g, '$1')
        .replace(/([,，、])\s*(?=[,，、.。!！?？;；])/g, '')
        .replace(/^[\s,，、;；:：]+/, '')
        .replace(/[ \t]+$/, ''),
    )
    .join('\n');
}

/** Languages tried after the requested one: the sister script or language, then English. */
const FALLBACKS: Record<LanguageKey, LanguageKey[]> = {
  'zh-TW': ['zh-CN', 'en'],
  'zh-CN': ['zh-TW', 'en'],
  ms: ['id', 'en'],
  id: ['ms', 'en'],
  en: [],
  th: ['en'],
  vi: ['en'],
};

/**
 * The template for a reason, language and kind, falling back zh-TW → zh-CN, ms ↔ id, then English;
 * when the reason has no template at all, the 'other' reason's template in the same order. Rows with
 * blank text (a half-edited Replies tab) are skipped.
 */
export function pickReply(rows: readonly ReplyRow[], reason: ReasonKey | null, language: LanguageKey | null, kind: ReplyKind): ReplyRow | null {
  const lang: LanguageKey = language ?? 'en';
  const languages = [lang, ...FALLBACKS[lang]];
  if (languages.indexOf('en') < 0) languages.push('en');
  const reasons: ReasonKey[] = reason && reason !== 'other' ? [reason, 'other'] : ['other'];
  for (const r of reasons) {
    for (const l of languages) {
      const row = rows.find((x) => x.reason === r && x.language === l && x.kind === kind && String(x.text ?? '').trim() !== '');
      if (row) return row;
    }
  }
  return null;
}
