/** The tabs that keep a workbook inside its limits: Daily Stats (hidden aggregates) and Archive (old closed tickets). */
import type { ColumnDef, TabDef } from './schema';
import { TICKETS } from './tickets';

type TicketColumn = (typeof TICKETS.columns)[number];

/** Tickets' own definitions of the named columns, in that order: the Archive never restates one. */
function ticketColumns<F extends TicketColumn['field']>(fields: readonly F[]): Extract<TicketColumn, { field: F }>[] {
  return fields.map((f) => TICKETS.columns.find((c) => c.field === f)!) as Extract<TicketColumn, { field: F }>[];
}

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
    ...ticketColumns([
      'ticketId', 'createdAt', 'channel', 'orderId', 'customerId', 'sku', 'reason', 'priority', 'status', 'assignee',
      'firstReplyAt', 'resolvedAt', 'closedAt', 'reopens', 'agentReplies', 'waitingHours', 'resolution', 'compensation',
      'rootCause', 'surveySentAt', 'csat', 'csatAt', 'updatedAt',
    ] as const),
  ],
} as const satisfies TabDef;
