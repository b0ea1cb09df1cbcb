/** `import-returns WB FILE.csv`: the Shopee return/refund export through the bundle's own import (as the sidebar). */
import { readFileSync } from 'node:fs';
import type { ReturnsReportDto } from '../../../shared/dto';
import { nowFlag, parse, str } from '../args';
import { CliError, usage } from '../errors';
import { printJson, unwrap } from '../output';
import { openWorkbook, saveOpenWorkbook } from '../workbook';

export async function importReturnsCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, {});
  if (positionals.length !== 2) throw usage('usage: afterdesk import-returns WB FILE.csv [--now ISO] [--as EMAIL] [--json]');
  let csv: string;
  try {
    csv = readFileSync(positionals[1]!, 'utf8');
  } catch {
    throw new CliError(`cannot read ${positionals[1]}`);
  }
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const report = unwrap<ReturnsReportDto>(wb.bundle.call('apiImportReturns', csv));
  if (report.created + report.updated > 0) await saveOpenWorkbook(wb);
  if (flags.json) return printJson(report);
  console.log(`${report.format}: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} rejected`);
  for (const t of report.tickets.filter((x) => x.action !== 'unchanged').slice(0, 50)) {
    console.log(`  line ${t.line}: ${t.returnId} → ${t.ticketId} ${t.action} (${t.marketplaceStatus}, due ${t.marketplaceDueAt ?? '—'})`);
  }
  for (const r of report.rejected.slice(0, 50)) console.log(`  line ${r.line} rejected: ${r.reason}`);
  if (report.rejected.length > 50) console.log(`  … and ${report.rejected.length - 50} more`);
  if (report.unlinkedOrders.length) console.log(`  orders not in the Orders tab: ${report.unlinkedOrders.join(', ')}`);
  if (report.ignoredHeaders.length) console.log(`  columns ignored: ${report.ignoredHeaders.join(', ')}`);
}
