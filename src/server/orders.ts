/** Orders import from CSV text (pasted, uploaded, or the CLI): validated and merged in one locked pass. */
import { UserError } from '../core/errors';
import { planImport } from '../core/orders-import';
import type { Order } from '../core/records';
import type { ImportReportDto } from '../shared/dto';
import { parseLocalDateTime } from '../workbook/codec';
import { ORDERS } from '../workbook/tabs';
import { appendRecords, readTable, writeRecords } from '../workbook/table';
import { importedRows, reindexOrders } from '../workbook/lookup-index';
import { openContext } from './context';
import { withDocumentLock } from './lock';
import { textArg } from './args';

const MAX_CSV = 20 * 1024 * 1024;

export function importOrders(csvText: string): ImportReportDto {
  const text = textArg(csvText, 'csv').replace(/^\uFEFF/, '');
  if (!text.trim()) throw new UserError('csv_empty', { en: 'The CSV is empty.', zh: 'CSV 内容为空。' }, 'csv');
  if (text.length > MAX_CSV) throw new UserError('csv_too_big', { en: 'The CSV is larger than 20 MB: split it.', zh: 'CSV 超过 20 MB，请拆分后导入。' }, 'csv');
  let rows: string[][];
  try {
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
    rows = Utilities.parseCsv(text, delimiter);
  } catch (e) {
    throw new UserError('csv_invalid', { en: `The CSV cannot be read: ${String(e).slice(0, 120)}`, zh: `无法读取 CSV：${String(e).slice(0, 120)}` }, 'csv');
  }
  return withDocumentLock(() => {
    const ctx = openContext();
    const table = readTable<Order>(ctx.ss, ORDERS, ctx.timeZone, ['orderId', 'sku']);
    const existing = table.rows.map((r) => r.record);
    const plan = planImport(rows, existing, (t) => parseLocalDateTime(t.replace(/\//g, '-'), ctx.timeZone));
    writeRecords(table, plan.updates.map((u) => ({ row: table.rows[u.index]!.row, record: u.order })), ctx.makeDate);
    const start = appendRecords(table, plan.inserts, ctx.makeDate);
    reindexOrders(ctx.ss, importedRows(table.rows, plan.updates, plan.inserts, start), table.lastRow);
    return {
      format: plan.format,
      imported: plan.inserts.length,
      updated: plan.updates.length,
      rejected: plan.rejected,
      unmappedHeaders: plan.unmappedHeaders,
    };
  });
}
