/** `log-case`, `update-ticket` and `import-orders`: the sidebar's own server functions, from the command line. */
import { readFileSync } from 'node:fs';
import type { ImportReportDto, LogCaseResultDto, UpdateResultDto } from '../../../shared/dto';
import { nowFlag, parse, str } from '../args';
import { CliError, usage } from '../errors';
import { printJson, unwrap } from '../output';
import { openWorkbook, saveOpenWorkbook } from '../workbook';

function jsonInput(flags: Record<string, unknown>): unknown {
  const raw = flags['json-input'];
  if (typeof raw !== 'string') throw usage('--json-input JSON is required');
  try {
    return JSON.parse(raw.startsWith('@') ? readFileSync(raw.slice(1), 'utf8') : raw);
  } catch (e) {
    throw usage(`--json-input is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export async function logCaseCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { 'json-input': { type: 'string' } });
  if (positionals.length !== 1) throw usage('usage: afterdesk log-case WB --json-input JSON [--as EMAIL] [--now ISO] [--json]');
  const input = jsonInput(flags);
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const result = unwrap<LogCaseResultDto>(wb.bundle.call('apiLogCase', input));
  await saveOpenWorkbook(wb);
  for (const w of result.warnings) console.error(`warning: ${w.en} · ${w.zh}`);
  if (flags.json) printJson(result.ticket);
  else console.log(result.ticket.ticketId);
}

export async function updateTicketCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { 'json-input': { type: 'string' } });
  if (positionals.length !== 2) throw usage('usage: afterdesk update-ticket WB ID --json-input JSON [--as EMAIL] [--now ISO] [--json]');
  const input = jsonInput(flags);
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const result = unwrap<UpdateResultDto>(wb.bundle.call('apiUpdateTicket', positionals[1], input));
  await saveOpenWorkbook(wb);
  for (const w of result.warnings) console.error(`warning: ${w.en} · ${w.zh}`);
  if (flags.json) printJson(result);
  else console.log(`${result.ticket.ticketId}: ${result.ticket.status}${result.approval ? ` (approval ${result.approval.approvalId} pending)` : ''}`);
}

export async function importOrdersCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, {});
  if (positionals.length !== 2) throw usage('usage: afterdesk import-orders WB FILE.csv [--json]');
  let csv: string;
  try {
    csv = readFileSync(positionals[1]!, 'utf8');
  } catch {
    throw new CliError(`cannot read ${positionals[1]}`);
  }
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const report = unwrap<ImportReportDto>(wb.bundle.call('apiImportOrders', csv));
  await saveOpenWorkbook(wb);
  if (flags.json) return printJson(report);
  console.log(`${report.format}: ${report.imported} imported, ${report.updated} updated, ${report.rejected.length} rejected`);
  for (const r of report.rejected.slice(0, 50)) console.log(`  line ${r.line}: ${r.reason}`);
  if (report.rejected.length > 50) console.log(`  … and ${report.rejected.length - 50} more`);
  if (report.unmappedHeaders.length) console.log(`  columns not imported: ${report.unmappedHeaders.join(', ')}`);
}
