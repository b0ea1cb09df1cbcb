/** The weekly review's tabs: Review (a section per ISO week, written by the review) and Actions (improvement actions). */
import { options } from './enums';
import type { TabDef } from './schema';

export const ACTION_STATUSES = options([
  ['open', 'Open', '待处理'],
  ['in_progress', 'In progress', '进行中'],
  ['done', 'Done', '已完成'],
  ['dropped', 'Dropped', '已取消'],
] as const);
export type ActionStatusKey = (typeof ACTION_STATUSES)[number]['key'];

export const ACTION_METRICS = options([
  ['complaints_per_1000_orders', 'Complaints per 1000 orders', '每千单投诉'],
] as const);

export const REVIEW = {
  name: 'Review',
  zh: '周复盘',
  about: 'Written by the weekly review: one section per ISO week, newest first; re-running a week replaces its section.',
  color: '#188038',
  freeLayout: true,
  columns: [],
} as const satisfies TabDef;

export const ACTIONS = {
  name: 'Actions',
  zh: '改进措施',
  about: 'Improvement actions from the weekly review: who, by when, and the metric they should move. Overdue rows turn red.',
  color: '#188038',
  columns: [
    { field: 'actionId', en: 'Action ID', zh: '措施编号', type: 'text', width: 80 },
    { field: 'createdAt', en: 'Created At', zh: '创建时间', type: 'datetime', width: 130 },
    { field: 'action', en: 'Action', zh: '改进措施', type: 'longtext', width: 320 },
    { field: 'department', en: 'Department', zh: '部门', type: 'text', width: 120 },
    { field: 'owner', en: 'Owner Email', zh: '负责人邮箱', type: 'text', width: 180 },
    { field: 'due', en: 'Due', zh: '截止日期', type: 'date', width: 100 },
    { field: 'status', en: 'Status', zh: '状态', type: 'enum', enum: ACTION_STATUSES, width: 100 },
    { field: 'skus', en: 'SKUs', zh: '相关SKU', type: 'text', width: 140, note: 'comma-separated; empty = every SKU' },
    { field: 'reasons', en: 'Reasons / Root Causes', zh: '原因/根因', type: 'text', width: 170, note: 'reason or root-cause keys or labels, comma-separated' },
    { field: 'tickets', en: 'Tickets', zh: '相关工单', type: 'text', width: 160 },
    { field: 'metric', en: 'Metric', zh: '衡量指标', type: 'enum', enum: ACTION_METRICS, width: 190 },
    { field: 'doneAt', en: 'Done At', zh: '完成日期', type: 'date', width: 100, note: 'empty = the due date' },
    { field: 'source', en: 'Source', zh: '来源', type: 'text', width: 140 },
    { field: 'effect', en: 'Effect', zh: '效果', type: 'longtext', width: 320, note: 'written by the weekly review: 4 weeks before vs after' },
  ],
} as const satisfies TabDef;
