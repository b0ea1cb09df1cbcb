/** The content of each Dashboard block (values, formats, notes, chart), before the layout places it. */
import type { GroupFigures, KpiResult } from '../kpi/types';
import { change, changeFormat, type CellValue, FORMAT, type FigureKind, literalText, priorityLabel, reasonLabel, rootCauseLabel } from './format';

export interface Bilingual {
  en: string;
  zh: string;
}

export interface ChartDraft {
  type: 'line' | 'column' | 'bar';
  title: string;
  /** 0-based rows / columns of `values` (row 0 is the header, used for series names). */
  dataRows: [number, number];
  dataCols: [number, number];
  width: number;
  height: number;
  /** Where the layout puts the chart: beside the table (same lane) or under it. */
  place: 'right' | 'below';
}

export interface BlockDraft {
  id: string;
  title: Bilingual;
  values: CellValue[][];
  numberFormats: string[][];
  note: Bilingual;
  chart?: ChartDraft;
}

/** A table whose first row is a text header; each body row comes with its formats. */
function table(id: string, title: Bilingual, header: string[], body: Array<{ cells: CellValue[]; formats: string[] }>, note: Bilingual): BlockDraft {
  return {
    id,
    title,
    values: [header, ...body.map((r) => r.cells)],
    numberFormats: [header.map(() => FORMAT.text), ...body.map((r) => r.formats)],
    note,
  };
}

const FORMAT_OF: Record<FigureKind, string> = { count: FORMAT.count, hours: FORMAT.hours, rate: FORMAT.rate, score: FORMAT.score };

interface HeadlineLine {
  en: string;
  zh: string;
  kind: FigureKind;
  pick: (k: KpiResult) => number | null;
}

const HEADLINE: HeadlineLine[] = [
  { en: 'Tickets', zh: '工单数', kind: 'count', pick: (k) => k.tickets },
  { en: 'First reply, median', zh: '首次回复时长中位数', kind: 'hours', pick: (k) => k.first_reply_hours.median },
  { en: 'Resolution, median', zh: '解决时长中位数', kind: 'hours', pick: (k) => k.resolution_hours.median },
  { en: 'Resolution rate', zh: '解决率', kind: 'rate', pick: (k) => k.resolution_rate },
  { en: 'One-touch resolution', zh: '一次解决率', kind: 'rate', pick: (k) => k.one_touch_rate },
  { en: 'Reopen rate', zh: '重开率', kind: 'rate', pick: (k) => k.reopen_rate },
  { en: 'SLA first reply', zh: '首次回复达标率', kind: 'rate', pick: (k) => k.sla_first_reply_rate },
  { en: 'SLA resolution', zh: '解决达标率', kind: 'rate', pick: (k) => k.sla_resolution_rate },
  { en: 'CSAT (4–5)', zh: '满意度(4–5分)', kind: 'rate', pick: (k) => k.csat_percent },
  { en: 'CSAT responses', zh: '评价数', kind: 'count', pick: (k) => k.csat_responses },
  { en: 'Return rate', zh: '退货退款率', kind: 'rate', pick: (k) => k.return_rate },
  { en: '30-day repurchase', zh: '30天复购率', kind: 'rate', pick: (k) => k.repurchase_30d_rate },
  { en: 'Recovery rate', zh: '客户挽回率', kind: 'rate', pick: (k) => k.recovery_rate },
];

export function headlineBlock(k7: KpiResult, p7: KpiResult, k28: KpiResult, p28: KpiResult, chatResponseRate?: number | null): BlockDraft {
  const body = HEADLINE.map((l) => ({
    cells: [l.en, l.zh, l.pick(k7), change(l.pick(k7), l.pick(p7)), l.pick(k28), change(l.pick(k28), l.pick(p28))],
    formats: [FORMAT.text, FORMAT.text, FORMAT_OF[l.kind], changeFormat(l.kind), FORMAT_OF[l.kind], changeFormat(l.kind)],
  }));
  if (chatResponseRate !== undefined) {
    // Shopee's own figure, mirrored from Seller Centre: no previous period to compare with.
    body.push({ cells: ['Shopee chat response rate', 'Shopee聊天回复率', chatResponseRate, null, null, null], formats: [FORMAT.text, FORMAT.text, FORMAT.rate, FORMAT.rateChange, FORMAT.rate, FORMAT.rateChange] });
  }
  return table(
    'headline',
    { en: 'Headline', zh: '核心指标' },
    ['Metric', '指标', `7 days ${k7.period.from}…${k7.period.to}`, 'vs prev. 7 · 环比', `28 days ${k28.period.from}…${k28.period.to}`, 'vs prev. 28 · 环比'],
    body,
    {
      en: 'Tickets created in the period (complete days). Medians in calendar hours; rates of rates change in percentage points. Definitions: METRICS.md.',
      zh: '按创建时间统计（完整自然日）。中位数为自然小时；比率的变化为百分点。定义见 METRICS.md。',
    },
  );
}

