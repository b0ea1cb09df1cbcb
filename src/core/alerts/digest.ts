/**
 * The alert digest: ONE e-mail a run, a list of sections each holding cards (the incidents are one section; other
 * features add their own section without touching the card code), in English, Chinese or both. E-mail clients drop
 * <style> blocks and ignore media queries often, so the layout is a single 600-px column with inline CSS only,
 * large tap targets and no images. Every value that can hold customer or user text (SKU, quotes, shop name) is
 * HTML-escaped here, once.
 */
import { escapeHtml } from '../text';
import type { Severity } from './types';
import { dayKeyOf } from './days';
import { localParts } from '../time';
import type { Words } from './words';

export type DigestLanguage = 'en' | 'zh-CN' | 'both';

export interface DigestOptions {
  shopName: string;
  now: number;
  timeZone: string;
  language: DigestLanguage;
  dashboardUrl?: string;
}

/** One thing to act on. All text is plain (escaped when rendered). */
export interface DigestCard {
  severity: Severity;
  /** The small line above the headline, e.g. "Batch defect", and what it is about, e.g. "SKU TS-1" (not translated). */
  label: Words;
  tag?: string;
  headline: Words;
  /** What else the card explains, one short line each. */
  context?: Words[];
  /** Customers' own words, already masked. */
  quotes?: string[];
  nextStep?: Words;
  ticketIds?: string[];
}

export interface DigestSection {
  id: string;
  title: Words;
  /** How the subject line counts this section's cards, e.g. "2 incidents" / "2 个事件". */
  count: Words;
  cards: DigestCard[];
}

export interface Digest {
  subject: string;
  html: string;
  text: string;
}

export { escapeHtml };

export const SEVERITY_STYLE: Record<Severity, { en: string; zh: string; color: string; bg: string; rank: number }> = {
  high: { en: 'High', zh: '高', color: '#d93025', bg: '#fce8e6', rank: 0 },
  medium: { en: 'Medium', zh: '中', color: '#e37400', bg: '#fef7e0', rank: 1 },
  low: { en: 'Low', zh: '低', color: '#1a73e8', bg: '#e8f0fe', rank: 2 },
};

/** The texts to show: the chosen language, or both — once when they read the same (an order ID, a name). */
function texts(lang: DigestLanguage, w: Words): string[] {
  if (lang === 'en') return [w.en];
  if (lang === 'zh-CN') return [w.zh];
  return w.en === w.zh ? [w.en] : [w.en, w.zh];
}

function pick(lang: DigestLanguage, w: Words, sep = ' · '): string {
  return texts(lang, w).join(sep);
}

/** Both languages on their own lines (for 'both'), or the one chosen. */
function lines(lang: DigestLanguage, w: Words, style: string): string {
  return texts(lang, w).map((x) => `<div style="${style}">${escapeHtml(x)}</div>`).join('');
}

function cardHtml(c: DigestCard, lang: DigestLanguage): string {
  const s = SEVERITY_STYLE[c.severity];
  const badge = `<span style="display:inline-block;padding:1px 8px;border-radius:10px;background:${s.bg};color:${s.color};font-weight:bold">${escapeHtml(pick(lang, { en: s.en, zh: s.zh }, '/'))}</span>`;
  const context = (c.context ?? []).map((w) => lines(lang, w, 'margin:2px 0')).join('');
  const quotes = (c.quotes ?? [])
    .map((q) => `<div style="margin:4px 0;padding:6px 10px;background:#f1f3f4;border-radius:4px;font-style:italic">“${escapeHtml(q)}”</div>`)
    .join('');
  const next = c.nextStep
    ? `<div style="margin:8px 0 4px;padding:8px 10px;background:#e6f4ea;border-radius:4px;color:#137333"><b>${escapeHtml(pick(lang, { en: 'Next step', zh: '下一步' }))}:</b>${lines(lang, c.nextStep, 'margin:2px 0')}</div>`
    : '';
  const ids = c.ticketIds ?? [];
  const tickets = ids.length
    ? `<div style="margin:6px 0;color:#5f6368;font-size:13px">${escapeHtml(pick(lang, { en: 'Tickets', zh: '工单' }))}: ${escapeHtml(ids.slice(0, 10).join(', '))}${ids.length > 10 ? ` +${ids.length - 10}` : ''}</div>`
    : '';
  return (
    `<tr><td style="padding:12px 16px;border-left:4px solid ${s.color};background:#ffffff;border-bottom:1px solid #e8eaed">` +
    `<div style="font-size:13px;color:#5f6368">${badge} ${escapeHtml(pick(lang, c.label))}${c.tag ? ` · ${escapeHtml(c.tag)}` : ''}</div>` +
    `<div style="font-size:16px;line-height:1.45;color:#202124;margin-top:4px">${lines(lang, c.headline, 'margin:4px 0')}</div>` +
    (context ? `<div style="font-size:13px;line-height:1.4;color:#5f6368;margin:4px 0">${context}</div>` : '') +
    `${quotes}${next}${tickets}</td></tr>`
  );
}

