/**
 * Weekly-review entry points, re-exported by main.ts: the Monday trigger, the menu items (run now; act on the
 * selected Review line) and the sidebar/CLI API. Menu items on a selected line read only that row.
 */
import { UserError } from '../../core/errors';
import { asApi } from '../api';
import { isAutomationOwner } from '../team/automation';
import { promoteToKb } from '../knowledge';
import { openContext } from '../context';
import { REVIEW } from '../../workbook/tabs';
import { createActionFromReview, reviewLineRef } from './actions';
import { weeklyReview } from './run';
import { recordArg, rowArg, textArg } from '../args';

function toast(message: string, seconds = 10): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, 'AfterDesk', seconds);
}

export function apiRunWeeklyReview_(input?: { week?: string | null }) {
  return asApi('weeklyReview', () => weeklyReview(textArg(recordArg(input)['week'], 'week').trim() || null));
}

/** Installable weekly trigger (Monday 09:00 workbook time): reviews the week that just ended. */
export function onWeeklyReview(): void {
  if (!isAutomationOwner()) return; // a trigger left in a former owner's account stands idle
  const r = asApi('weeklyReviewTrigger', () => weeklyReview(null));
  if (!r.ok) console.warn(`AfterDesk weekly review: ${r.error.en}`);
}

export function menuRunWeeklyReview(): void {
  toast('Writing the weekly review… · 正在生成周复盘…', 30);
  const r = asApi('weeklyReview', () => weeklyReview(null));
  if (!r.ok) return toast(`${r.error.en}\n${r.error.zh}`);
  const d = r.data;
  toast(`${d.week}: ${d.tickets} tickets, ${d.departments.length} department(s), ${d.mail.sent} e-mail(s) sent, ${d.mail.queued} queued · 周复盘已生成（Review 表第 ${d.section.startRow} 行）`);
}

/** Creates an action from the given row of the Review tab (the menu passes the selected row). */
export function apiCreateActionFromReview_(row: number) {
  return asApi('createActionFromReview', () => createActionFromReview(rowArg(row)));
}

/** Promotes the ticket of the given Review row (a "not yet in the knowledge base" line) to a KB draft. */
export function apiPromoteReviewLine_(row: number) {
  return asApi('promoteReviewLine', () => {
    const ref = reviewLineRef(openContext(), rowArg(row));
    if (!ref['ticket']) {
      throw new UserError('review_line', { en: `Review!${row} names no ticket: select a line of "Solutions not yet in the knowledge base".`, zh: `周复盘第 ${row} 行没有工单：请选择“尚未收入知识库的解决方案”中的一行。` }, 'row');
    }
    return { ticketId: ref['ticket'], ...promoteToKb(ref['ticket']) };
  });
}

function selectedReviewRow(): number | null {
  const range = SpreadsheetApp.getActiveSpreadsheet().getActiveRange?.();
  if (!range) return null;
  const name = range.getSheet().getName();
  return name === REVIEW.name || name === REVIEW.zh ? range.getRow() : null;
}

export function menuCreateActionFromReview(): void {
  const row = selectedReviewRow();
  if (row === null) return toast('Select a line of the Review tab first. · 请先在周复盘表中选中一行。');
  const r = apiCreateActionFromReview_(row);
  if (!r.ok) return toast(`${r.error.en}\n${r.error.zh}`);
  toast(`Action ${r.data.actionId} added to Actions (${r.data.department || 'no department'}, due ${r.data.due}). · 已添加改进措施 ${r.data.actionId}。`);
}

export function menuPromoteReviewLine(): void {
  const row = selectedReviewRow();
  if (row === null) return toast('Select a line of the Review tab first. · 请先在周复盘表中选中一行。');
  const r = apiPromoteReviewLine_(row);
  if (!r.ok) return toast(`${r.error.en}\n${r.error.zh}`);
  toast(`Knowledge base draft ${r.data.articleId} created. · 已生成知识库草稿 ${r.data.articleId}。`);
}
