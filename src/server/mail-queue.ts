/**
 * The Mail Queue is read from its first row that may still be queued, never whole: that row is kept in the
 * document properties and checked before use (the row above it must not be queued, else the tab was edited and
 * it is read from the top once).
 */
import type { RowOf } from '../../sheets-templates/schema';
import { MAIL_QUEUE } from '../workbook/tabs';
import { readTail, type TailTable } from '../workbook/window';
import type { ActionContext } from './context';

type QueueRow = RowOf<typeof MAIL_QUEUE>;
const KEY = 'afterdesk.mailQueueFrom';

export function readQueue(ctx: ActionContext): TailTable<QueueRow> & { hint: number } {
  const props = PropertiesService.getDocumentProperties();
  const hint = Number(props.getProperty(KEY) ?? 2);
  const table = readFrom(ctx, hint);
  return Object.assign(table, { hint });
}

function readFrom(ctx: ActionContext, hint: number): TailTable<QueueRow> {
  const from = Number.isInteger(hint) && hint > 2 ? hint - 1 : 2;
  const table = readTail<QueueRow>(ctx.ss, MAIL_QUEUE, ctx.timeZone, from);
  const above = table.rows.find((r) => r.row === from);
  if (from > 2 && (table.lastRow < from - 1 || (above && above.record.status === 'queued'))) {
    return readTail<QueueRow>(ctx.ss, MAIL_QUEUE, ctx.timeZone, 2);
  }
  return table;
}

/** After a delivery: the first row still queued (or the row after the last) is where the next read starts. */
export function rememberQueueStart(table: TailTable<QueueRow> & { hint: number }, stillQueued: number[]): void {
  const first = Math.max(2, stillQueued.length ? Math.min(...stillQueued) : table.lastRow + 1);
  if (first !== table.hint) PropertiesService.getDocumentProperties().setProperty(KEY, String(first));
}