function cardText(c: DigestCard, lang: DigestLanguage): string[] {
  const out: string[] = [];
  const both = (w: Words, first: string, rest: string) => texts(lang, w).forEach((t, k) => out.push(`${k === 0 ? first : rest}${t}`));
  both(c.headline, `- [${pick(lang, { en: SEVERITY_STYLE[c.severity].en, zh: SEVERITY_STYLE[c.severity].zh }, '/')}] `, '  ');
  for (const w of c.context ?? []) both(w, '    ', '    ');
  for (const q of c.quotes ?? []) out.push(`    “${q}”`);
  if (c.nextStep) both(c.nextStep, `  ${pick(lang, { en: 'Next step', zh: '下一步' })}: `, '  ');
  if (c.ticketIds?.length) out.push(`  ${pick(lang, { en: 'Tickets', zh: '工单' })}: ${c.ticketIds.slice(0, 10).join(', ')}`);
  return out;
}

export function renderDigest(sections: DigestSection[], o: DigestOptions): Digest {
  const lang = o.language;
  const shown = sections.filter((s) => s.cards.length > 0);
  const cards = shown.flatMap((s) => s.cards);
  const top = Object.values(SEVERITY_STYLE).find((s) => cards.some((c) => SEVERITY_STYLE[c.severity] === s));
  const p = localParts(o.timeZone, o.now);
  const when = `${dayKeyOf(o.timeZone, o.now)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  const count = shown.map((s) => pick(lang, s.count)).join(', ');
  const subject = `[AfterDesk] ${o.shopName}: ${count}${top ? ` (${pick(lang, { en: top.en, zh: top.zh }, '/')})` : ''}`;
  const body: string[] = [];
  const text: string[] = [subject, when, ''];
  for (const s of shown) {
    body.push(
      `<tr><td style="padding:14px 16px 6px;font-size:14px;font-weight:bold;color:#202124;background:#f8f9fa">${escapeHtml(pick(lang, s.title))} (${s.cards.length})</td></tr>`,
      ...s.cards.map((c) => cardHtml(c, lang)),
    );
    text.push(`== ${pick(lang, s.title)} (${s.cards.length}) ==`);
    for (const c of s.cards) text.push(...cardText(c, lang));
    text.push('');
  }
  const button = o.dashboardUrl
    ? `<tr><td style="padding:20px 16px" align="center"><a href="${escapeHtml(o.dashboardUrl)}" style="display:inline-block;padding:14px 28px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:6px;font-size:16px;font-weight:bold">${escapeHtml(pick(lang, { en: 'Open the workbook', zh: '打开工作簿' }))}</a></td></tr>`
    : '';
  if (o.dashboardUrl) text.push(o.dashboardUrl);
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>` +
    `<body style="margin:0;padding:0;background:#f1f3f4;font-family:Arial,'PingFang SC','Microsoft YaHei',sans-serif">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f3f4"><tr><td align="center" style="padding:12px 8px">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;overflow:hidden">` +
    `<tr><td style="padding:16px;background:#202124;color:#ffffff"><div style="font-size:18px;font-weight:bold">${escapeHtml(o.shopName)} · AfterDesk</div>` +
    `<div style="font-size:14px;margin-top:4px">${escapeHtml(count)} · ${escapeHtml(when)}</div></td></tr>` +
    body.join('') +
    button +
    `<tr><td style="padding:12px 16px;font-size:12px;color:#5f6368">${escapeHtml(pick(lang, { en: 'Set an incident to acknowledged in the Alerts tab to stop repeats.', zh: '在“预警”表中把状态改为 acknowledged 即不再重复提醒。' }, ' '))}</td></tr>` +
    `</table></td></tr></table></body></html>`;
  return { subject, html, text: text.join('\n') };
}
