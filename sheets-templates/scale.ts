/** The tabs that keep a workbook inside its limits: Daily Stats (hidden aggregates) and Archive (old closed tickets). */
import { CHANNELS, PRIORITIES, REASONS, RESOLUTIONS, ROOT_CAUSES, STATUSES } from './enums';
import type { ColumnDef, TabDef } from './schema';

const n = (field: string, en: string, zh: string): ColumnDef => ({ field, en, zh, type: 'number', width: 80 });

/** One row a local day: the sums behind the KPIs, so long periods need no ticket rows. Rewritten by the hourly job. */
export const DAILY_STATS = {
  name: 'Daily Stats',
  zh: '每日统计',
  about: 'Hidden. One row a day: the counts and sums behind the KPIs, kept by the hourly job. Do not edit.',
  color: '#5f6368',
  columns: [
    { field: 'day', en: 'Day', zh: '日期', type: 'text', width: 90 },
    n('tickets', 'Tickets', '工单数'),
    n('statusKnown', 'Status Known', '状态已知'),
    n('resolved', 'Resolved', '已解决'),
    n('oneTouchBase', 'One Touch Base', '一次解决基数'),
    n('oneTouch', 'One Touch', '一次解决'),
    n('reopenBase', 'Reopen Base', '重开基数'),
    n('reopened', 'Reopened', '重开'),
    n('firstReplyCount', 'First Replies', '首次回复数'),
    n('firstReplyHours', 'First Reply Hours', '首次回复小时和'),
    n('firstReplyBusinessHours', 'First Reply Business Hours', '首次回复营业小时和'),
    n('resolutionCount', 'Resolutions', '解决数'),
    n('resolutionHours', 'Resolution Hours', '解决小时和'),
    n('resolutionBusinessHours', 'Resolution Business Hours', '解决营业小时和'),
    n('waitCount', 'Waits', '等待数'),
    n('waitHours', 'Requester Wait Hours', '客户等待营业小时和'),
    n('slaFirstBase', 'SLA First Base', '首次回复SLA基数'),
    n('slaFirstMet', 'SLA First Met', '首次回复SLA达标'),
    n('slaResBase', 'SLA Resolution Base', '解决SLA基数'),
    n('slaResMet', 'SLA Resolution Met', '解决SLA达标'),
    n('responses', 'CSAT Responses', '评价数'),
    n('promoters', 'CSAT 4-5', '满意评价数'),
    n('csatSum', 'CSAT Sum', '评分和'),
    n('surveysSent', 'Surveys Sent', '问卷发送数'),
    n('surveysAnswered', 'Surveys Answered', '问卷回复数'),
    n('returnedOrders', 'Returned Orders', '退货订单数'),
    n('orders', 'Orders', '订单数'),
    { field: 'updatedAt', en: 'Updated At', zh: '更新时间', type: 'datetime', width: 130 },
  ],
} as const satisfies TabDef;

/** Closed tickets older than "Archive After Months": only the columns the KPIs and the reviews read. */
export const ARCHIVE = {
  name: 'Archive',
  zh: '归档工单',
  about: 'Closed tickets moved out of Tickets after "Archive After Months"; still counted by the KPIs and customer history.',
  color: '#5f6368',
  columns: [
    { field: 'ticketId', en: 'Ticket ID', zh: '工单号', type: 'text', width: 90 },
    { field: 'createdAt', en: 'Created At', zh: '创建时间', type: 'datetime', width: 130 },
    { field: 'channel', en: 'Channel', zh: '渠道', type: 'enum', enum: CHANNELS, width: 110 },
    { field: 'orderId', en: 'Order ID', zh: '订单号', type: 'text', width: 140 },
    { field: 'customerId', en: 'Customer ID', zh: '客户ID', type: 'text', customerText: true, width: 120 },
    { field: 'sku', en: 'SKU', zh: 'SKU', type: 'text', width: 100 },
    { field: 'reason', en: 'Reason', zh: '原因', type: 'enum', enum: REASONS, width: 110 },
    { field: 'priority', en: 'Priority', zh: '优先级', type: 'enum', enum: PRIORITIES, width: 80 },
    { field: 'status', en: 'Status', zh: '状态', type: 'enum', enum: STATUSES, width: 130 },
    { field: 'assignee', en: 'Assignee', zh: '处理人', type: 'text', width: 150 },
    { field: 'firstReplyAt', en: 'First Reply At', zh: '首次回复时间', type: 'datetime', width: 130 },
    { field: 'resolvedAt', en: 'Resolved At', zh: '解决时间', type: 'datetime', width: 130 },
    { field: 'closedAt', en: 'Closed At', zh: '关闭时间', type: 'datetime', width: 130 },
    { field: 'reopens', en: 'Reopens', zh: '重开次数', type: 'integer', width: 70 },
    { field: 'agentReplies', en: 'Agent Replies', zh: '回复次数', type: 'integer', width: 70 },
    { field: 'waitingHours', en: 'Waiting Hours', zh: '等待客户时长', type: 'number', width: 80 },
    { field: 'resolution', en: 'Resolution', zh: '处理方案', type: 'enum', enum: RESOLUTIONS, width: 120 },
    { field: 'compensation', en: 'Compensation', zh: '补偿金额', type: 'number', width: 90 },
    { field: 'rootCause', en: 'Root Cause', zh: '根因', type: 'enum', enum: ROOT_CAUSES, width: 140 },
    { field: 'surveySentAt', en: 'Survey Sent At', zh: '问卷发送时间', type: 'datetime', width: 130 },
    { field: 'csat', en: 'CSAT', zh: '满意度', type: 'integer', width: 60 },
    { field: 'csatAt', en: 'CSAT At', zh: '评价时间', type: 'datetime', width: 130 },
    { field: 'updatedAt', en: 'Updated At', zh: '更新时间', type: 'datetime', width: 130 },
  ],
} as const satisfies TabDef;