export function slaBlock(k28: KpiResult): BlockDraft {
  const body = Object.entries(k28.by_priority).map(([key, p]) => ({
    cells: [priorityLabel(key), p.tickets, p.first_reply_target_hours, p.sla_first_reply_rate, p.resolution_target_hours, p.sla_resolution_rate],
    formats: [FORMAT.text, FORMAT.count, FORMAT.hours, FORMAT.rate, FORMAT.hours, FORMAT.rate],
  }));
  return table('sla_by_priority', { en: 'SLA by priority (28 days)', zh: '各优先级SLA达成（28天）' },
    ['Priority · 优先级', 'Tickets · 工单', 'Reply target · 回复目标', 'Reply met · 回复达标', 'Resolve target · 解决目标', 'Resolve met · 解决达标'], body,
    { en: 'Targets in business hours; resolution excludes time waiting on the customer.', zh: '目标为工作小时；解决时长不含等待客户的时间。' });
}

/** Groups with tickets, most first (ties by key so the order is stable). */
function ranked(groups: Record<string, GroupFigures>): Array<[string, GroupFigures]> {
  return Object.entries(groups).filter(([, g]) => g.tickets > 0).sort((a, b) => b[1].tickets - a[1].tickets || (a[0] < b[0] ? -1 : 1));
}

export function paretoBlock(k28: KpiResult): BlockDraft {
  const rows = ranked(k28.by_reason);
  const total = rows.reduce((s, [, g]) => s + g.tickets, 0);
  let running = 0;
  const body = rows.map(([key, g]) => {
    running += g.tickets;
    // The last row's cumulative is exactly 1: running reaches total.
    return { cells: [reasonLabel(key), g.tickets, g.tickets / total, running / total], formats: [FORMAT.text, FORMAT.count, FORMAT.rate, FORMAT.rate] };
  });
  const block = table('reason_pareto', { en: 'Reasons, Pareto (28 days)', zh: '原因帕累托（28天）' },
    ['Reason · 原因', 'Tickets · 工单', 'Share · 占比', 'Cumulative · 累计'], body,
    { en: 'Fix the top reasons first: together they make up most tickets.', zh: '优先解决排在前面的原因：它们占了大部分工单。' });
  if (body.length > 0) block.chart = { type: 'column', title: 'Reasons · 原因', dataRows: [0, body.length], dataCols: [0, 1], width: 600, height: 300, place: 'below' };
  return block;
}

export function rootCauseBlock(k28: KpiResult): BlockDraft {
  const rows = ranked(k28.by_root_cause);
  const total = rows.reduce((s, [, g]) => s + g.tickets, 0);
  return table('root_causes', { en: 'Root causes (28 days)', zh: '根因（28天）' },
    ['Root cause · 根因', 'Tickets · 工单', 'Share · 占比', 'Resolved · 解决率', 'CSAT · 满意度'],
    rows.map(([key, g]) => ({ cells: [rootCauseLabel(key), g.tickets, g.tickets / total, g.resolution_rate, g.csat_percent], formats: [FORMAT.text, FORMAT.count, FORMAT.rate, FORMAT.rate, FORMAT.rate] })),
    { en: 'Feed these back to product, packaging, warehouse and logistics.', zh: '把这些问题反馈给产品、包装、仓库和物流。' });
}

export function agentsBlock(k28: KpiResult): BlockDraft {
  const rows = Object.entries(k28.by_assignee)
    .filter(([, g]) => g.tickets > 0 || g.csat_responses > 0)
    .sort((a, b) => (b[1].csat_percent ?? -1) - (a[1].csat_percent ?? -1) || b[1].tickets - a[1].tickets || (a[0] < b[0] ? -1 : 1));
  return table('agents', { en: 'Agent recognition (28 days)', zh: '客服表彰（28天）' },
    ['Agent · 客服', 'Tickets · 工单', 'First reply · 首次回复', 'One-touch · 一次解决', 'CSAT · 满意度', 'Responses · 评价数'],
    rows.map(([key, g]) => ({
      cells: [key === '(unassigned)' ? 'Unassigned · 未分配' : key, g.tickets, g.first_reply_hours_median, g.one_touch_rate, g.csat_percent, g.csat_responses],
      formats: [FORMAT.text, FORMAT.count, FORMAT.hours, FORMAT.rate, FORMAT.rate, FORMAT.count],
    })),
    { en: 'First reply is the median in calendar hours; CSAT counts responses received in the period.', zh: '首次回复为自然小时中位数；满意度按期间内收到的评价统计。' });
}

