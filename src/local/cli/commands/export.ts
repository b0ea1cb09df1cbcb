/** `afterdesk export WB --to DIR`: NDJSON + BigQuery schemas + KPI views (CLI.md); see src/local/export/. */
import { resolve } from 'node:path';
import { exportWorkbook } from '../../export/export';
import { nowFlag, parse, str } from '../args';
import { usage } from '../errors';
import { printJson } from '../output';
import { openWorkbook } from '../workbook';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function exportCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { to: { type: 'string' }, dataset: { type: 'string' }, from: { type: 'string' }, until: { type: 'string' }, 'as-of': { type: 'string' } });
  const to = str(flags, 'to');
  if (positionals.length !== 1 || !to) throw usage('usage: afterdesk export WB --to DIR [--dataset NAME] [--from D --until D] [--as-of T] [--json]');
  const from = str(flags, 'from');
  const until = str(flags, 'until');
  if ((from === undefined) !== (until === undefined) || (from && (!DATE.test(from) || !DATE.test(until!) || from > until!))) throw usage('--from and --until go together, as YYYY-MM-DD with from ≤ until');
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const asOf = nowFlag(flags, 'as-of');
  const report = exportWorkbook(wb.env, resolve(to), {
    ...(str(flags, 'dataset') ? { dataset: str(flags, 'dataset')! } : {}),
    ...(from ? { periods: [{ id: 'custom', from, to: until! }] } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
  });
  if (flags.json) return printJson(report);
  console.log(`Exported to ${report.dir}: ${Object.entries(report.rows).map(([k, v]) => `${v} ${k}`).join(', ')}; views ${report.views.join(', ')}. Load with ./load.sh (bq).`);
}
