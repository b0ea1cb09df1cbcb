// Promotes a resolved ticket to a KB draft: the customer's words become the question, the fix becomes the answer.

import {
  type LanguageKey,
  REASONS,
  RESOLUTIONS,
  ROOT_CAUSES,
  type ReasonKey,
  type ResolutionKey,
  type RootCauseKey,
} from '../../../sheets-templates/enums';
import type { KbArticle } from './search';

export interface PromotableTicket {
  ticketId: string;
  reason: ReasonKey | null;
  sku: string;
  language: LanguageKey | null;
  description: string;
  resolution: ResolutionKey | null;
  rootCause: RootCauseKey | null;
  replies?: string[];
}

/** Drafts are edited by a person before use; long customer text is cut so the KB tab stays readable. */
export const DRAFT_QUESTION_CHARS = 300;
export const DRAFT_ANSWER_CHARS = 1000;

export function draftArticleFromTicket(t: PromotableTicket): KbArticle {
  const zh = t.language === 'zh-CN' || t.language === 'zh-TW';
  const reason = REASONS.find((r) => r.key === t.reason);
  const resolution = RESOLUTIONS.find((r) => r.key === t.resolution);
  const rootCause = ROOT_CAUSES.find((r) => r.key === t.rootCause);
  const topic = reason ? (zh ? reason.zh : reason.en) : zh ? '售后问题' : 'After-sales case';
  const sku = (t.sku ?? '').trim();
  const title = sku ? `${topic} · ${sku}` : topic;

  const lines: string[] = [];
  if (resolution) lines.push(zh ? `处理方案：${resolution.zh}` : `Resolution: ${resolution.en}`);
  if (rootCause) lines.push(zh ? `根因：${rootCause.zh}` : `Root cause: ${rootCause.en}`);
  // The last reply to the customer is usually the one that settled the case.
  const replies = (t.replies ?? []).map((r) => String(r ?? '').trim()).filter((r) => r.length > 0);
  if (replies.length > 0) lines.push(replies[replies.length - 1]);

  const keywords = [reason?.en, reason?.zh, resolution?.en, resolution?.zh, sku].filter((k): k is string => !!k);
  return {
    id: `KB-${t.ticketId}`,
    title,
    question: cut(String(t.description ?? '').trim(), DRAFT_QUESTION_CHARS),
    answer: cut(lines.join('\n'), DRAFT_ANSWER_CHARS),
    keywords: keywords.join(', '),
    reason: t.reason,
    sku,
    language: t.language,
    uses: 0,
  };
}

function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : text;
}
