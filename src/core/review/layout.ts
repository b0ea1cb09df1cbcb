/**
 * A review section as a grid the server writes in one block: the week's title row, then one sub-table per topic.
 * Each line carries a style, per-cell number formats and, in the last column, a reference (`reason=damaged;
 * dept=packaging`) that "Create action from review line" reads. Ticket cells are links the server turns into
 * HYPERLINK formulas; customer text is marked so it is written as text, never as a formula.
 */
import { localDateKey, toLocalIso } from '../time';
import { actionStatusLabel, CASE_KINDS, deptLabel, reasonLabel, resolutionLabel, rootCauseLabel, statusLabel, VERDICTS } from './labels';
import type { CaseLine, WeeklyReview } from './types';

export const SECTION_WIDTH = 10;
export const REF_COLUMN = SECTION_WIDTH; // J

export type Cell =
  | { v: string | number | null; f?: string }
  /** A ticket id linked to its Tickets row. */
  | { ticket: string; row: number }
  /** Text written by a customer (or a user): stored literally. */
  | { text: string };

export type LineStyle = 'title' | 'heading' | 'header' | 'row' | 'note' | 'blank';

export interface Line {
  style: LineStyle;
  cells: Cell[];
  ref: string;
}

export interface SectionOptions {
  now: number;
  timeZone: string;
  /** Per department: what happened to its e-mail this run ('sent', 'queued', 'already sent', 'no owner'). */
  mail: Record<string, string>;
  /** The noise test's level (Settings "Review Noise P"). */
  alpha: number;
}

const v = (x: string | number | null, f?: string): Cell => (f ? { v: x, f } : { v: x });
const PCT = '0.0%';
const NUM = '0.0';
const SIGNED = '+0.0;-0.0;0';
const INT = '0';
const P = '0.000';

function line(style: LineStyle, cells: Cell[], ref = ''): Line {
  return { style, cells, ref };
}

function heading(en: string, zh: string): Line {
  return line('heading', [v(`${en} · ${zh}`)]);
}

function header(...names: string[]): Line {
  return line('header', names.map((n) => v(n)));
}

function none(): Line {
  return line('note', [v('None this week · 本周无')]);
}

const mean = (xs: (number | null)[]) => {
  const ok = xs.filter((x): x is number => x !== null);
  return ok.length ? ok.reduce((s, x) => s + x, 0) / ok.length : null;
};

export function sectionTitle(week: string): string {
  return week;
}

export function sectionRef(week: string): string {
  return `section=${week}`;
}

function caseRef(c: CaseLine, week: string, extra = ''): string {
  return `ticket=${c.ticketId}${c.reason ? `;reason=${c.reason}` : ''}${c.rootCause ? `;root=${c.rootCause}` : ''}${c.sku ? `;sku=${c.sku}` : ''};week=${week}${extra}`;
}

