/** The Actions tab: read into the review's ActionItems, and a new action created from a line of the Review tab. */
import { REASONS, ROOT_CAUSES, enumKey, type ReasonKey, type RootCauseKey } from '../../../sheets-templates/enums';
import type { RowOf } from '../../../sheets-templates/schema';
import { UserError } from '../../core/errors';
import type { ActionItem } from '../../core/review/types';
import { deptLabel, reasonLabel, rootCauseLabel } from '../../core/review/labels';
import { REF_COLUMN } from '../../core/review/layout';
import { addDaysToKey, localDateKey, parseDateKey, zonedTimeToUtc } from '../../core/time';
import { ACTIONS, REVIEW, findSheet } from '../../workbook/tabs';
import { appendRecords, readTable, tabMissing, type Table } from '../../workbook/table';
import type { ActionContext } from '../context';
import { withDocumentLock } from '../lock';
import { openContext } from '../context';
import { reviewDepartments } from './settings';

export type ActionRow = RowOf<typeof ACTIONS>;

const list = (s: string) => s.split(/[,;，；\n]+/).map((x) => x.trim()).filter(Boolean);

export function toActionItem(row: number, r: ActionRow): ActionItem {
  const reasons: ReasonKey[] = [];
  const rootCauses: RootCauseKey[] = [];
  for (const token of list(r.reasons)) {
    const reason = enumKey(REASONS, token);
    const cause = enumKey(ROOT_CAUSES, token);
    if (reason) reasons.push(reason);
    if (cause) rootCauses.push(cause);
  }
  return {
    row,
    actionId: r.actionId,
    action: r.action,
    department: r.department.trim().toLowerCase(),
    owner: r.owner,
    due: r.due,
    status: r.status ?? (r.action.trim() ? 'open' : null),
    skus: list(r.skus),
    reasons,
    rootCauses,
    tickets: list(r.tickets),
    doneAt: r.doneAt,
  };
}

export function readActions(ctx: ActionContext): { table: Table<ActionRow>; items: ActionItem[] } {
  const table = readTable<ActionRow>(ctx.ss, ACTIONS, ctx.timeZone);
  return { table, items: table.rows.filter((r) => r.record.actionId || r.record.action.trim()).map((r) => toActionItem(r.row, r.record)) };
}

/** `key=value;key=value` from a review line's reference cell. */
export function parseRef(ref: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of ref.split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i)] = part.slice(i + 1);
  }
  return out;
}

/** The reference of one Review-tab row (one small read), or a UserError when the row is no review line. */
export function reviewLineRef(ctx: ActionContext, row: number): Record<string, string> {
  const sheet = findSheet(ctx.ss, REVIEW);
  if (!sheet) throw tabMissing(REVIEW);
  if (!Number.isInteger(row) || row < 1 || row > sheet.getLastRow()) {
    throw new UserError('review_line', { en: `Row ${row} is not a line of the Review tab.`, zh: `第 ${row} 行不是周复盘表中的一行。` }, 'row');
  }
  const ref = parseRef(String(sheet.getRange(row, REF_COLUMN).getValue() ?? ''));
  if (!ref['week'] || ref['section']) {
    throw new UserError('review_line', {
      en: `Review!${row} is not a review line you can act on: select a reason, root cause, SKU, department or ticket line.`,
      zh: `周复盘第 ${row} 行不能生成措施：请选择原因、根因、SKU、部门或工单所在的行。`,
    }, 'row');
  }
  return ref;
}

function dayStart(ctx: ActionContext, key: string): number {
  const p = parseDateKey(key)!;
  return zonedTimeToUtc(ctx.timeZone, p.year, p.month, p.day);
}

/** Appends an action pre-filled from the review line (department, owner, linked SKU / reason / ticket), due in 14 days. */
export function createActionFromReview(row: number): { actionId: string; row: number; action: string; department: string; owner: string; due: string } {
  return withDocumentLock(() => {
    const ctx = openContext();
    const ref = reviewLineRef(ctx, row);
    const map = reviewDepartments(ctx.settings);
    const dept = ref['dept'] ?? (ref['root'] ? map.rootCause[ref['root'] as RootCauseKey] : undefined) ?? (ref['reason'] ? map.reason[ref['reason'] as ReasonKey] : undefined) ?? '';
    const what = ref['root'] ? rootCauseLabel(ref['root']) : ref['reason'] ? reasonLabel(ref['reason']) : ref['sku'] ? `SKU ${ref['sku']}` : deptLabel(dept);
    const action = ref['ticket'] && !ref['dept']
      ? `Prevent a repeat of ${ref['ticket']} (${what}) · 防止 ${ref['ticket']} 再次发生`
      : `Cut ${what} complaints${ref['sku'] && (ref['root'] || ref['reason']) ? ` on ${ref['sku']}` : ''} · 减少${what}投诉`;
    const { table, items } = readActions(ctx);
    const next = items.reduce((m, a) => Math.max(m, Number(/^A-(\d+)$/.exec(a.actionId)?.[1] ?? 0)), 0) + 1;
    const actionId = `A-${String(next).padStart(3, '0')}`;
    const due = addDaysToKey(localDateKey(ctx.timeZone, ctx.now), 14);
    const owner = map.owners[dept]?.[0] ?? '';
    const reasons = ref['problems'] ? ref['problems'] : [ref['reason'], ref['root']].filter(Boolean).join(', ');
    const at = appendRecords(table, [{
      actionId, createdAt: ctx.now, action, department: dept, owner, due: dayStart(ctx, due), status: 'open',
      skus: ref['sku'] ?? '', reasons, tickets: ref['ticket'] ?? '', metric: 'complaints_per_1000_orders', doneAt: null,
      source: `Review ${ref['week']} row ${row}`, effect: '',
    }], ctx.makeDate);
    return { actionId, row: at, action, department: dept, owner, due };
  });
}
