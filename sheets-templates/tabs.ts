/** The other tabs of the workbook (Tickets and Orders have files of their own). */
import { LANGUAGES, REASONS, ROLES } from './enums';
import type { TabDef } from './schema';

export const SETTINGS_TAB = {
  name: 'Settings',
  zh: '设置',
  about: 'One row a setting: edit the Value column. Unknown keys are kept; missing keys are restored by set-up.',
  color: '#5f6368',
  columns: [
    { field: 'key', en: 'Key', zh: '设置项', type: 'text', width: 230 },
    { field: 'value', en: 'Value', zh: '值', type: 'text', width: 260 },
    { field: 'explanation', en: 'Explanation', zh: '说明', type: 'text', width: 520 },
  ],
} as const satisfies TabDef;

export const AGENTS = {
  name: 'Agents',
  zh: '客服',
  about: 'The team: who may be assigned tickets, in which languages, with which compensation authority.',
  color: '#9334e6',
  columns: [
    { field: 'email', en: 'Email', zh: '邮箱', type: 'text', width: 200 },
    { field: 'name', en: 'Name', zh: '姓名', type: 'text', width: 120 },
    { field: 'role', en: 'Role', zh: '角色', type: 'enum', enum: ROLES, width: 80 },
    { field: 'languages', en: 'Languages', zh: '语言', type: 'text', width: 140, note: 'comma-separated: zh-CN, en, ms …' },
    { field: 'active', en: 'Active', zh: '在岗', type: 'boolean', width: 60 },
    { field: 'limit', en: 'Compensation Limit', zh: '补偿权限', type: 'number', width: 110, note: 'empty = the role default' },
  ],
} as const satisfies TabDef;

export const REPLIES = {
  name: 'Replies',
  zh: '回复模板',
  about: 'Reply templates per reason and language. Placeholders: {customer} {order} {sku} {agent} {due}.',
  color: '#e37400',
  columns: [
    { field: 'reason', en: 'Reason', zh: '原因', type: 'enum', enum: REASONS, width: 110 },
    { field: 'language', en: 'Language', zh: '语言', type: 'enum', enum: LANGUAGES, width: 70 },
    { field: 'kind', en: 'Kind', zh: '类型', type: 'text', width: 110, note: 'ack = acknowledgement, info = information request' },
    { field: 'text', en: 'Text', zh: '内容', type: 'longtext', width: 520 },
  ],
} as const satisfies TabDef;

export const INTENTS = {
  name: 'Intents',
  zh: '意图关键词',
  about: 'Your own intent keywords, added to the built-in table. Kind: keyword, negation or anger.',
  color: '#e37400',
  columns: [
    { field: 'reason', en: 'Reason', zh: '原因', type: 'enum', enum: REASONS, width: 110 },
    { field: 'language', en: 'Language', zh: '语言', type: 'enum', enum: LANGUAGES, width: 70 },
    { field: 'keyword', en: 'Keyword', zh: '关键词', type: 'text', width: 200 },
    { field: 'weight', en: 'Weight', zh: '权重', type: 'number', width: 70 },
    { field: 'kind', en: 'Kind', zh: '类型', type: 'text', width: 90 },
  ],
} as const satisfies TabDef;

export const SOP = {
  name: 'SOP',
  zh: '处理流程',
  about: 'Steps per reason: reception → diagnosis → solution → follow-up. Ticked off per ticket in the sidebar.',
  color: '#e37400',
  columns: [
    { field: 'reason', en: 'Reason', zh: '原因', type: 'enum', enum: REASONS, width: 110 },
    { field: 'stage', en: 'Stage', zh: '阶段', type: 'text', width: 100 },
    { field: 'step', en: 'Step', zh: '步骤', type: 'longtext', width: 380 },
    { field: 'stepZh', en: 'Step (Chinese)', zh: '步骤（中文）', type: 'longtext', width: 300 },
  ],
} as const satisfies TabDef;

