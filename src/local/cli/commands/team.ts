/**
 * `afterdesk triggers WB --json` and `afterdesk clock WB --until T [--json]`: the installed triggers with the
 * account each runs as, and the clock moved forward firing every trigger due, each as its owner (CLI.md).
 */
import { toLocalIso } from '../../../core/time';
import { nowFlag, parse, resolveTime, str } from '../args';
import { usage } from '../errors';
import { printJson } from '../output';
import { openWorkbook, saveOpenWorkbook } from '../workbook';

export async function triggersCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, {});
  if (positionals.length !== 1) throw usage('usage: afterdesk triggers WB --json');
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const triggers = wb.env.triggers.map((t) => ({ handler: t.handler, type: t.kind, owner: t.owner || wb.env.accounts.owner }));
  if (flags.json) return printJson({ triggers });
  for (const t of triggers) console.log(`${t.handler.padEnd(16)} ${t.type.padEnd(15)} runs as ${t.owner}`);
  if (triggers.length === 0) console.log('No triggers installed: run AfterDesk → Set up / repair workbook.');
}

export async function clockCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { until: { type: 'string' } });
  const untilRaw = nowFlag(flags, 'until');
  if (positionals.length !== 1 || untilRaw === undefined) throw usage('usage: afterdesk clock WB --until T [--json]');
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const tz = wb.env.emu.timeZone;
  const until = resolveTime(untilRaw, tz)!;
  const fired = wb.bundle.runDueTriggers(until).map((f) => ({ handler: f.handler, at: new Date(f.at).toISOString(), owner: f.owner }));
  await saveOpenWorkbook(wb);
  if (flags.json) return printJson({ fired });
  for (const f of fired) console.log(`${toLocalIso(tz, Date.parse(f.at)).slice(0, 16).replace('T', ' ')}  ${f.handler.padEnd(14)} as ${f.owner}`);
  console.log(`${fired.length} trigger run(s) up to ${toLocalIso(tz, until).slice(0, 16).replace('T', ' ')} (${tz}); saved ${wb.path}`);
}
