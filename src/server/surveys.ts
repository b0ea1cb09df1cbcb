/**
 * Surveys at the edge: the link and mail a resolved ticket gets, and a response written to its ticket exactly
 * once — a low score opening a call-back — whether it came from the form trigger or the CLI.
 */
import { LANGUAGES, enumKey, type LanguageKey } from '../../sheets-templates/enums';
import type { RowOf } from '../../sheets-templates/schema';
import { UserError, isUserError } from '../core/errors';
import type { Ticket } from '../core/records';
import {
  SURVEY_TEXT_LANGUAGES, answersFromNamedValues, checkReference, cleanComment, fillText, isLowScore, judgeResponse,
  parseScore, parseSolved, signReference, surveyLanguageFor, surveyTexts, type SurveyAnswers, type SurveyOutcome,
} from '../core/survey';
import { SURVEY_RESPONSES } from '../workbook/tabs';
import { appendRecords, openForAppend, writeRecords } from '../workbook/table';
import type { ActionContext } from './context';
import { appendEvents, findTicket, loadDesk } from './desk';
import { withDocumentLock } from './lock';
import { deliver, escapeHtml, type OutgoingMail } from './mail';
import { createCallback } from './survey-callbacks';
import { prefilledLink, readFormRegistry } from './survey-forms';
import { surveySettings } from './survey-settings';
import { surveyMac } from './survey-signing';
import { recordArg, textArg, wrongType } from './args';

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;

/**
 * What resolving a ticket adds to it: the prefilled survey link (kept if it has one) and, when an e-mail is known
 * and no survey went out before, the survey mail and Survey Sent At. Writes nothing: the caller puts the patch in
 * the update's own block write and hands the mails to deliver() after it.
 */
export function surveyOnResolve(ctx: ActionContext, ticket: Ticket): { patch: Partial<Ticket>; mails: OutgoingMail[] } {
  const none = { patch: {}, mails: [] };
  if (ticket.status !== 'resolved' && ticket.status !== 'closed') return none;
  const patch: Partial<Ticket> = {};
  let link = ticket.surveyLink;
  if (!link) {
    link = newSurveyLink(ticket);
    if (!link) return none; // no survey form yet: the menu "Create survey form" has not been run
    patch.surveyLink = link;
  }
  const email = ticket.email.trim();
  if (!EMAIL.test(email) || ticket.surveySentAt !== null || ticket.csat !== null) return { patch, mails: [] };
  patch.surveySentAt = ctx.now;
  return { patch, mails: [surveyMail(ctx, ticket, email, link)] };
}

function surveyMail(ctx: ActionContext, ticket: Ticket, to: string, link: string): OutgoingMail {
  const t = surveyTexts(surveyLanguageFor(ticket.language, SURVEY_TEXT_LANGUAGES) ?? 'en');
  const shop = surveySettings(ctx.settings).shopName;
  const vars = { shop, ticket: ticket.ticketId, customer: ticket.customerName.trim() };
  const greeting = fillText(t.mailGreeting, vars).replace(/\s+([,，:：])/, '$1').trim();
  const body = fillText(t.mailBody, vars);
  return {
    kind: 'survey',
    to,
    subject: fillText(t.mailSubject, vars),
    body: `${greeting}\n\n${body}\n\n${t.mailButton}: ${link}\n\n${t.mailFooter}\n${shop}`,
    htmlBody: `<div style="font-family:Arial,sans-serif;max-width:560px"><p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p>`
      + `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 18px;background:#1a73e8;color:#fff;border-radius:4px;text-decoration:none">${escapeHtml(t.mailButton)}</a></p>`
      + `<p style="color:#5f6368">${escapeHtml(t.mailFooter)}<br>${escapeHtml(shop)}</p></div>`,
  };
}

