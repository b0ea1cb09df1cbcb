/** Settings keys: DATA.md's contract first, then AfterDesk's own; each with a default and a bilingual explanation. */

export type SettingType = 'text' | 'number' | 'integer' | 'list' | 'hours' | 'timezone' | 'dates' | 'emails' | 'choice' | 'boolean' | 'time_range';

export interface SettingDef {
  readonly key: string;
  readonly zh: string;
  readonly type: SettingType;
  /** Default value as written in the cell; '' = empty. A function of the current year for date lists. */
  readonly default: string | ((year: number) => string);
  readonly en: string;
  readonly zhExplain: string;
  readonly choices?: readonly string[];
  readonly min?: number;
  readonly max?: number;
}

const WEEKDAYS = [
  ['Mon', '周一', '09:00-18:00'],
  ['Tue', '周二', '09:00-18:00'],
  ['Wed', '周三', '09:00-18:00'],
  ['Thu', '周四', '09:00-18:00'],
  ['Fri', '周五', '09:00-18:00'],
  ['Sat', '周六', '10:00-14:00'],
  ['Sun', '周日', 'closed'],
] as const;

const PRIORITY_NAMES = [
  ['Urgent', '紧急', 1, 8],
  ['High', '高', 2, 24],
  ['Normal', '普通', 4, 48],
  ['Low', '低', 8, 72],
] as const;

function promoDays(year: number): string {
  const days: string[] = [];
  for (const y of [year, year + 1]) for (const md of ['09-09', '10-10', '11-11', '12-12']) days.push(`${y}-${md}`);
  return days.join(', ');
}

