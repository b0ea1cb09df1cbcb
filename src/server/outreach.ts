/** Outreach tasks in the sidebar: an agent marks a buyer contacted, replied or compensated. */
import type { RowOf } from '../../sheets-templates/schema';
import { UserError } from '../core/errors';
import type { OutreachDto } from '../shared/dto';
import { OUTREACH } from '../workbook/tabs';
import { readTable, writeRecords } from '../workbook/table';
import { openContext } from './context';
import { withDocumentLock } from './lock';
import { rowArg, textArg } from './args';

const STATUSES = ['to contact', 'contacted', 'replied', 'compensated'];

export function updateOutreach(rawRow: number, status: string): OutreachDto {
  const s = textArg(status, 'status').trim().toLowerCase().replace(/_/g, ' ');
  if (!STATUSES.includes(s)) {
    throw new UserError('outreach_status', { en: `Status must be one of: ${STATUSES.join(', ')}.`, zh: '状态必须是：待联系、已联系、已回复、已补偿之一。' }, 'status');
  }
  const row = rowArg(rawRow);
  return withDocumentLock(() => {
    const ctx = openContext();
    const table = readTable<RowOf<typeof OUTREACH>>(ctx.ss, OUTREACH, ctx.timeZone);
    const hit = table.rows.find((r) => r.row === row);
    if (!hit) throw new UserError('outreach_unknown', { en: `No outreach task on row ${row}.`, zh: `第 ${row} 行没有关怀任务。` });
    const record = { ...hit.record, status: s, updatedAt: ctx.now };
    writeRecords(table, [{ row: hit.row, record }], ctx.makeDate);
    return { alertId: record.alertId, sku: record.sku, orderId: record.orderId, customerName: record.customerName, channel: record.channel, message: record.message, status: record.status, row: hit.row };
  });
}
