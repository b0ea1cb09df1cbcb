/** Message understanding and the knowledge base in the sidebar: intents, KB search, uses, promotion to drafts. */
import type { RowOf } from '../../sheets-templates/schema';
import { LANGUAGES, REASONS, type LanguageKey, type ReasonKey } from '../../sheets-templates/enums';
import { UserError } from '../core/errors';
import { BUILT_IN_KEYWORDS, detectIntent, type IntentResult } from '../core/intents/detect';
import { buildIntentMatcher, type IntentKeywordRow } from '../core/intents/matcher';
import { draftArticleFromTicket } from '../core/kb/promote';
import { buildKbIndex, searchKb, snippet, type KbArticle } from '../core/kb/search';
import type { KbHitDto, MessageAnalysisDto } from '../shared/dto';
import { fillTemplate, pickReply, type ReplyRow } from '../core/replies';
import builtInReplies from '../../sheets-templates/data/replies.json';
import { firstReplyDue } from '../core/sla';
import { localParts } from '../core/time';
import { reasonChecklist, reasonSop } from './guides';
import { INTENTS, KNOWLEDGE_BASE, REPLIES, findSheet } from '../workbook/tabs';
import { appendRecords, readTable, writeRecords, type Table } from '../workbook/table';
import { openContext, type ActionContext } from './context';
import { appendEvents, findTicket, loadDesk } from './desk';
import { readEnum } from './inputs';
import { withDocumentLock } from './lock';
import { shopWordsFor } from './learning/shop-words';
import { recordArg, textArg } from './args';

export type KbRow = RowOf<typeof KNOWLEDGE_BASE>;
type IntentRow = RowOf<typeof INTENTS>;

/** The built-in keyword table plus the shop's own rows from the Intents tab (when the tab exists). */
export function intentMatcherFor(ctx: ActionContext | null) {
  const extra: IntentKeywordRow[] = [];
  if (ctx && findSheet(ctx.ss, INTENTS)) {
    for (const r of readTable<IntentRow>(ctx.ss, INTENTS, ctx.timeZone).rows) {
      const k = r.record;
      if (!k.keyword.trim()) continue;
      const kind = (['keyword', 'negation', 'anger', 'neutral'] as const).find((x) => x === k.kind.trim().toLowerCase()) ?? 'keyword';
      extra.push({ reason: k.reason, language: k.language ?? '', keyword: k.keyword.trim(), weight: k.weight ?? 1, kind });
    }
  }
  return buildIntentMatcher([...BUILT_IN_KEYWORDS, ...extra]);
}

export function analyseText(ctx: ActionContext | null, text: string): IntentResult {
  return detectIntent(textArg(text, 'text'), intentMatcherFor(ctx), { shop: shopWordsFor(ctx) });
}

function kbArticles(table: Table<KbRow>): KbArticle[] {
  return table.rows
    .map((r) => r.record)
    .filter((a) => a.articleId && a.status.trim().toLowerCase() !== 'draft')
    .map((a) => ({ id: a.articleId, title: a.title, question: a.question, answer: a.answer, keywords: a.keywords, reason: a.reason, sku: a.sku, language: a.language, uses: a.uses ?? 0 }));
}

export function searchKnowledge(ctx: ActionContext, query: string, opts: { reason?: ReasonKey | null; language?: LanguageKey | null; sku?: string; limit?: number }): KbHitDto[] {
  const table = readTable<KbRow>(ctx.ss, KNOWLEDGE_BASE, ctx.timeZone);
  const articles = kbArticles(table);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const hits = searchKb(buildKbIndex(articles), String(query ?? ''), { limit: opts.limit ?? 3, reason: opts.reason ?? null, language: opts.language ?? null, sku: opts.sku ?? '' });
  return hits.map((h) => ({ id: h.id, title: h.title, snippet: h.snippet, answer: byId.get(h.id)?.answer ?? '', score: h.score }));
}