export const KNOWLEDGE_BASE = {
  name: 'Knowledge Base',
  zh: '知识库',
  about: 'Answers agents insert in one click; resolved cases can be promoted to drafts here.',
  color: '#129eaf',
  columns: [
    { field: 'articleId', en: 'Article ID', zh: '文章编号', type: 'text', width: 90 },
    { field: 'title', en: 'Title', zh: '标题', type: 'text', width: 220 },
    { field: 'question', en: 'Symptom / Question', zh: '症状/问题', type: 'longtext', width: 260 },
    { field: 'answer', en: 'Answer', zh: '答案', type: 'longtext', width: 380 },
    { field: 'keywords', en: 'Keywords', zh: '关键词', type: 'text', width: 160 },
    { field: 'reason', en: 'Reason', zh: '原因', type: 'enum', enum: REASONS, width: 110 },
    { field: 'sku', en: 'SKU', zh: 'SKU', type: 'text', width: 90 },
    { field: 'language', en: 'Language', zh: '语言', type: 'enum', enum: LANGUAGES, width: 70 },
    { field: 'sourceTicket', en: 'Source Ticket', zh: '来源工单', type: 'text', width: 90 },
    { field: 'status', en: 'Status', zh: '状态', type: 'text', width: 80, note: 'published or draft' },
    { field: 'updatedAt', en: 'Updated', zh: '更新时间', type: 'datetime', width: 130 },
    { field: 'uses', en: 'Uses', zh: '使用次数', type: 'integer', width: 60 },
  ],
} as const satisfies TabDef;

export const ALERTS = {
  name: 'Alerts',
  zh: '预警',
  about: 'One row per incident the hourly check raised (its cause; the alerts it also explains are listed). Set Status to acknowledged or resolved; acknowledged incidents are not repeated.',
  color: '#d93025',
  columns: [
    { field: 'alertId', en: 'Alert ID', zh: '预警编号', type: 'text', width: 220 },
    { field: 'raisedAt', en: 'Raised At', zh: '触发时间', type: 'datetime', width: 130 },
    { field: 'kind', en: 'Kind', zh: '类型', type: 'text', width: 100 },
    { field: 'severity', en: 'Severity', zh: '严重程度', type: 'text', width: 80 },
    { field: 'dimension', en: 'Dimension', zh: '维度', type: 'text', width: 160 },
    { field: 'window', en: 'Window', zh: '时间窗', type: 'text', width: 170 },
    { field: 'observed', en: 'Observed', zh: '实际值', type: 'number', width: 80 },
    { field: 'expected', en: 'Expected', zh: '预期值', type: 'number', width: 80 },
    { field: 'significance', en: 'Significance', zh: '显著性', type: 'number', width: 90 },
    { field: 'message', en: 'Message', zh: '说明', type: 'longtext', width: 420 },
    { field: 'status', en: 'Status', zh: '状态', type: 'text', width: 100, note: 'new / acknowledged / resolved' },
    { field: 'mailedAt', en: 'Mailed At', zh: '邮件发送时间', type: 'datetime', width: 130 },
    { field: 'tickets', en: 'Tickets', zh: '相关工单', type: 'longtext', width: 200 },
    { field: 'absorbed', en: 'Also Explains', zh: '同时解释', type: 'longtext', width: 260, note: 'the other alerts this incident accounts for, one a line' },
  ],
} as const satisfies TabDef;