export function reviewSection(r: WeeklyReview, o: SectionOptions): Line[] {
  const wk = r.week.week;
  const out: Line[] = [];
  const day = (ms: number | null) => (ms === null ? '' : toLocalIso(o.timeZone, ms).slice(0, 16).replace('T', ' '));
  // B's text runs over the empty C–F cells; the generation time sits in G.
  out.push(line('title', [v(sectionTitle(wk)), v(`Weekly review · 周复盘   ${r.week.from} → ${r.week.to}`), v(null), v(null), v(null), v(null), v(`generated · 生成于 ${day(o.now)}`)], sectionRef(wk)));

  out.push(heading('This week against the previous four', '本周与前四周对比'));
  out.push(header('Figure · 指标', ...r.figures.map((f) => f.week), 'Previous 4 avg · 前四周均值', 'Change · 变化'));
  const row = (name: string, pick: (f: WeeklyReview['figures'][number]) => number | null, f: string, changeFormat = f === PCT ? '+0.0%;-0.0%;0.0%' : SIGNED) => {
    const vals = r.figures.map(pick);
    const avg = mean(vals.slice(1));
    const change = vals[0] !== null && avg !== null ? vals[0]! - avg : null;
    out.push(line('row', [v(name), ...vals.map((x) => v(x, f)), v(avg, f === INT ? NUM : f), v(change, changeFormat)]));
  };
  row('Tickets created · 新建工单', (f) => f.tickets, INT);
  row('Orders · 订单', (f) => f.orders, INT);
  row('Tickets per 1,000 orders · 每千单工单', (f) => f.perThousandOrders, NUM);
  row('First reply, median business h · 首次回复中位数（工作小时）', (f) => f.firstReplyMedian, NUM);
  row('Resolution, median business h · 解决时长中位数（工作小时）', (f) => f.resolutionMedian, NUM);
  row('CSAT (4–5 of 5) · 满意度', (f) => f.csatPercent, PCT);
  row('Reopen rate · 重开率', (f) => f.reopenRate, PCT);
  row('Return rate · 退货率', (f) => f.returnRate, PCT);

  out.push(heading('Top reasons', '主要原因'));
  out.push(header('Reason · 原因', 'Tickets · 工单', 'Previous 4 avg · 前四周均值', 'Change · 变化', 'Department · 部门'));
  if (!r.topReasons.length) out.push(none());
  for (const c of r.topReasons.slice(0, 8)) out.push(line('row', [v(reasonLabel(c.key)), v(c.tickets, INT), v(c.previous, NUM), v(c.change, SIGNED), v(deptLabel(c.department))], `reason=${c.key}${c.department ? `;dept=${c.department}` : ''};week=${wk}`));

  out.push(heading('Root causes', '根因'));
  out.push(header('Root cause · 根因', 'Tickets · 工单', 'Previous 4 avg · 前四周均值', 'Change · 变化', 'Department · 部门'));
  if (!r.rootCauses.length) out.push(none());
  for (const c of r.rootCauses) out.push(line('row', [v(rootCauseLabel(c.key)), v(c.tickets, INT), v(c.previous, NUM), v(c.change, SIGNED), v(deptLabel(c.department))], `root=${c.key}${c.department ? `;dept=${c.department}` : ''};week=${wk}`));

  out.push(heading('SKUs whose complaint rate rose (per 1,000 units sold)', '投诉率上升的SKU（每千件）'));
  out.push(header('SKU', 'Complaints · 投诉', 'Units sold · 销量', 'Per 1,000 · 每千件', 'Previous 4 wk · 前四周', 'p', 'Beyond noise? · 超出波动？', 'Department · 部门'));
  if (!r.skus.length) out.push(none());
  for (const s of r.skus.slice(0, 10)) {
    out.push(line('row', [{ text: s.sku }, v(s.complaints, INT), v(s.units, INT), v(s.rate, NUM), v(s.previousRate, NUM), v(s.p, P), v(s.p < o.alpha ? 'yes · 是' : 'no · 否'), v(deptLabel(s.department))], `sku=${s.sku}${s.department ? `;dept=${s.department}` : ''};week=${wk}`));
  }

  out.push(heading('Representative cases', '典型案例'));
  out.push(header('Case · 类型', 'Ticket · 工单', 'Reason · 原因', 'Root cause · 根因', 'SKU', 'CSAT', 'Resolution h · 解决时长', 'Customer said · 客户原话'));
  if (!r.cases.length) out.push(none());
  for (const c of r.cases) {
    const k = CASE_KINDS[c.kind!];
    const said = c.kind === 'best_rated' || c.kind === 'lowest_csat' ? c.comment || c.description : c.description;
    out.push(line('row', [v(`${k.en} · ${k.zh}`), { ticket: c.ticketId, row: c.row }, v(reasonLabel(c.reason)), v(rootCauseLabel(c.rootCause)), { text: c.sku }, v(c.csat, INT), v(c.resolutionHours, '0.0" h"'), { text: said.slice(0, 300) }], caseRef(c, wk)));
  }

  out.push(heading('Departments: this week’s feedback', '部门反馈'));
  out.push(header('Department · 部门', 'Problems · 问题', 'Previous 4 avg · 前四周均值', 'Top SKUs · 主要SKU', 'Open actions · 未完成措施', 'Mail to · 收件人', 'E-mail · 邮件'));
  if (!r.departments.length) out.push(none());
  for (const d of r.departments) {
    out.push(line('row', [v(deptLabel(d.department)), v(d.problems, INT), v(d.previous, NUM), { text: d.skus.slice(0, 3).map((s) => `${s.sku} (${s.tickets})`).join(', ') }, v(d.openActions.length, INT), v(d.mailTo.join(', ')), v(o.mail[d.department] ?? '')], `dept=${d.department};problems=${d.reasons.map((x) => x.key).join(',')};week=${wk}`));
  }

  out.push(heading('Resolved without a root cause — please classify', '已解决但未归因（请补充根因）'));
  out.push(header('Ticket · 工单', 'Reason · 原因', 'SKU', 'Resolved at · 解决时间', 'Assignee · 处理人'));
  if (!r.unclassified.length) out.push(none());
  for (const c of r.unclassified.slice(0, 30)) out.push(line('row', [{ ticket: c.ticketId, row: c.row }, v(reasonLabel(c.reason)), { text: c.sku }, v(day(c.resolvedAt)), v(c.assignee)], caseRef(c, wk)));
  if (r.unclassified.length > 30) out.push(line('note', [v(`… and ${r.unclassified.length - 30} more · 另有 ${r.unclassified.length - 30} 条`)]));

  out.push(heading('Solutions not yet in the knowledge base', '尚未收入知识库的解决方案'));
  out.push(header('Ticket · 工单', 'Reason · 原因', 'Resolution · 处理方案', 'CSAT', 'Problem · 问题'));
  if (!r.knowledge.length) out.push(none());
  for (const c of r.knowledge) out.push(line('row', [{ ticket: c.ticketId, row: c.row }, v(reasonLabel(c.reason)), v(resolutionLabel(c.resolution)), v(c.csat, INT), { text: c.description.slice(0, 200) }], caseRef(c, wk, ';kb=1')));
  if (r.knowledge.length) out.push(line('note', [v('Select a row, then AfterDesk → Promote review line to KB · 选中一行，然后 AfterDesk → 将复盘行收入知识库')]));

  out.push(heading('Unresolved backlog', '未解决积压'));
  out.push(header('Open · 未解决', 'Older than 2 days · 超过2天', 'Older than 7 days · 超过7天'));
  out.push(line('row', [v(r.backlog.open, INT), v(r.backlog.olderThan2Days, INT), v(r.backlog.olderThan7Days, INT)]));
  if (r.backlog.oldest.length) out.push(header('Oldest · 最久', 'Status · 状态', 'Created · 创建', 'Assignee · 处理人', 'Reason · 原因'));
  for (const c of r.backlog.oldest) out.push(line('row', [{ ticket: c.ticketId, row: c.row }, v(statusLabel(c.status || null)), v(day(c.createdAt)), v(c.assignee), v(reasonLabel(c.reason))], caseRef(c, wk)));

  out.push(heading('Actions due or overdue', '到期或逾期的改进措施'));
  out.push(header('Action ID · 编号', 'Action · 措施', 'Department · 部门', 'Owner · 负责人', 'Due · 截止', 'Status · 状态', 'Overdue? · 逾期？'));
  if (!r.actionsDue.length) out.push(none());
  const today = localDateKey(o.timeZone, o.now);
  for (const a of r.actionsDue) {
    const due = a.due === null ? '' : localDateKey(o.timeZone, a.due);
    out.push(line('row', [v(a.actionId), { text: a.action }, v(deptLabel(a.department)), v(a.owner), v(due), v(actionStatusLabel(a.status ?? 'open')), v(due && due < today ? 'OVERDUE · 已逾期' : '')], `action=${a.actionId};week=${wk}`));
  }

  out.push(heading('Closing the loop: done actions, 4 weeks before vs after', '闭环：已完成措施前后四周对比'));
  out.push(header('Action ID · 编号', 'Action · 措施', 'Done · 完成', 'Before /1,000 orders · 之前每千单', 'After /1,000 orders · 之后每千单', 'Complaints · 投诉 (before → after)', 'p', 'Verdict · 结论'));
  if (!r.loop.length) out.push(none());
  for (const l of r.loop) {
    const verdict = VERDICTS[l.verdict];
    const partial = l.weeksAfter < 4 ? ` (${l.weeksAfter}/4 wk after · 之后已${l.weeksAfter}周)` : '';
    out.push(line('row', [v(l.action.actionId), { text: l.action.action }, v(l.doneDay), v(l.before, NUM), v(l.after, NUM), v(`${l.complaintsBefore} → ${l.complaintsAfter}`), v(l.p, P), v(`${verdict.en} · ${verdict.zh}${partial}`)], `action=${l.action.actionId};week=${wk}`));
  }
  out.push(line('blank', []));
  return out;
}
