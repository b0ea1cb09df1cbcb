/**
 * The alert digest: ONE e-mail for all alerts of a run, grouped by severity, in English, Chinese or both. E-mail
 * clients drop <style> blocks and ignore media queries often, so the layout is a single 600-px column with inline
 * CSS only, large tap targets and no images. Every value that can hold customer or user text (SKU, descriptions,
 * cluster terms drawn from descriptions, shop name) is HTML-escaped.
 */
import type { Alert, Severity } from './types';
import { dayKeyOf } from './days';
import { localParts } from '../time';

export type DigestLanguage = 'en' | 'zh-CN' | 'both';

export interface DigestOptions {
  shopName: string;
  now: number;
  timeZone: string;
  language: DigestLanguage;
  dashboardUrl?: string;
  /** Descriptions of example tickets (by ticket id), quoted under batch-defect alerts. */
  descriptions?: Record<string, string>;
  /** Sections that are not alerts, after them (e.g. "Due soon on Shopee", src/core/marketplace/due-soon.ts). */
  extra?: { html: string; text: string; summary: { en: string; zh: string } }[];
}

export interface Digest {
  subject: string;
  html: string;
  text: string;
}

export function escapeHtml(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const SEVERITIES: { key: Severity; en: string; zh: string; color: string; bg: string }[] = [
  { key: 'high', en: 'High', zh: '高', color: '#d93025', bg: '#fce8e6' },
  { key: 'medium', en: 'Medium', zh: '中', color: '#e37400', bg: '#fef7e0' },
  { key: 'low', en: 'Low', zh: '低', color: '#1a73e8', bg: '#e8f0fe' },
];

const KIND: Record<Alert['kind'], { en: string; zh: string }> = {
  volume: { en: 'Ticket volume', zh: '工单量' },
  batch_defect: { en: 'Batch defect', zh: '批次质量问题' },
  sla: { en: 'SLA', zh: '时效' },
  csat: { en: 'Satisfaction', zh: '满意度' },
  return_rate: { en: 'Return rate', zh: '退货率' },
};

function pick(lang: DigestLanguage, en: string, zh: string, sep = ' · '): string {
  return lang === 'en' ? en : lang === 'zh-CN' ? zh : `${en}${sep}${zh}`;
}

function clip(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function alertHtml(a: Alert, o: DigestOptions, color: string): string {
  const lang = o.language;
  const msg = (['en', 'both'].includes(lang) ? `<div style="margin:4px 0">${escapeHtml(a.message.en)}</div>` : '') +
    (['zh-CN', 'both'].includes(lang) ? `<div style="margin:4px 0">${escapeHtml(a.message.zh)}</div>` : '');
  const facts = `${escapeHtml(a.window.from)}${a.window.to !== a.window.from ? ` → ${escapeHtml(a.window.to)}` : ''} · ${pick(lang, 'observed', '实际')} ${escapeHtml(a.observed)} · ${pick(lang, 'expected', '预期')} ${escapeHtml(a.expected)}`;
  let cluster = '';
  if (a.cluster && a.cluster.terms.length) {
    const quotes = a.cluster.examples
      .map((id) => o.descriptions?.[id])
      .filter((d): d is string => !!d)
      .map((d) => `<div style="margin:4px 0;padding:6px 10px;background:#f1f3f4;border-radius:4px;font-style:italic">“${escapeHtml(clip(d, 160))}”</div>`)
      .join('');
    cluster =
      `<div style="margin:6px 0"><b>${pick(lang, 'What they say', '投诉内容')}:</b> ${escapeHtml(a.cluster.terms.join(' / '))} ` +
      `(${Math.round(a.cluster.share * 100)}%)</div>${quotes}`;
  }
  const tickets = a.ticketIds.length
    ? `<div style="margin:6px 0;color:#5f6368;font-size:13px">${pick(lang, 'Tickets', '工单')}: ${escapeHtml(a.ticketIds.slice(0, 10).join(', '))}${a.ticketIds.length > 10 ? ` +${a.ticketIds.length - 10}` : ''}</div>`
    : '';
  return (
    `<tr><td style="padding:12px 16px;border-left:4px solid ${color};background:#ffffff;border-bottom:1px solid #e8eaed">` +
    `<div style="font-size:13px;color:#5f6368">${escapeHtml(pick(lang, KIND[a.kind].en, KIND[a.kind].zh))}${a.sku ? ` · SKU ${escapeHtml(a.sku)}` : ''}</div>` +
    `<div style="font-size:16px;line-height:1.45;color:#202124">${msg}</div>` +
    `<div style="font-size:13px;color:#5f6368">${facts}</div>${cluster}${tickets}</td></tr>`
  );
}

export function renderDigest(alerts: Alert[], o: DigestOptions): Digest {
  const lang = o.language;
  const top = SEVERITIES.find((s) => alerts.some((a) => a.severity === s.key));
  const p = localParts(o.timeZone, o.now);
  const when = `${dayKeyOf(o.timeZone, o.now)} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
  const extra = o.extra ?? [];
  const counts = [
    ...(alerts.length || !extra.length ? [pick(lang, `${alerts.length} alert${alerts.length === 1 ? '' : 's'}`, `${alerts.length} 条预警`)] : []),
    ...extra.map((x) => pick(lang, x.summary.en, x.summary.zh)),
  ];
  const count = counts.join(' + ');
  const subject = `[AfterDesk] ${o.shopName}: ${count}${top ? ` (${pick(lang, top.en, top.zh, '/')})` : ''}`;
  const sections: string[] = [];
  const lines: string[] = [subject, when, ''];
  for (const s of SEVERITIES) {
    const group = alerts.filter((a) => a.severity === s.key);
    if (!group.length) continue;
    sections.push(
      `<tr><td style="padding:14px 16px 6px;font-size:14px;font-weight:bold;color:${s.color};background:${s.bg}">` +
        `${escapeHtml(pick(lang, `${s.en} severity`, `${s.zh}级`))} (${group.length})</td></tr>`,
      ...group.map((a) => alertHtml(a, o, s.color)),
    );
    lines.push(`== ${pick(lang, `${s.en} severity`, `${s.zh}级`)} (${group.length}) ==`);
    for (const a of group) {
      if (lang !== 'zh-CN') lines.push(`- ${a.message.en}`);
      if (lang !== 'en') lines.push(`  ${a.message.zh}`);
      if (a.cluster?.terms.length) lines.push(`  ${pick(lang, 'What they say', '投诉内容')}: ${a.cluster.terms.join(' / ')}`);
      if (a.ticketIds.length) lines.push(`  ${pick(lang, 'Tickets', '工单')}: ${a.ticketIds.slice(0, 10).join(', ')}`);
    }
    lines.push('');
  }
  for (const x of extra) {
    sections.push(x.html);
    lines.push(x.text, '');
  }
  const button = o.dashboardUrl
    ? `<tr><td style="padding:20px 16px" align="center"><a href="${escapeHtml(o.dashboardUrl)}" style="display:inline-block;padding:14px 28px;background:#1a73e8;color:#ffffff;text-decoration:none;border-radius:6px;font-size:16px;font-weight:bold">${escapeHtml(pick(lang, 'Open the workbook', '打开工作簿'))}</a></td></tr>`
    : '';
  if (o.dashboardUrl) lines.push(o.dashboardUrl);
  const html =
    `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>` +
    `<body style="margin:0;padding:0;background:#f1f3f4;font-family:Arial,'PingFang SC','Microsoft YaHei',sans-serif">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f1f3f4"><tr><td align="center" style="padding:12px 8px">` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;overflow:hidden">` +
    `<tr><td style="padding:16px;background:#202124;color:#ffffff"><div style="font-size:18px;font-weight:bold">${escapeHtml(o.shopName)} · AfterDesk</div>` +
    `<div style="font-size:14px;margin-top:4px">${escapeHtml(count)} · ${escapeHtml(when)}</div></td></tr>` +
    sections.join('') +
    button +
    `<tr><td style="padding:12px 16px;font-size:12px;color:#5f6368">${escapeHtml(pick(lang, 'Set an alert to acknowledged in the Alerts tab to stop repeats.', '在“预警”表中把状态改为 acknowledged 即不再重复提醒。', ' '))}</td></tr>` +
    `</table></td></tr></table></body></html>`;
  return { subject, html, text: lines.join('\n') };
}
