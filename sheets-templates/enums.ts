/** The enumerations of DATA.md: key · English label · Chinese label. A cell may hold any of the three. */

export interface EnumOption<K extends string = string> {
  key: K;
  en: string;
  zh: string;
}

export function options<const K extends string>(list: readonly (readonly [K, string, string])[]): EnumOption<K>[] {
  return list.map(([key, en, zh]) => ({ key, en, zh }));
}

export const REASONS = options([
  ['damaged', 'Damaged', '破损'],
  ['defective', 'Defective', '质量问题'],
  ['missing_item', 'Missing item', '少发漏发'],
  ['wrong_item', 'Wrong item', '发错货'],
  ['not_received', 'Not received', '未收到货'],
  ['refund', 'Refund', '退款'],
  ['return', 'Return', '退货'],
  ['exchange', 'Exchange', '换货'],
  ['logistics', 'Logistics', '物流查询'],
  ['size', 'Size', '尺码咨询'],
  ['not_as_described', 'Not as described', '描述不符'],
  ['cancel', 'Cancel', '取消订单'],
  ['other', 'Other', '其他'],
] as const);
export type ReasonKey = (typeof REASONS)[number]['key'];

export const RESOLUTIONS = options([
  ['refund', 'Refund', '仅退款'],
  ['return_refund', 'Return & refund', '退货退款'],
  ['partial_refund', 'Partial refund', '部分退款'],
  ['exchange', 'Exchange', '换货'],
  ['resend', 'Resend', '补发'],
  ['voucher', 'Voucher', '优惠券'],
  ['explanation', 'Explanation', '解释说明'],
  ['none', 'None', '无'],
] as const);
export type ResolutionKey = (typeof RESOLUTIONS)[number]['key'];

export const ROOT_CAUSES = options([
  ['description_unclear', 'Description unclear', '描述不清'],
  ['product_quality', 'Product quality', '产品质量'],
  ['packaging', 'Packaging', '包装'],
  ['logistics', 'Logistics', '物流'],
  ['warehouse_error', 'Warehouse error', '仓库错发漏发'],
  ['agent_communication', 'Agent communication', '客服沟通'],
  ['customer_misuse', 'Customer misuse', '客户使用不当'],
  ['other', 'Other', '其他'],
] as const);
export type RootCauseKey = (typeof ROOT_CAUSES)[number]['key'];

export const STATUSES = options([
  ['new', 'New', '新建'],
  ['open', 'Open', '处理中'],
  ['waiting', 'Waiting on Customer', '等待客户'],
  ['resolved', 'Resolved', '已解决'],
  ['closed', 'Closed', '已关闭'],
] as const);
export type StatusKey = (typeof STATUSES)[number]['key'];

export const PRIORITIES = options([
  ['urgent', 'Urgent', '紧急'],
  ['high', 'High', '高'],
  ['normal', 'Normal', '普通'],
  ['low', 'Low', '低'],
] as const);
export type PriorityKey = (typeof PRIORITIES)[number]['key'];

export const CHANNELS = options([
  ['shopee_chat', 'Shopee Chat', 'Shopee 聊天'],
  ['lazada_chat', 'Lazada Chat', 'Lazada 聊天'],
  ['tiktok_shop', 'TikTok Shop', 'TikTok Shop'],
  ['email', 'Email', '邮件'],
  ['phone', 'Phone', '电话'],
  ['whatsapp', 'WhatsApp', 'WhatsApp'],
  ['line', 'LINE', 'LINE'],
  ['other', 'Other', '其他'],
] as const);
export type ChannelKey = (typeof CHANNELS)[number]['key'];

export const LANGUAGES = options([
  // DATA.md stores languages as their codes; the Chinese label is the language's name.
  ['zh-CN', 'zh-CN', '简体中文'],
  ['zh-TW', 'zh-TW', '繁体中文'],
  ['en', 'en', '英语'],
  ['ms', 'ms', '马来语'],
  ['id', 'id', '印尼语'],
  ['th', 'th', '泰语'],
  ['vi', 'vi', '越南语'],
] as const);
export type LanguageKey = (typeof LANGUAGES)[number]['key'];

export const SLA_STATES = options([
  ['on_track', 'On track', '正常'],
  ['due_soon', 'Due soon', '即将超时'],
  ['breached', 'Breached', '已超时'],
  ['met', 'Met', '已达成'],
] as const);
export type SlaStateKey = (typeof SLA_STATES)[number]['key'];

export const ROLES = options([
  ['agent', 'Agent', '客服'],
  ['lead', 'Lead', '组长'],
  ['owner', 'Owner', '店主'],
] as const);
export type RoleKey = (typeof ROLES)[number]['key'];

export const VALUE_TAGS = options([
  ['vip', 'VIP', 'VIP'],
  ['repeat', 'Repeat', '回头客'],
  ['new', 'New', '新客'],
  ['at_risk', 'At risk', '流失风险'],
] as const);
export type ValueTagKey = (typeof VALUE_TAGS)[number]['key'];

/** Reads a cell value (key, English or Chinese label; case- and space-insensitive) back to its key. */
export function enumKey<K extends string>(list: readonly EnumOption<K>[], value: unknown): K | null {
  const norm = normaliseLabel(String(value ?? ''));
  if (!norm) return null;
  for (const o of list) {
    if (normaliseLabel(o.key) === norm || normaliseLabel(o.en) === norm || normaliseLabel(o.zh) === norm) return o.key;
  }
  return null;
}

export function normaliseLabel(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[\s_]+/g, '');
}