export const OUTREACH = {
  name: 'Outreach',
  zh: '主动关怀',
  about: 'Buyers of a SKU with a batch defect, to contact before they complain. Pace messages: Shopee allows about 2 a week per buyer.',
  color: '#d93025',
  columns: [
    { field: 'alertId', en: 'Alert ID', zh: '预警编号', type: 'text', width: 200 },
    { field: 'sku', en: 'SKU', zh: 'SKU', type: 'text', width: 90 },
    { field: 'orderId', en: 'Order ID', zh: '订单号', type: 'text', width: 140 },
    { field: 'orderDate', en: 'Order Date', zh: '下单时间', type: 'datetime', width: 130 },
    { field: 'customerId', en: 'Customer ID', zh: '客户ID', type: 'text', customerText: true, width: 120 },
    { field: 'customerName', en: 'Customer Name', zh: '客户名称', type: 'text', customerText: true, width: 120 },
    { field: 'email', en: 'Email', zh: '邮箱', type: 'text', customerText: true, width: 160 },
    { field: 'channel', en: 'Channel', zh: '渠道', type: 'text', width: 100 },
    { field: 'language', en: 'Language', zh: '语言', type: 'enum', enum: LANGUAGES, width: 70 },
    { field: 'priority', en: 'Priority', zh: '优先级', type: 'integer', width: 70 },
    { field: 'message', en: 'Message', zh: '关怀话术', type: 'longtext', width: 380 },
    { field: 'status', en: 'Status', zh: '状态', type: 'text', width: 110, note: 'to contact / contacted / replied / compensated' },
    { field: 'updatedAt', en: 'Updated', zh: '更新时间', type: 'datetime', width: 130 },
    { field: 'scheduledFor', en: 'Scheduled For', zh: '安排发送时间', type: 'datetime', width: 130, note: 'inside Outreach Hours, at most Outreach Weekly Cap Per Buyer messages a week' },
  ],
} as const satisfies TabDef;

export const APPROVALS = {
  name: 'Approvals',
  zh: '审批',
  about: 'Compensation above the agent’s authority waits here for a lead or the owner.',
  color: '#f9ab00',
  columns: [
    { field: 'approvalId', en: 'Approval ID', zh: '审批编号', type: 'text', width: 90 },
    { field: 'ticketId', en: 'Ticket ID', zh: '工单号', type: 'text', width: 90 },
    { field: 'requestedAt', en: 'Requested At', zh: '申请时间', type: 'datetime', width: 130 },
    { field: 'requestedBy', en: 'Requested By', zh: '申请人', type: 'text', width: 160 },
    { field: 'amount', en: 'Amount', zh: '金额', type: 'number', width: 80 },
    { field: 'resolution', en: 'Resolution', zh: '处理方案', type: 'text', width: 110 },
    { field: 'limit', en: 'Requester Limit', zh: '申请人权限', type: 'number', width: 90 },
    { field: 'approver', en: 'Approver', zh: '审批人', type: 'text', width: 160 },
    { field: 'status', en: 'Status', zh: '状态', type: 'text', width: 90, note: 'pending / approved / rejected' },
    { field: 'decidedAt', en: 'Decided At', zh: '审批时间', type: 'datetime', width: 130 },
    { field: 'decidedBy', en: 'Decided By', zh: '审批人', type: 'text', width: 160 },
    { field: 'comment', en: 'Comment', zh: '备注', type: 'longtext', width: 240 },
  ],
} as const satisfies TabDef;

export const CALLBACKS = {
  name: 'Callbacks',
  zh: '回访',
  about: 'Low survey scores: a person calls the customer back within one business day.',
  color: '#f9ab00',
  columns: [
    { field: 'callbackId', en: 'Callback ID', zh: '回访编号', type: 'text', width: 90 },
    { field: 'ticketId', en: 'Ticket ID', zh: '工单号', type: 'text', width: 90 },
    { field: 'createdAt', en: 'Created At', zh: '创建时间', type: 'datetime', width: 130 },
    { field: 'dueAt', en: 'Due At', zh: '截止时间', type: 'datetime', width: 130 },
    { field: 'owner', en: 'Owner', zh: '负责人', type: 'text', width: 160 },
    { field: 'csat', en: 'CSAT', zh: '满意度', type: 'integer', width: 60 },
    { field: 'comment', en: 'Comment', zh: '评价内容', type: 'longtext', customerText: true, width: 240 },
    { field: 'status', en: 'Status', zh: '状态', type: 'text', width: 80, note: 'open / done' },
    { field: 'outcome', en: 'Outcome', zh: '回访结果', type: 'longtext', width: 240 },
    { field: 'doneAt', en: 'Done At', zh: '完成时间', type: 'datetime', width: 130 },
  ],
} as const satisfies TabDef;