/** A signed, prefilled link to the form in the ticket's language (or its nearest); '' when there is no form. */
function newSurveyLink(ticket: Ticket): string {
  const registry = readFormRegistry();
  const language = surveyLanguageFor(ticket.language, Object.keys(registry) as LanguageKey[]);
  return language ? prefilledLink(registry[language]!, signReference(ticket.ticketId, surveyMac())) : '';
}

/** For pasting into marketplace chat: the ticket's link, made and saved now if it has none. */
export function surveyLinkFor(rawId: string): { ticketId: string; link: string } {
  const ticketId = textArg(rawId, 'ticketId');
  return withDocumentLock(() => {
    const desk = loadDesk({ orders: false });
    const hit = findTicket(desk, String(ticketId ?? ''));
    if (!hit) {
      throw new UserError('ticket_unknown', { en: `No ticket ${String(ticketId).slice(0, 30)} in the Tickets tab.`, zh: `工单表中没有工单 ${String(ticketId).slice(0, 30)}。` }, 'ticketId');
    }
    if (hit.ticket.surveyLink) return { ticketId: hit.ticket.ticketId, link: hit.ticket.surveyLink };
    const link = newSurveyLink(hit.ticket);
    if (!link) {
      throw new UserError('survey_form_missing', { en: 'There is no survey form yet: run AfterDesk → Create survey form.', zh: '还没有满意度问卷：请运行 AfterDesk → 创建满意度问卷。' });
    }
    writeRecords(desk.tickets, [{ row: hit.row, record: { surveyLink: link } }], desk.ctx.makeDate);
    return { ticketId: hit.ticket.ticketId, link };
  });
}

// ── Responses ───────────────────────────────────────────────────────────────────────────────────────────────
export interface SurveyResponseInput {
  ref: string;
  score: unknown;
  solved?: unknown;
  comment?: unknown;
  language?: unknown;
  /** Epoch ms the customer submitted; now when absent. */
  receivedAt?: number | null;
}

export interface SurveyResponseResult {
  outcome: SurveyOutcome;
  ticketId: string;
  score: number | null;
  callbackId: string;
  callbackOwner: string;
  mail: { sent: number; queued: number };
}

type ResponseRow = RowOf<typeof SURVEY_RESPONSES>;

/** One response, under the document lock: always one Survey Responses row; the ticket only when it is `applied`. */
export function processSurveyResponse(input: SurveyResponseInput): SurveyResponseResult {
  return withDocumentLock(() => {
    const desk = loadDesk({ orders: false });
    const { ctx } = desk;
    const score = parseScore(input.score);
    const comment = cleanComment(input.comment);
    const check = checkReference(input.ref, surveyMac());
    const hit = check.status === 'valid' ? findTicket(desk, check.ticketId) : null;
    const outcome = judgeResponse(check, hit?.ticket ?? null, score);
    const receivedAt = typeof input.receivedAt === 'number' && isFinite(input.receivedAt) ? input.receivedAt : ctx.now;
    const result: SurveyResponseResult = { outcome, ticketId: hit?.ticket.ticketId ?? '', score, callbackId: '', callbackOwner: '', mail: { sent: 0, queued: 0 } };
    const log = openForAppend<ResponseRow>(ctx.ss, SURVEY_RESPONSES, ctx.timeZone);
    appendRecords(log, [{
      receivedAt,
      ticketRef: String(input.ref ?? '').slice(0, 200),
      // A forged or unknown reference names no ticket here: nothing may count it against one.
      ticketId: result.ticketId,
      score,
      solved: parseSolved(input.solved) ?? cleanComment(input.solved).slice(0, 40),
      comment,
      language: enumKey(LANGUAGES, input.language),
      outcome,
    }], ctx.makeDate);
    if (outcome !== 'applied' || !hit || score === null) return result;

    writeRecords(desk.tickets, [{ row: hit.row, record: { csat: score, csatAt: receivedAt, csatComment: comment } }], ctx.makeDate);
    appendEvents(ctx, [{ at: ctx.now, ticketId: hit.ticket.ticketId, actor: 'survey', field: 'csat', from: '', to: String(score) }]);
    if (isLowScore(score, surveySettings(ctx.settings).lowScoreThreshold)) {
      const { row, mail } = createCallback(desk, hit.ticket, score, comment);
      result.callbackId = row.callbackId;
      result.callbackOwner = row.owner;
      if (mail) result.mail = deliver(ctx, [mail]);
    }
    return result;
  });
}