/** The published articles with the most Uses (ties: by article ID), for the KB panel before anything is typed. */
export function mostUsedKnowledge(ctx: ActionContext, limit: number): KbHitDto[] {
  return kbArticles(readTable<KbRow>(ctx.ss, KNOWLEDGE_BASE, ctx.timeZone))
    .sort((a, b) => (b.uses ?? 0) - (a.uses ?? 0) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((a) => ({ id: a.id, title: a.title, snippet: snippet(a.answer, []), answer: a.answer, score: 0, uses: a.uses ?? 0 }));
}

/** A blank query lists the most used articles; anything else searches. */
export function kbSearch(rawQuery: string, rawOpts: { reason?: string; language?: string; sku?: string } = {}): KbHitDto[] {
  const query = textArg(rawQuery, 'query');
  const opts = recordArg(rawOpts);
  const filters = {
    reason: readEnum(REASONS, opts.reason as string | undefined, 'reason', false),
    language: readEnum(LANGUAGES, opts.language as string | undefined, 'language', false),
    sku: textArg(opts.sku, 'sku'),
    limit: 5,
  };
  const ctx = openContext();
  if (!query.trim()) return mostUsedKnowledge(ctx, 5);
  return searchKnowledge(ctx, query, filters);
}

export function kbUse(rawId: string): { uses: number } {
  const articleId = textArg(rawId, 'articleId');
  return withDocumentLock(() => {
    const ctx = openContext();
    const table = readTable<KbRow>(ctx.ss, KNOWLEDGE_BASE, ctx.timeZone);
    const hit = table.rows.find((r) => r.record.articleId === String(articleId ?? '').trim());
    if (!hit) throw new UserError('article_unknown', { en: `No knowledge-base article ${String(articleId).slice(0, 20)}.`, zh: `知识库中没有文章 ${String(articleId).slice(0, 20)}。` });
    const uses = (hit.record.uses ?? 0) + 1;
    writeRecords(table, [{ row: hit.row, record: { uses } }], ctx.makeDate);
    return { uses };
  });
}

export function promoteToKb(rawId: string): { articleId: string } {
  const ticketId = textArg(rawId, 'ticketId');
  return withDocumentLock(() => {
    const desk = loadDesk({ orders: false });
    const { ctx } = desk;
    const hit = findTicket(desk, String(ticketId ?? ''));
    if (!hit) throw new UserError('ticket_unknown', { en: `No ticket ${String(ticketId).slice(0, 30)}.`, zh: `没有工单 ${String(ticketId).slice(0, 30)}。` }, 'ticketId');
    if (hit.ticket.status !== 'resolved' && hit.ticket.status !== 'closed') {
      throw new UserError('not_resolved', { en: 'Only a resolved ticket can be promoted to the knowledge base.', zh: '只有已解决的工单才能加入知识库。' });
    }
    const table = readTable<KbRow>(ctx.ss, KNOWLEDGE_BASE, ctx.timeZone);
    const existing = table.rows.find((r) => r.record.sourceTicket === hit.ticket.ticketId);
    if (existing) return { articleId: existing.record.articleId };
    const seq = table.rows.reduce((m, r) => Math.max(m, Number(/(\d+)$/.exec(r.record.articleId)?.[1] ?? 0)), 0) + 1;
    const draft = draftArticleFromTicket(hit.ticket);
    const articleId = `KB-${String(seq).padStart(3, '0')}`;
    appendRecords(table, [{
      articleId, title: draft.title, question: draft.question, answer: draft.answer, keywords: draft.keywords,
      reason: draft.reason, sku: draft.sku, language: draft.language, sourceTicket: hit.ticket.ticketId,
      status: 'draft', updatedAt: ctx.now, uses: 0,
    }], ctx.makeDate);
    appendEvents(ctx, [{ at: ctx.now, ticketId: hit.ticket.ticketId, actor: ctx.actor, field: 'knowledge base', from: '', to: `${articleId} draft` }]);
    return { articleId };
  });
}

type ReplyTabRow = RowOf<typeof REPLIES>;

/** The Replies tab's rows when it has any (the shop's edits), else the built-in templates. */
function replyRows(ctx: ActionContext): ReplyRow[] {
  const tab = findSheet(ctx.ss, REPLIES)
    ? readTable<ReplyTabRow>(ctx.ss, REPLIES, ctx.timeZone).rows
      .map((r) => r.record)
      .filter((r): r is ReplyTabRow & { reason: ReasonKey; language: LanguageKey } => r.reason !== null && r.language !== null && !!r.text.trim())
      .map((r) => ({ reason: r.reason, language: r.language, kind: (r.kind.trim().toLowerCase() === 'info' ? 'info' : 'ack') as ReplyRow['kind'], text: r.text }))
    : [];
  return tab.length ? tab : (builtInReplies as ReplyRow[]);
}

export function analyzeMessage(rawText: string, rawContext: { orderId?: string; customerName?: string; sku?: string; language?: string } = {}): MessageAnalysisDto {
  const text = textArg(rawText, 'text');
  const context = recordArg(rawContext);
  const asked = readEnum(LANGUAGES, context.language as string | undefined, 'language', false);
  const named = { customer: textArg(context.customerName, 'customerName'), order: textArg(context.orderId, 'orderId'), sku: textArg(context.sku, 'sku') };
  const ctx = openContext();
  const result = analyseText(ctx, text);
  const language = asked ?? result.language;
  const desk = loadDesk({ orders: false }, ctx);
  const due = result.intent ? firstReplyDue(desk.policies.calendar, desk.policies.sla, ctx.now, result.priority) : null;
  const values = {
    ...named,
    agent: desk.me.name,
    due: due === null ? '' : formatLocal(ctx.timeZone, due),
  };
  const rows = replyRows(ctx);
  const fill = (kind: 'ack' | 'info') => {
    const row = pickReply(rows, result.intent ?? 'other', language, kind);
    return row ? fillTemplate(row.text, values) : null;
  };
  return {
    intent: result.intent,
    intents: result.intents,
    language: result.language,
    negated: result.negated,
    priority: result.priority,
    acknowledgement: fill('ack'),
    infoRequest: fill('info'),
    checklist: reasonChecklist(result.intent),
    sop: reasonSop(ctx, result.intent),
    kb: String(text ?? '').trim() ? searchKnowledge(ctx, String(text).slice(0, 500), { reason: result.intent, language: result.language, limit: 3 }) : [],
  };
}

function formatLocal(timeZone: string, ms: number): string {
  const p = localParts(timeZone, ms);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}
