/**
 * The hourly job's one read: the recent window of Tickets (Created At in the last WINDOW_DAYS) and of Orders
 * (Order Date in the same days), each found by a backwards scan of its date column and read in one block.
 */
import type { Order, Ticket } from '../../core/records';
import { DAY_MS } from '../../core/time';
import { ORDERS, TICKETS, findSheet } from '../../workbook/tabs';
import { tabMissing } from '../../workbook/table';
import { readHeader, readTail, windowStartRow, type TailTable } from '../../workbook/window';
import type { ActionContext } from '../context';

/** The alert baselines look back 120 days; the Dashboard 56; the daily aggregates re-derive the last 60. */
export const WINDOW_DAYS = 120;

export interface HourlyWindow {
  cutoff: number;
  tickets: TailTable<Ticket>;
  orders: TailTable<Order>;
}

function startRow(ctx: ActionContext, tab: typeof TICKETS | typeof ORDERS, field: string, cutoff: number): number {
  const sheet = findSheet(ctx.ss, tab);
  if (!sheet) throw tabMissing(tab);
  const map = readHeader(sheet, tab);
  const i = map.index[field];
  if (i === undefined) return 2; // no date column to scan: read the tab (readTail reports the missing column)
  return windowStartRow(sheet, tab, field, i, sheet.getLastRow(), cutoff, ctx.timeZone);
}

export function readHourlyWindow(ctx: ActionContext, days = WINDOW_DAYS): HourlyWindow {
  const cutoff = ctx.now - days * DAY_MS;
  const tickets = readTail<Ticket>(ctx.ss, TICKETS, ctx.timeZone, startRow(ctx, TICKETS, 'createdAt', cutoff), ['ticketId', 'createdAt', 'status']);
  const orders = readTail<Order>(ctx.ss, ORDERS, ctx.timeZone, startRow(ctx, ORDERS, 'orderDate', cutoff), ['orderId', 'orderDate']);
  return { cutoff, tickets, orders };
}
