/**
 * One department's weekly feedback e-mail: only the problems that originate with it, its SKUs with counts and
 * trend, two or three customer quotes (contact data masked, HTML-escaped) and its open actions. A single 600-px
 * column with inline CSS (e-mail clients drop <style>), English and Chinese side by side.
 */
import { escapeHtml } from '../alerts/digest';
import { localDateKey, startOfLocalDay } from '../time';
import { departmentLabel } from './departments';
import { problemLabel } from './labels';
import type { DepartmentFeedback, WeeklyReview } from './types';

export interface DepartmentMail {
  subject: string;
  html: string;
  text: string;
}

function trend(now: number, before: number): { arrow: string; en: string; zh: string; color: string } {
  const d = now - before;
  if (before === 0 && now > 0) return { arrow: '▲', en: 'new', zh: '新增', color: '#d93025' };
  if (Math.abs(d) < 0.5) return { arrow: '▬', en: 'steady', zh: '持平', color: '#5f6368' };
  return d > 0 ? { arrow: '▲', en: `+${d.toFixed(1)}`, zh: `增加 ${d.toFixed(1)}`, color: '#d93025' } : { arrow: '▼', en: d.toFixed(1), zh: `减少 ${(-d).toFixed(1)}`, color: '#188038' };
}

const TD = 'padding:6px 8px;border-bottom:1px solid #e8eaed;font-size:14px;vertical-align:top';
const TH = 'padding:6px 8px;border-bottom:2px solid #dadce0;font-size:12px;color:#5f6368;text-align:left';

export function renderDepartmentMail(r: WeeklyReview, d: DepartmentFeedback, o: { shopName: string; timeZone: string; now: number; reviewUrl?: string; contactsShown?: boolean }): DepartmentMail {
  const dept = departmentLabel(d.department);
  const t = trend(d.problems, d.previous);
  const subject = `[AfterDesk] ${o.shopName} · ${r.week.week} · ${dept.en} · ${dept.zh}: ${d.problems} problem(s) · ${d.problems} 个问题`;
  const h = escapeHtml;
  const problems = d.reasons.map((x) => `<tr><td style="${TD}">${h(problemLabel(x.key))}</td><td style="${TD};text-align:right">${x.tickets}</td></tr>`).join('');
  const skus = d.skus.map((s) => {
    const st = trend(s.tickets, s.previous);
    return `<tr><td style="${TD};word-break:break-all">${h(s.sku)}</td><td style="${TD};text-align:right">${s.tickets}</td><td style="${TD};text-align:right">${s.previous.toFixed(1)}</td><td style="${TD};color:${st.color}">${st.arrow} ${h(st.en)} · ${h(st.zh)}</td></tr>`;
  }).join('');
  const quotes = d.quotes.map((q) => `<div style="margin:6px 0;padding:8px 10px;background:#f1f3f4;border-radius:4px;font-style:italic;font-size:14px">“${h(q.text)}” <span style="color:#5f6368;font-style:normal;font-size:12px">${h(q.ticketId)}</span></div>`).join('');
  const actions = d.openActions.length
    ? d.openActions.map((a) => {
      const due = a.due === null ? '—' : localDateKey(o.timeZone, a.due);
      const late = a.due !== null && a.due < startOfLocalDay(o.timeZone, o.now) ? ' <b style="color:#d93025">OVERDUE · 已逾期</b>' : '';
      return `<li style="margin:4px 0;font-size:14px"><b>${h(a.actionId)}</b> ${h(a.action)} — ${h(a.owner || '—')}, due ${h(due)} · 截止 ${h(due)}${late}</li>`;
    }).join('')
    : `<li style="margin:4px 0;font-size:14px;color:#5f6368">None · 无</li>`;
  const link = o.reviewUrl ? `<p style="margin:16px 0"><a href="${h(o.reviewUrl)}" style="display:inline-block;padding:10px 16px;background:#188038;color:#fff;text-decoration:none;border-radius:4px">Open the review · 打开周复盘</a></p>` : '';
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>`
    + `<body style="margin:0;padding:0;background:#ffffff"><div style="max-width:600px;margin:0 auto;padding:12px;font-family:Arial,'Noto Sans CJK SC',sans-serif;color:#202124">`
    + `<div style="border-left:4px solid #188038;padding:4px 10px;margin-bottom:12px"><div style="font-size:12px;color:#5f6368">${h(o.shopName)} · ${h(r.week.week)} (${h(r.week.from)} → ${h(r.week.to)})</div>`
    + `<div style="font-size:20px;font-weight:bold">${h(dept.en)} · ${h(dept.zh)}</div>`
    + `<div style="font-size:14px">Weekly feedback from customer service · 客服每周反馈</div></div>`
    + `<p style="font-size:16px;margin:8px 0"><b>${d.problems}</b> problem(s) this week originate with your team · 本周有 <b>${d.problems}</b> 个问题源自贵部门 `
    + `<span style="color:${t.color}">${t.arrow} ${h(t.en)} · ${h(t.zh)}</span> <span style="color:#5f6368;font-size:13px">(previous 4 weeks: ${d.previous.toFixed(1)}/week · 前四周 ${d.previous.toFixed(1)}/周)</span></p>`
    + `<h3 style="font-size:15px;margin:16px 0 4px">Problems · 问题</h3><table style="width:100%;border-collapse:collapse"><tr><th style="${TH}">Problem · 问题</th><th style="${TH};text-align:right">Tickets · 工单</th></tr>${problems}</table>`
    + `<h3 style="font-size:15px;margin:16px 0 4px">SKUs · 商品</h3><table style="width:100%;border-collapse:collapse;table-layout:fixed"><tr><th style="${TH}">SKU</th><th style="${TH};text-align:right">This week · 本周</th><th style="${TH};text-align:right">Avg 4 wk · 前四周均值</th><th style="${TH}">Trend · 趋势</th></tr>${skus}</table>`
    + (quotes ? `<h3 style="font-size:15px;margin:16px 0 4px">What customers said · 客户原话</h3>${quotes}` : '')
    + `<h3 style="font-size:15px;margin:16px 0 4px">Your open actions · 贵部门未完成的改进措施</h3><ul style="padding-left:18px;margin:4px 0">${actions}</ul>`
    + link
    + `<p style="font-size:12px;color:#5f6368;margin-top:20px">${o.contactsShown ? 'Sent by AfterDesk\'s weekly review. · 由 AfterDesk 周复盘发送。' : 'Sent by AfterDesk\'s weekly review. Contact details in quotes are masked. · 由 AfterDesk 周复盘发送，引用中的联系方式已隐去。'}</p>`
    + `</div></body></html>`;
  const text = [
    `${o.shopName} · ${r.week.week} · ${dept.en} · ${dept.zh}`,
    `${d.problems} problem(s) this week (previous 4 weeks: ${d.previous.toFixed(1)}/week)`,
    '', 'Problems · 问题:', ...d.reasons.map((x) => `  ${problemLabel(x.key)}: ${x.tickets}`),
    '', 'SKUs · 商品:', ...d.skus.map((s) => `  ${s.sku}: ${s.tickets} (avg ${s.previous.toFixed(1)})`),
    '', 'What customers said · 客户原话:', ...d.quotes.map((q) => `  "${q.text}" (${q.ticketId})`),
    '', 'Open actions · 未完成措施:', ...(d.openActions.length ? d.openActions.map((a) => `  ${a.actionId} ${a.action} — ${a.owner}`) : ['  none · 无']),
  ].join('\n');
  return { subject, html, text };
}
