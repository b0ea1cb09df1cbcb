/** Orders import from CSV text (pasted, uploaded, or the CLI): validated and merged in one locked pass. */
import { planImport } from '../core/orders-import';
import type { Order } from '../core/records';
import type { ImportReportDto } from '../shared/dto';
import { parseLocalDateTime } from '../workbook/codec';
import { ORDERS } from '../workbook/tabs';
import { appendRecords, readTable, writeRecords } from '../workbook/table';
import { importedRows, reindexOrders } from '../workbook/lookup-index';
import { openContext } from './context';
import { withDocumentLock } from './lock';
import { readCsvRows } from './csv';

export function importOrders(csvText: string): ImportReportDto {
  const rows = readCsvRows(csvText);
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