/** The CLI and sidebar path: a ticket ID is signed here (only people with the workbook reach it), a reference is checked. */
export function submitSurveyResponse(raw: { ticket?: string; ref?: string; score: unknown; solved?: unknown; comment?: unknown; language?: unknown }): SurveyResponseResult {
  const input = recordArg(raw);
  const given = textArg(input['ref'], 'ref');
  const ticket = textArg(input['ticket'], 'ticketId').trim();
  if (!given && !ticket) {
    throw new UserError('ticket_required', { en: 'Give the ticket ID (or the survey reference).', zh: '请填写工单号（或问卷引用编号）。' }, 'ticket');
  }
  const ref = given || signReference(ticket, withDocumentLock(surveyMac));
  const score = input['score'];
  if (score !== null && score !== undefined && typeof score !== 'number' && typeof score !== 'string') throw wrongType('score', { en: 'a number 1–5', zh: '1–5 的数字' }, score);
  return processSurveyResponse({ ref, score, solved: textArg(input['solved'], 'solved'), comment: textArg(input['comment'], 'comment'), language: textArg(input['language'], 'language') });
}

interface FormSubmitEvent {
  namedValues?: Record<string, unknown[]>;
  values?: unknown[];
  response?: GoogleAppsScript.Forms.FormResponse;
}

/** Reads either kind of form-submit event: the spreadsheet's (namedValues, values) or the form's (response). */
export function answersFromEvent(e: FormSubmitEvent): SurveyAnswers & { receivedAt: number | null } {
  if (e.response) {
    const named: Record<string, unknown[]> = {};
    for (const r of e.response.getItemResponses()) named[r.getItem().getTitle()] = [r.getResponse()];
    return { ...answersFromNamedValues(named), receivedAt: e.response.getTimestamp().getTime() };
  }
  const answers = answersFromNamedValues(e.namedValues ?? {});
  // Questions retitled by hand: fall back to the order the script built them in (timestamp, score, solved, comment, ref).
  if (!answers.ref && Array.isArray(e.values) && e.values.length >= 5) {
    const [, score, solved, comment, ref] = e.values;
    return { ref: String(ref ?? '').trim(), score: parseScore(score), solved: parseSolved(solved), comment: cleanComment(comment), language: answers.language, receivedAt: null };
  }
  return { ...answers, receivedAt: null };
}

const BUSY_RETRIES = 5;

/**
 * The installable onFormSubmit trigger's work. Submissions to other forms bound to the workbook are ignored. A
 * trigger has no user to say "try again" to, so a busy desk is waited out (each try waits up to 20 s).
 */
export function handleSurveySubmit(e: FormSubmitEvent): SurveyResponseResult | null {
  const a = answersFromEvent(e ?? {});
  if (!a.ref && a.score === null) return null;
  const input = { ref: a.ref, score: a.score, solved: a.solved, comment: a.comment, language: a.language, receivedAt: a.receivedAt };
  for (let attempt = 1; ; attempt++) {
    try {
      const result = processSurveyResponse(input);
      console.log(`AfterDesk survey response: ${result.outcome}${result.ticketId ? ` (ticket ${result.ticketId})` : ''}`);
      return result;
    } catch (err) {
      if (!isUserError(err) || err.key !== 'busy' || attempt >= BUSY_RETRIES) {
        console.error(`AfterDesk survey response ${a.ref} failed (it stays in the form's response sheet): ${String(err)}`);
        throw err;
      }
    }
  }
}
