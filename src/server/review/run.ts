/**
 * The weekly review (Monday trigger, menu, CLI): read Tickets, Orders, the KB sources and Actions once, build the
 * review in core, write the week's section of the Review tab, note each done action's effect in Actions, and send
 * each department its feedback e-mail through the mail queue — once per department and week, whatever the re-runs.
 */
import type { Order, Ticket } from '../../core/records';
import { UserError } from '../../core/errors';
import { buildReview } from '../../core/review/compute';
import { reviewSection } from '../../core/review/layout';
import { VERDICTS } from '../../core/review/labels';
import { renderDepartmentMail } from '../../core/review/mail';
import type { WeekFigures, WeeklyReview } from '../../core/review/types';
import { lastCompleteWeek, weekSpan } from '../../core/review/week';
import { localDateKey } from '../../core/time';
import { deskPolicies } from '../../workbook/policies';
import { ACTIONS, KNOWLEDGE_BASE, MAIL_QUEUE, ORDERS, REVIEW, TICKETS, findSheet } from '../../workbook/tabs';
import { readTable, requireTabs, writeRecords } from '../../workbook/table';
import { openContext, type ActionContext } from '../context';
import { withDocumentLock } from '../lock';
import { deliver, type MailOutcome, type OutgoingMail } from '../mail';
import { readActions, type ActionRow } from './actions';
import { prepareReviewSheet, writeReviewSection } from './section';
import { mailedDepartments, recordMailed } from './sent';
import { teamContactPolicy } from '../privacy/settings';
import { reviewAlpha, reviewDepartments } from './settings';

/** CLI.md's `afterdesk review --json` document. */
export interface ReviewJson {
  week: string;
  tickets: number;
  perThousandOrders: number | null;
  topReasons: { reason: string; tickets: number; change: number }[];
  rootCauses: { rootCause: string; tickets: number; change: number }[];
  departments: { department: string; problems: number; mailTo: string[] }[];
  actions: { open: number; overdue: number; done: number };
  unclassified: number;
}

export interface ReviewRun extends ReviewJson {
  /** This week and the four before it, as written in the section. */
  figures: WeekFigures[];
  mail: MailOutcome & { departments: Record<string, string> };
  section: { startRow: number; rows: number; replaced: boolean };
  loop: { actionId: string; before: number | null; after: number | null; p: number | null; verdict: string }[];
}

function toJson(r: WeeklyReview): ReviewJson {
  const f = r.figures[0]!;
  return {
    week: r.week.week,
    tickets: f.tickets,
    perThousandOrders: f.perThousandOrders,
    topReasons: r.topReasons.map((c) => ({ reason: c.key, tickets: c.tickets, change: c.change })),
    rootCauses: r.rootCauses.map((c) => ({ rootCause: c.key, tickets: c.tickets, change: c.change })),
    departments: r.departments.map((d) => ({ department: d.department, problems: d.problems, mailTo: d.mailTo })),
    actions: r.actionCounts,
    unclassified: r.unclassified.length,
  };
}

function chooseWeek(ctx: ActionContext, week: string | null | undefined) {
  if (!week) return lastCompleteWeek(ctx.now, ctx.timeZone);
  const span = weekSpan(week);
  if (span.from > localDateKey(ctx.timeZone, ctx.now)) {
    throw new UserError('week_invalid', { en: `Week ${span.week} has not started yet.`, zh: `${span.week} 周尚未开始。` }, 'week');
  }
  return span;
}