export interface Praise {
  agent: string;
  comment: string;
  csat: number;
}

export function praiseBlock(praise: readonly Praise[]): BlockDraft {
  const body = praise.slice(0, 8).map((p) => ({ cells: [literalText(p.agent, 60) || 'Unassigned · 未分配', p.csat, literalText(p.comment)] as CellValue[], formats: [FORMAT.text, FORMAT.count, FORMAT.text] }));
  if (body.length === 0) body.push({ cells: ['—', null, 'No comments yet · 暂无好评留言'], formats: [FORMAT.text, FORMAT.count, FORMAT.text] });
  return table('praise', { en: 'Thank-you notes', zh: '客户好评' }, ['Agent · 客服', 'CSAT · 评分', 'Comment · 留言'], body,
    { en: 'Recent 4–5 star comments: read them out in the weekly review.', zh: '近期4–5分的留言：在周复盘时分享。' });
}

export function trendBlock(k28: KpiResult): BlockDraft {
  const days = Object.entries(k28.by_day);
  const block = table('daily_trend', { en: 'Daily trend (28 days)', zh: '每日趋势（28天）' },
    ['Date · 日期', 'Tickets · 工单', 'First reply · 首次回复', 'CSAT · 满意度'],
    days.map(([day, g]) => ({ cells: [day, g.tickets, g.first_reply_hours_median, g.csat_percent], formats: [FORMAT.text, FORMAT.count, FORMAT.hours, FORMAT.rate] })),
    { en: 'Tickets and first reply by creation day; CSAT by the day the response came in.', zh: '工单与首次回复按创建日；满意度按评价日。' });
  if (days.length > 0) block.chart = { type: 'line', title: 'Tickets per day · 每日工单', dataRows: [0, days.length], dataCols: [0, 1], width: 400, height: 300, place: 'right' };
  return block;
}

export function retentionBlock(k28: KpiResult): BlockDraft {
  const base = `${k28.eligible_complainants}`;
  return table('retention', { en: 'Retention (28 days)', zh: '复购与挽回（28天）' }, ['Metric', '指标', 'Value · 数值'], [
    { cells: ['Recovery rate', '客户挽回率', k28.recovery_rate], formats: [FORMAT.text, FORMAT.text, FORMAT.rate] },
    { cells: ['30-day repurchase', '30天复购率', k28.repurchase_30d_rate], formats: [FORMAT.text, FORMAT.text, FORMAT.rate] },
    { cells: ['Return rate', '退货退款率', k28.return_rate], formats: [FORMAT.text, FORMAT.text, FORMAT.rate] },
  ], {
    en: `Of ${base} complainants whose first ticket is 30+ days old: recovered = repurchased within 30 days or gave CSAT 4–5.`,
    zh: `在首个工单已满30天的 ${base} 位投诉客户中：挽回 = 30天内复购或给出4–5分。`,
  });
}

export function skippedBlock(k28: KpiResult, max = 20): BlockDraft {
  const list = k28.skipped;
  const body = list.slice(0, max).map((s) => ({ cells: [s.cell, literalText(s.message, 80), s.figures.join(', ')] as CellValue[], formats: [FORMAT.text, FORMAT.text, FORMAT.text] }));
  if (body.length === 0) body.push({ cells: ['—', 'No rows skipped · 没有跳过的行', ''], formats: [FORMAT.text, FORMAT.text, FORMAT.text] });
  const head = list.slice(0, 3).map((s) => `${s.cell} ${s.message}`).join(', ');
  const more = list.length > 3 ? ', …' : '.';
  return table('skipped', { en: 'Skipped rows', zh: '跳过的行' }, ['Cell · 单元格', 'Problem · 问题', 'Left out of · 未计入'], body, list.length === 0
    ? { en: 'Every row was usable.', zh: '所有行均可用。' }
    : { en: `${k28.skipped_rows} rows skipped: ${head}${more} Fix the cells; the rest of each row still counts.`, zh: `跳过 ${k28.skipped_rows} 行：${head}${more.replace('.', '。')}请修正这些单元格；这些行的其他数据仍计入。` });
}
