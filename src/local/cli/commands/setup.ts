/** `afterdesk setup WB`: create the workbook if missing, or repair it — the menu's set-up. */
import type { SetupReport } from '../../../workbook/setup';
import { parse, nowFlag } from '../args';
import { usage } from '../errors';
import { printJson, unwrap } from '../output';
import { openWorkbook, saveOpenWorkbook } from '../workbook';

export async function setupCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, {});
  const file = positionals[0];
  if (!file || positionals.length > 1) throw usage('usage: afterdesk setup WB');
  const wb = await openWorkbook(file, { create: true, now: nowFlag(flags), as: flags.as as string | undefined });
  const report = unwrap<SetupReport>(wb.bundle.call('apiSetup'));
  await saveOpenWorkbook(wb);
  if (flags.json) return printJson(report);
  if (report.created.length) console.log(`Created tabs: ${report.created.join(', ')}`);
  for (const a of report.actions.filter((x) => !x.en.startsWith('Created tab'))) console.log(`- ${a.en}`);
  if (report.actions.length === 0) console.log('Workbook is in order: nothing to repair.');
  console.log(`Saved ${wb.path}`);
}
