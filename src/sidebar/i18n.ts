/** Every sidebar string in English and Simplified Chinese; the language follows the user's locale, with a switch. */
import type { Lang } from '../shared/dto';

const STRINGS = {
  newCase: ['New', '新建'],
  paste: ['Paste', '粘贴'],
  queue: ['Queue', '队列'],
  kb: ['KB', '知识库'],
  import: ['Import', '导入'],
  channel: ['Channel', '渠道'],
  orderId: ['Order ID', '订单号'],
  customerId: ['Customer ID', '客户ID'],
  customerName: ['Customer name', '客户名称'],
  email: ['E-mail', '邮箱'],
  language: ['Language', '语言'],
  sku: ['SKU', 'SKU'],
  reason: ['Reason', '原因'],
  priority: ['Priority', '优先级'],
  description: ['Description', '问题描述'],
  evidenceLinks: ['Evidence links', '凭证链接'],
  choose: ['— choose —', '— 请选择 —'],
  logCase: ['Log case', '提交工单'],
  saving: ['Saving…', '保存中…'],
  loading: ['Loading…', '加载中…'],
  logged: ['Logged', '已创建'],
  orderNotFound: ['Order not in the Orders tab (you can still log the case)', '订单表中没有该订单（仍可提交）'],
  customer: ['Customer', '客户'],
  orders: ['orders', '笔订单'],
  spend: ['spend', '消费'],
  tickets: ['tickets', '个工单'],
  history: ['History', '历史工单'],
  firstReplyDue: ['First reply due', '首次回复截止'],
  resolutionDue: ['Resolution due', '解决截止'],
  checklist: ['Ask for (once)', '一次性收集的信息'],
  sop: ['Steps', '处理步骤'],
  pasteHint: ['Paste the customer’s chat message here', '在此粘贴顾客的聊天消息'],
  analyse: ['Analyse', '识别'],
  intent: ['Intent', '意图'],
  noIntent: ['No intent found', '未识别到意图'],
  negated: ['negated', '已否定'],
  useInForm: ['Use in new case', '填入新建工单'],
  ack: ['Acknowledge now (60 s)', '立即安抚回复（60秒）'],
  info: ['Information request', '信息收集话术'],
  copy: ['Copy', '复制'],
  copied: ['Copied', '已复制'],
  missing: ['No value for', '缺少'],
  kbAnswers: ['Knowledge base', '知识库答案'],
  insert: ['Insert', '插入'],
  search: ['Search the knowledge base', '搜索知识库'],
  noResults: ['No match', '无结果'],
  approvals: ['Approvals', '待审批'],
  approve: ['Approve', '批准'],
  reject: ['Reject', '拒绝'],
  comment: ['Comment', '备注'],
  callbacks: ['Call-backs', '回访任务'],
  outcome: ['Outcome', '回访结果'],
  done: ['Done', '完成'],
  outreach: ['Outreach', '主动关怀'],
  contacted: ['Contacted', '已联系'],
  empty: ['Nothing here', '暂无'],
  open: ['Open', '打开'],
  back: ['Back', '返回'],
  status: ['Status', '状态'],
  reply: ['Reply sent to the customer', '已发送给顾客的回复'],
  customerReplied: ['Customer replied', '顾客已回复'],
  resolution: ['Resolution', '处理方案'],
  compensation: ['Compensation', '补偿金额'],
  rootCause: ['Root cause', '根因'],
  save: ['Save', '保存'],
  saved: ['Saved', '已保存'],
  reload: ['Reload', '重新加载'],
  activity: ['Activity', '操作记录'],
  surveyLink: ['Survey link', '问卷链接'],
  promote: ['Promote to knowledge base', '加入知识库'],
  promoted: ['Draft article created', '已生成知识库草稿'],
  due: ['due in', '剩余'],
  overdue: ['overdue', '已超时'],
  importHint: ['Paste an order export (CSV) or choose a file', '粘贴订单导出 CSV，或选择文件'],
  importRun: ['Import orders', '导入订单'],
  imported: ['imported', '新增'],
  updated: ['updated', '更新'],
  rejected: ['rejected', '拒绝'],
  unmapped: ['Columns not imported', '未导入的列'],
  line: ['line', '第几行'],
  approvalSent: ['Sent for approval', '已提交审批'],
  warning: ['Note', '提示'],
  tag: ['Value', '客户价值'],
  importKind: ['File', '文件类型'],
  importKindOrders: ['Orders export', '订单导出'],
  importKindReturns: ['Shopee returns / refunds export', 'Shopee 退货退款导出'],
  importReturnsHint: ['Paste a Shopee Return/Refund export (CSV) or choose a file', '粘贴 Shopee 退货/退款导出 CSV，或选择文件'],
  importReturnsRun: ['Import return requests', '导入退货申请'],
  created: ['created', '已创建'],
  unchanged: ['unchanged', '未变'],
  notInOrders: ['Orders not in the Orders tab', '订单表中没有的订单'],
  shopeeReturnClock: ['Shopee return', 'Shopee 退货'],
  shopeeChatClock: ['Shopee chat', 'Shopee 聊天'],
  mostUsed: ['Most used', '最常用'],
  uses: ['uses', '次使用'],
  fillIn: ['Add before sending', '发送前请补充'],
  fillHint: ['left out of the text above', '上文已略去'],
  phCustomer: ['customer name', '客户名称'],
  phOrder: ['order ID', '订单号'],
  phSku: ['SKU', 'SKU'],
  phAgent: ['your name', '您的名字'],
  phDue: ['due time', '截止时间'],
  otherTickets: ['Other tickets', '该客户的其他工单'],
  customerOrders: ['Orders', '该客户的订单'],
  newestOf: ['newest', '最新'],
  of: ['of', '/'],
  more: ['more', '更多'],
  fill: ['Fill', '填入'],
} as const;

export type Key = keyof typeof STRINGS;

let lang: Lang = 'en';

export function initLanguage(fallback: Lang): Lang {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem('afterdesk.lang');
  } catch {
    saved = null;
  }
  lang = saved === 'zh' || saved === 'en' ? saved : /^zh/i.test(navigator.language || '') ? 'zh' : fallback;
  return lang;
}

export function setLanguage(l: Lang): void {
  lang = l;
  try {
    localStorage.setItem('afterdesk.lang', l);
  } catch {
    /* the sandbox may forbid storage */
  }
}

export function currentLanguage(): Lang {
  return lang;
}

export function t(key: Key): string {
  return STRINGS[key][lang === 'zh' ? 1 : 0];
}

/** The label of an enumeration option in the current language. */
export function label(o: { en: string; zh: string } | undefined, fallback = ''): string {
  return o ? (lang === 'zh' ? o.zh : o.en) : fallback;
}

export function msg(m: { en: string; zh: string }): string {
  return lang === 'zh' ? m.zh : m.en;
}