export function runWeeklyReview(ctx: ActionContext, opts: { week?: string | null } = {}): ReviewRun {
  const week = chooseWeek(ctx, opts.week);
  requireTabs(ctx.ss, [REVIEW, ACTIONS, MAIL_QUEUE, KNOWLEDGE_BASE]);
  const policies = deskPolicies(ctx.settings);
  const departments = reviewDepartments(ctx.settings);
  const ticketTable = readTable<Ticket>(ctx.ss, TICKETS, ctx.timeZone, ['ticketId', 'createdAt']);
  const orders = readTable<Order>(ctx.ss, ORDERS, ctx.timeZone, ['orderId', 'orderDate']).rows.map((r) => r.record);
  const kb = readTable<{ sourceTicket: string }>(ctx.ss, KNOWLEDGE_BASE, ctx.timeZone);
  const actions = readActions(ctx);
  const review = buildReview({
    tickets: ticketTable.rows.map((r) => ({ row: r.row, ticket: r.record, issues: r.issues })),
    orders,
    calendar: policies.calendar,
    policy: policies.sla,
    week,
    now: ctx.now,
    departments,
    actions: actions.items,
    inKnowledgeBase: new Set(kb.rows.map((r) => r.record.sourceTicket.trim()).filter(Boolean)),
    alpha: reviewAlpha(ctx.settings),
    contacts: teamContactPolicy(ctx.settings),
  });

  // Department e-mails: one per department and week (the idempotency key), only its own problems.
  const reviewSheet = findSheet(ctx.ss, REVIEW)!;
  const url = ctx.ss.getUrl?.() ? `${ctx.ss.getUrl()}#gid=${reviewSheet.getSheetId()}` : undefined;
  const already = mailedDepartments(week.week);
  const status: Record<string, string> = {};
  const mails: OutgoingMail[] = [];
  const mailedNow: string[] = [];
  for (const d of review.departments) {
    if (d.mailTo.length === 0) status[d.department] = 'no owner in Settings · 未设负责人';
    else if (already.has(d.department)) status[d.department] = 'already sent · 已发送过';
    else {
      const m = renderDepartmentMail(review, d, { shopName: policies.shopName, timeZone: ctx.timeZone, now: ctx.now, contactsShown: teamContactPolicy(ctx.settings).show, ...(url ? { reviewUrl: url } : {}) });
      mails.push({ to: d.mailTo.join(', '), subject: m.subject, body: m.text, htmlBody: m.html, kind: 'review_department' });
      mailedNow.push(d.department);
      status[d.department] = `sent ${localDateKey(ctx.timeZone, ctx.now)} · 已发送`;
    }
  }
  prepareReviewSheet(ctx.ss);
  const lines = reviewSection(review, { now: ctx.now, timeZone: ctx.timeZone, mail: status, alpha: reviewAlpha(ctx.settings) });
  const section = writeReviewSection(ctx.ss, week.week, lines, ticketTable.sheet.getSheetId());

  // Each followed done action gets its latest effect in the Actions tab (one block write).
  const effects = review.loop.map((l) => {
    const v = VERDICTS[l.verdict];
    const fmt = (x: number | null) => (x === null ? '—' : x.toFixed(1));
    return {
      row: l.action.row,
      record: { effect: `${week.week}: ${fmt(l.before)} → ${fmt(l.after)} complaints per 1,000 orders (${l.complaintsBefore} → ${l.complaintsAfter}; ${l.weeksAfter}/4 weeks after), p = ${l.p === null ? '—' : l.p.toFixed(3)}: ${v.en} · ${v.zh}` } as Partial<ActionRow>,
    };
  });
  writeRecords(actions.table, effects, ctx.makeDate);

  // Mail last: the tabs are written before anything leaves, and a failed send is retried by the next run.
  const outcome = deliver(ctx, mails);
  recordMailed(week.week, mailedNow);

  return {
    ...toJson(review),
    figures: review.figures,
    mail: { ...outcome, departments: status },
    section,
    loop: review.loop.map((l) => ({ actionId: l.action.actionId, before: l.before, after: l.after, p: l.p, verdict: l.verdict })),
  };
}

export function weeklyReview(week?: string | null): ReviewRun {
  return withDocumentLock(() => runWeeklyReview(openContext(), { week: week ?? null }));
}