export const SURVEY_RESPONSES = {
  name: 'Survey Responses',
  zh: '问卷回复',
  about: 'Every survey response as processed, including duplicates and unknown references (flagged, never attached).',
  color: '#129eaf',
  columns: [
    { field: 'receivedAt', en: 'Received At', zh: '收到时间', type: 'datetime', width: 130 },
    { field: 'ticketRef', en: 'Ticket Reference', zh: '工单引用', type: 'text', customerText: true, width: 160 },
    { field: 'ticketId', en: 'Ticket ID', zh: '工单号', type: 'text', width: 90 },
    { field: 'score', en: 'Score', zh: '评分', type: 'integer', width: 60 },
    { field: 'solved', en: 'Solved', zh: '是否解决', type: 'text', customerText: true, width: 80 },
    { field: 'comment', en: 'Comment', zh: '评价内容', type: 'longtext', customerText: true, width: 260 },
    { field: 'language', en: 'Language', zh: '语言', type: 'enum', enum: LANGUAGES, width: 70 },
    { field: 'outcome', en: 'Outcome', zh: '处理结果', type: 'text', width: 120, note: 'applied / duplicate / unknown reference / invalid' },
  ],
} as const satisfies TabDef;

export const EVENTS = {
  name: 'Audit Log',
  zh: '操作日志',
  about: 'Every change to a ticket, approval or setting: append-only.',
  color: '#5f6368',
  columns: [
    { field: 'at', en: 'Time', zh: '时间', type: 'datetime', width: 130 },
    { field: 'ticketId', en: 'Ticket ID', zh: '工单号', type: 'text', width: 90 },
    { field: 'actor', en: 'Actor', zh: '操作人', type: 'text', width: 160 },
    { field: 'field', en: 'Field', zh: '字段', type: 'text', width: 120 },
    { field: 'from', en: 'From', zh: '原值', type: 'longtext', customerText: true, width: 180 },
    { field: 'to', en: 'To', zh: '新值', type: 'longtext', customerText: true, width: 240 },
  ],
} as const satisfies TabDef;

export const DASHBOARD = {
  name: 'Dashboard',
  zh: '看板',
  about: 'Written by "Refresh dashboard" and the hourly trigger. Do not edit: it is rewritten.',
  color: '#1a73e8',
  freeLayout: true,
  columns: [],
} as const satisfies TabDef;


export const MAIL_QUEUE = {
  name: 'Mail Queue',
  zh: '待发邮件',
  about: 'Mail that could not go out yet (quota used up, quiet hours): sent by the next run, never lost.',
  color: '#5f6368',
  columns: [
    { field: 'mailId', en: 'Mail ID', zh: '邮件编号', type: 'text', width: 200 },
    { field: 'queuedAt', en: 'Queued At', zh: '入队时间', type: 'datetime', width: 130 },
    { field: 'notBefore', en: 'Not Before', zh: '最早发送时间', type: 'datetime', width: 130 },
    { field: 'to', en: 'To', zh: '收件人', type: 'text', width: 200 },
    { field: 'subject', en: 'Subject', zh: '主题', type: 'text', width: 260 },
    { field: 'body', en: 'Text Body', zh: '正文', type: 'longtext', width: 200 },
    { field: 'htmlBody', en: 'HTML Body', zh: 'HTML正文', type: 'longtext', width: 200 },
    { field: 'status', en: 'Status', zh: '状态', type: 'text', width: 80, note: 'queued / sending / sent / failed' },
    { field: 'sentAt', en: 'Sent At', zh: '发送时间', type: 'datetime', width: 130 },
    { field: 'kind', en: 'Kind', zh: '类型', type: 'text', width: 100 },
    { field: 'error', en: 'Last Error', zh: '最近错误', type: 'text', width: 220, note: '[attempts] message; failed after 3 tries or at once for a bad address' },
  ],
} as const satisfies TabDef;
