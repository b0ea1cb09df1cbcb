/**
 * Closing the loop: for each action marked done, the linked complaints per 1,000 orders of the linked SKUs in the
 * four weeks (28 days) before its done day and the four weeks from it (or as much of them as has passed by the
 * review week's end), and whether the change is beyond noise (exact conditional binomial test, see noise.ts).
 */
import { addDaysToKey, localDateKey } from '../time';
import { periodBounds } from '../kpi/period';
import type { TicketRow } from '../kpi/types';
import type { Order } from '../records';
import { exposure, ordersOf } from './exposure';
import { compareRates } from './noise';
import type { ActionItem, LoopResult } from './types';
import type { WeekSpan } from './week';

/** How long after its done day an action is still followed in the reviews. */
const FOLLOW_DAYS = 12 * 7;

export function matchesAction(a: ActionItem, t: TicketRow['ticket']): boolean {
  if (a.skus.length && !a.skus.includes(t.sku.trim())) return false;
  if (a.reasons.length || a.rootCauses.length) {
    return (t.reason !== null && a.reasons.includes(t.reason)) || (t.rootCause !== null && a.rootCauses.includes(t.rootCause));
  }
  return true;
}

function complaints(rows: TicketRow[], a: ActionItem, startMs: number, endMs: number): number {
  let n = 0;
  for (const r of rows) {
    const c = r.ticket.createdAt;
    if (c !== null && c >= startMs && c < endMs && matchesAction(a, r.ticket)) n++;
  }
  return n;
}

export function closeTheLoop(input: { tickets: TicketRow[]; orders: Order[]; actions: ActionItem[]; week: WeekSpan; timeZone: string; alpha: number }): LoopResult[] {
  const out: LoopResult[] = [];
  for (const a of input.actions) {
    if (a.status !== 'done') continue;
    const doneMs = a.doneAt ?? a.due;
    if (doneMs === null) continue;
    const doneDay = localDateKey(input.timeZone, doneMs);
    if (doneDay > input.week.to || addDaysToKey(doneDay, FOLLOW_DAYS) < input.week.from) continue;
    const from = addDaysToKey(doneDay, -28);
    const afterEnd = addDaysToKey(doneDay, 27) < input.week.to ? addDaysToKey(doneDay, 27) : input.week.to;
    const before = periodBounds(input.timeZone, from, addDaysToKey(doneDay, -1));
    const after = periodBounds(input.timeZone, doneDay, afterEnd);
    const ob = ordersOf(exposure(input.orders, before.startMs, before.endMs), a.skus);
    const oa = ordersOf(exposure(input.orders, after.startMs, after.endMs), a.skus);
    const cb = complaints(input.tickets, a, before.startMs, before.endMs);
    const ca = complaints(input.tickets, a, after.startMs, after.endMs);
    out.push({
      action: a, from, doneDay, to: afterEnd,
      complaintsBefore: cb, complaintsAfter: ca, ordersBefore: ob, ordersAfter: oa,
      weeksAfter: Math.floor(after.days.length / 7),
      ...compareRates(cb, ob, ca, oa, 1000, input.alpha),
    });
  }
  return out;
}