export const SETTINGS: readonly SettingDef[] = [
  { key: 'Shop Name', zh: '店铺名称', type: 'text', default: 'My Shop', en: 'Shown in e-mails and surveys.', zhExplain: '显示在邮件和问卷中。' },
  { key: 'Time Zone', zh: '时区', type: 'timezone', default: '', en: 'IANA zone for all date-times and business hours (empty = the spreadsheet’s own).', zhExplain: '所有时间与营业时间使用的 IANA 时区（留空 = 表格自身时区）。' },
  ...WEEKDAYS.map(([d, zh, def]) => ({
    key: `Business Hours ${d}`, zh: `营业时间${zh}`, type: 'hours' as const, default: def,
    en: `Opening hours on ${d}: HH:MM-HH:MM, several separated by commas, or "closed".`,
    zhExplain: `${zh}营业时间：HH:MM-HH:MM，多段用逗号分隔，或填 closed。`,
  })),
  { key: 'Holidays', zh: '节假日', type: 'dates', default: '', en: 'Closed dates, YYYY-MM-DD, comma-separated.', zhExplain: '休息日期，YYYY-MM-DD，逗号分隔。' },
  ...PRIORITY_NAMES.map(([p, zh, h]) => ({
    key: `SLA First Reply Hours ${p}`, zh: `首次回复时限${zh}`, type: 'number' as const, default: String(h), min: 0.05,
    en: `Business hours to the first reply for ${p} tickets.`, zhExplain: `${zh}优先级工单首次回复的营业小时数。`,
  })),
  ...PRIORITY_NAMES.map(([p, zh, , h]) => ({
    key: `SLA Resolution Hours ${p}`, zh: `解决时限${zh}`, type: 'number' as const, default: String(h), min: 0.05,
    en: `Business hours to resolution for ${p} tickets, not counting time waiting on the customer.`,
    zhExplain: `${zh}优先级工单解决的营业小时数（不含等待客户时间）。`,
  })),
  { key: 'SLA Due Soon Fraction', zh: 'SLA即将超时比例', type: 'number', default: '0.25', min: 0, max: 1, en: 'A target is "due soon" when this share of its hours is left.', zhExplain: '剩余时间低于该比例时标记为“即将超时”。' },
  { key: 'Alert Recipients', zh: '预警收件人', type: 'emails', default: '', en: 'Comma-separated e-mails that receive the alert digest (empty = the owners in Agents).', zhExplain: '接收预警汇总邮件的邮箱，逗号分隔（留空 = 客服表中的店主）。' },
  { key: 'Currency', zh: '币种', type: 'text', default: 'MYR', en: 'Shop currency for compensation and amounts.', zhExplain: '补偿与金额使用的币种。' },
  { key: 'Promo Days', zh: '大促日', type: 'dates', default: promoDays, en: 'Sale days whose higher volume is expected, not an anomaly.', zhExplain: '大促日期：这些天的高单量属正常，不报异常。' },
  { key: 'Assignment Mode', zh: '分配方式', type: 'choice', choices: ['round_robin', 'least_open', 'none'], default: 'least_open', en: 'How new tickets are assigned: round_robin, least_open (fewest open tickets) or none.', zhExplain: '新工单分配方式：round_robin 轮流、least_open 最少未结、none 不分配。' },
  { key: 'Compensation Limit Agent', zh: '客服补偿权限', type: 'number', default: '50', min: 0, en: 'Largest compensation an agent grants without approval.', zhExplain: '客服无需审批即可给予的最高补偿。' },
  { key: 'Compensation Limit Lead', zh: '组长补偿权限', type: 'number', default: '200', min: 0, en: 'Largest compensation a lead grants without approval.', zhExplain: '组长无需审批即可给予的最高补偿。' },
  { key: 'Compensation Limit Owner', zh: '店主补偿权限', type: 'text', default: 'unlimited', en: 'Owner limit: a number or "unlimited".', zhExplain: '店主权限：数字或 unlimited（不限）。' },
  { key: 'VIP Compensation Multiplier', zh: 'VIP补偿倍数', type: 'number', default: '1.5', min: 1, en: 'Limits are multiplied by this for VIP customers.', zhExplain: 'VIP 客户的补偿权限乘以该倍数。' },
  { key: 'VIP Spend', zh: 'VIP消费额', type: 'number', default: '1000', min: 0, en: 'Lifetime spend that makes a customer VIP.', zhExplain: '累计消费达到该金额即为 VIP。' },
  { key: 'VIP Orders', zh: 'VIP订单数', type: 'integer', default: '8', min: 1, en: 'Number of orders that makes a customer VIP.', zhExplain: '订单数达到该值即为 VIP。' },
  { key: 'Repeat Orders', zh: '回头客订单数', type: 'integer', default: '2', min: 2, en: 'Orders from which a customer is a repeat buyer.', zhExplain: '订单数达到该值即为回头客。' },
  { key: 'At Risk Days', zh: '流失风险天数', type: 'integer', default: '30', min: 1, en: 'A complainant with no order for this many days since the complaint is at risk.', zhExplain: '投诉后超过该天数未再下单即为流失风险客户。' },
  { key: 'Marketplace Return Response Hours', zh: '平台退货响应时限', type: 'number', default: '48', min: 1, en: 'Calendar hours Shopee gives to answer a return/refund request before auto-approval.', zhExplain: 'Shopee 退货退款申请自动同意前的响应时限（自然小时）。' },
  { key: 'Marketplace Chat Response Hours', zh: '平台聊天响应时限', type: 'number', default: '12', min: 1, en: 'Calendar hours within which a chat counts as answered for the Chat Response Rate.', zhExplain: '聊天响应率所计的回复时限（自然小时）。' },
  { key: 'Marketplace Due Soon Hours', zh: '平台即将超时小时', type: 'number', default: '3', min: 0, en: 'A marketplace clock is "due soon" with this many calendar hours or fewer left (Seller Centre marks chats at about 3).', zhExplain: '平台时限剩余不超过该自然小时数即为“即将超时”（卖家中心约 3 小时标记聊天）。' },
  { key: 'Outreach Hours', zh: '主动联系时段', type: 'time_range', default: '08:00-22:00', en: 'Proactive buyer messages are scheduled only inside these hours (Shopee allows broadcasts 08:00-22:00).', zhExplain: '主动联系买家的消息只安排在此时段内（Shopee 仅允许 08:00-22:00 群发）。' },
  { key: 'Outreach Weekly Cap Per Buyer', zh: '每位买家每周联系上限', type: 'integer', default: '2', min: 1, en: 'Proactive messages to one buyer in any 7 days; more are scheduled for later (Shopee allows about 2).', zhExplain: '任意 7 天内主动联系同一买家的次数上限，超出的顺延（Shopee 约 2 次）。' },
  { key: 'Survey Languages', zh: '问卷语言', type: 'list', default: 'en, zh-CN, ms', en: 'One survey form per language the shop serves: zh-CN, zh-TW, en, ms, id, th, vi.', zhExplain: '按店铺服务的语言各建一份问卷：zh-CN、zh-TW、en、ms、id、th、vi。' },
  { key: 'Low Score Threshold', zh: '低分阈值', type: 'integer', default: '2', min: 1, max: 4, en: 'A survey score at or below this creates a call-back task for the team lead.', zhExplain: '评分不高于该值时，为组长创建回访任务。' },
  { key: 'Callback Due Business Hours', zh: '回访时限', type: 'number', default: '9', min: 0.5, en: 'Business hours within which a low score is called back (9 = one business day).', zhExplain: '低分回访需在多少营业小时内完成（9 = 一个工作日）。' },
  { key: 'Alert Quiet Hours', zh: '预警免打扰时段', type: 'time_range', default: '', en: 'HH:MM-HH:MM (may cross midnight, e.g. 22:00-08:00): the alert digest waits until it ends. Empty = send any time.', zhExplain: '免打扰时段（可跨午夜，如 22:00-08:00），期间预警邮件延后到结束时发送。留空 = 随时发送。' },
  { key: 'Alert Language', zh: '预警邮件语言', type: 'choice', choices: ['both', 'en', 'zh-CN'], default: 'both', en: 'Language of the alert digest: both, en or zh-CN.', zhExplain: '预警汇总邮件的语言：both（中英）、en 或 zh-CN。' },
  { key: 'Alert Cooldown Hours', zh: '预警冷却小时', type: 'number', default: '24', min: 1, en: 'The same alert (kind and dimension) is not raised again within this many hours.', zhExplain: '同一预警（类型和维度相同）在此小时数内不再重复。' },
  { key: 'Alert Defect Reasons', zh: '批次问题原因', type: 'list', default: 'damaged, defective, not_as_described, missing_item, wrong_item', en: 'Reasons that count as product complaints for batch-defect alerts.', zhExplain: '计入批次质量问题预警的工单原因。' },
  { key: 'Alert Defect Min Count', zh: '批次问题最少投诉', type: 'integer', default: '5', min: 2, en: 'Complaints about one SKU in the window before a batch-defect alert.', zhExplain: '同一 SKU 在时间窗内至少这么多投诉才发批次问题预警。' },
  { key: 'Alert Defect Min Ratio', zh: '批次问题最小倍数', type: 'number', default: '2', min: 1, en: 'Complaint rate ÷ the SKU’s usual rate a batch-defect alert needs.', zhExplain: '批次问题预警要求的投诉率与该 SKU 平常投诉率之比。' },
  { key: 'Alert Volume Max P', zh: '工单量预警P值上限', type: 'number', default: '0.001', min: 0, max: 0.5, en: 'A day’s ticket volume alerts only when this unlikely under the usual pattern (negative-binomial p-value).', zhExplain: '按平常规律出现当天工单量的概率（负二项 P 值）低于此值才预警。' },
  { key: 'Alert Volume Min Ratio', zh: '工单量预警最小倍数', type: 'number', default: '1.3', min: 1, en: 'A volume alert needs at least this many times the expected tickets.', zhExplain: '工单量至少为预期的这么多倍才预警。' },
  { key: 'Review Root Cause Departments', zh: '根因对应部门', type: 'text', default: 'description_unclear=product, product_quality=purchasing, packaging=packaging, warehouse_error=warehouse, logistics=logistics, agent_communication=service, customer_misuse=product', en: 'Weekly review: which department each root cause goes to (cause=department, comma-separated).', zhExplain: '周复盘：每个根因反馈给哪个部门（根因=部门，逗号分隔）。' },
  { key: 'Review Reason Departments', zh: '原因对应部门', type: 'text', default: 'size=product, not_as_described=product, defective=purchasing, damaged=packaging, missing_item=warehouse, wrong_item=warehouse, not_received=logistics, logistics=logistics', en: 'Weekly review: the department of a ticket with no root cause yet, by its reason.', zhExplain: '周复盘：尚无根因的工单按原因归到哪个部门。' },
  { key: 'Department Owners', zh: '部门负责人', type: 'text', default: '', en: 'Who receives each department’s weekly feedback: "product: a@shop.com; packaging: b@shop.com, c@shop.com". Departments: product, purchasing, packaging, warehouse, logistics, service.', zhExplain: '各部门周反馈邮件的收件人：“product: a@shop.com; packaging: b@shop.com”。部门：product 产品、purchasing 采购、packaging 包装、warehouse 仓库、logistics 物流、service 客服。' },
  { key: 'Review Noise P', zh: '复盘显著性水平', type: 'number', default: '0.05', min: 0.001, max: 0.5, en: 'A change (an action’s before/after, a SKU’s complaint rate) counts as real only when this unlikely under "no change".', zhExplain: '变化（措施前后、SKU 投诉率）在“无变化”假设下的概率低于此值才算真实变化。' },
  { key: 'Staffing Target Service Level', zh: '排班目标服务水平', type: 'number', default: '0.8', min: 0.05, max: 0.995, en: 'Share of live chats to answer within the target seconds (0.8 = 80 %).', zhExplain: '在目标秒数内接起的实时咨询比例（0.8 = 80%）。' },
  { key: 'Staffing Target Seconds', zh: '排班目标应答秒数', type: 'number', default: '60', min: 1, en: 'Answer time the service level counts (80 % of chats answered in 60 s).', zhExplain: '服务水平所计的应答时间（如 80% 的咨询在 60 秒内接起）。' },
  { key: 'Staffing AHT Chat Seconds', zh: '聊天平均处理秒数', type: 'number', default: '240', min: 10, en: 'Average handling time of a live chat (Shopee/Lazada/TikTok chat, phone, WhatsApp, LINE), in seconds.', zhExplain: '实时咨询（平台聊天、电话、WhatsApp、LINE）的平均处理时长（秒）。' },
  { key: 'Staffing AHT Email Seconds', zh: '邮件平均处理秒数', type: 'number', default: '420', min: 10, en: 'Average handling time of an e-mail or other non-live ticket, in seconds.', zhExplain: '邮件及其他非实时工单的平均处理时长（秒）。' },
  { key: 'Staffing Max Occupancy', zh: '最高占用率', type: 'number', default: '0.85', min: 0.3, max: 1, en: 'Largest share of an hour an agent should spend handling tickets.', zhExplain: '客服每小时用于处理工单的最高时间比例。' },
  { key: 'Staffing Shrinkage', zh: '人力损耗率', type: 'number', default: '0.3', min: 0, max: 0.9, en: 'Share of paid time not taking tickets (breaks, training, meetings, leave).', zhExplain: '不处理工单的带薪时间比例（休息、培训、会议、请假）。' },
  { key: 'Staffing Promo Multiplier', zh: '大促默认倍数', type: 'number', default: '3', min: 1, max: 50, en: 'Orders on a Promo Day × this, until past Promo Days in the history teach the real lift.', zhExplain: '历史中尚无大促数据时，大促日订单按平日的该倍数估计。' },
  { key: 'Staffing Weeks', zh: '排班预测周数', type: 'integer', default: '4', min: 1, max: 8, en: 'Weeks ahead the Staffing tab covers.', zhExplain: '排班表覆盖的未来周数。' },
  { key: 'Shop Reply-To', zh: '店铺回复邮箱', type: 'emails', default: '', en: 'Customers\' replies to AfterDesk mail go here (e.g. support@yourshop.com). Empty = the sending account.', zhExplain: '客户回复 AfterDesk 邮件时发往此邮箱（如 support@yourshop.com）。留空 = 发送账号。' },
  { key: 'Automation', zh: '自动任务', type: 'text', default: '', en: 'Written by AfterDesk: who owns the triggers and sends the mail. Change it with AfterDesk → Install triggers.', zhExplain: '由 AfterDesk 填写：定时任务和邮件由哪个账号运行。请通过 AfterDesk → 安装定时任务更改。' },
  { key: 'Archive After Months', zh: '归档月数', type: 'integer', default: '12', min: 1, en: 'Closed tickets with no activity for this many months move to the Archive tab (still counted by the KPIs).', zhExplain: '已关闭且超过该月数无变动的工单移入“归档工单”表（仍计入指标）。' },
  { key: 'Team Mail Shows Customer Contacts', zh: '团队邮件显示客户联系方式', type: 'choice', choices: ['No', 'Yes'], default: 'No', en: 'No (recommended): e-mails to the owner, leads, agents and departments (alert digests, approval requests, call-back tasks, department feedback) mask customers\' phone numbers, e-mail addresses and street addresses; open the ticket for them. Yes: show them. Mail to customers is never masked.', zhExplain: '否（推荐）：发给店主、组长、客服和各部门的邮件（预警汇总、审批请求、回访任务、部门反馈）隐去客户的电话、邮箱和街道地址，请在工单中查看。是：显示。发给客户本人的邮件不受影响。' },
];

export const SETTING_KEYS = SETTINGS.map((s) => s.key);

export function settingDefault(def: SettingDef, year: number): string {
  return typeof def.default === 'function' ? def.default(year) : def.default;
}
