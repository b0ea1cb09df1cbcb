/** The Dashboard block of Shopee's Chat Response Rate: the figure, its counts, and the chats that lowered it. */
import type { BlockDraft } from '../dashboard/blocks';
import { type CellValue, FORMAT, literalText, localStamp } from '../dashboard/format';
import type { ChatResponseRate } from './chat-rate';

export function chatRateBlock(r: ChatResponseRate, timeZone: string, maxRows = 12): BlockDraft {
  const t = FORMAT.text;
  const values: CellValue[][] = [
    ['Ticket · 工单', 'Chat at · 咨询时间', 'Answered · 回复时间', 'Hours · 小时', 'Agent · 客服'],
    ['Rate · 回复率', r.rate, `${r.answeredInTime} / ${r.chats} ≤ ${r.hours} h`, null, `${r.days} days · ${r.days}天`],
  ];
  const formats: string[][] = [[t, t, t, t, t], [t, FORMAT.rate, t, FORMAT.hours, t]];
  for (const c of r.late.slice(-maxRows).reverse()) {
    values.push([c.ticketId, localStamp(timeZone, c.createdAt), c.answeredAt === null ? 'not answered · 未回复' : localStamp(timeZone, c.answeredAt), c.hours, literalText(c.assignee, 60) || 'Unassigned · 未分配']);
    formats.push([t, t, t, FORMAT.hours, t]);
  }
  if (r.late.length === 0) {
    values.push(['—', 'No late chats · 没有超时的聊天', '', null, '']);
    formats.push([t, t, t, FORMAT.hours, t]);
  }
  const more = r.late.length > maxRows ? ` (latest ${maxRows} of ${r.late.length})` : '';
  const moreZh = r.late.length > maxRows ? `（最近 ${maxRows} 条，共 ${r.late.length} 条）` : '';
  return {
    id: 'chat_response_rate',
    title: { en: `Shopee Chat Response Rate (${r.days} days)`, zh: `Shopee聊天回复率（${r.days}天）` },
    values,
    numberFormats: formats,
    note: {
      en: `Share of Shopee chats first answered within ${r.hours} calendar hours; rows below lowered it${more}. Plain share: Shopee weighs recent chats more.`,
      zh: `${r.hours} 个自然小时内首次回复的 Shopee 聊天占比；下列工单拉低了回复率${moreZh}。按简单占比计算：Shopee 对近期聊天权重更高。`,
    },
  };
}
