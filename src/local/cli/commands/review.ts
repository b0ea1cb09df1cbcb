/** `afterdesk review WB [--now T] [--week YYYY-Www] [--json]`: the weekly review and department feedback, as the Monday trigger runs it. */
import { nowFlag, parse, str } from '../args';
import { usage } from '../errors';
import { printJson, unwrap } from '../output';
import { openWorkbook, saveOpenWorkbook } from '../workbook';
// Types only: the CLI runs the built bundle, this import leaves nothing behind at run time.
import type { ReviewRun } from '../../../server/review/run';

const WEEK = /^\d{4}-W\d{2}$/;

export async function reviewCommand(argv: string[]): Promise<void> {
  const { positionals, flags } = parse(argv, { week: { type: 'string' } });
  if (positionals.length !== 1) throw usage('usage: afterdesk review WB [--now T] [--week YYYY-Www] --json');
  const week = str(flags, 'week');
  if (week !== undefined && !WEEK.test(week)) throw usage('--week must be an ISO week YYYY-Www, e.g. 2026-W46');
  const wb = await openWorkbook(positionals[0]!, { now: nowFlag(flags), as: str(flags, 'as') });
  const r = unwrap<ReviewRun>(wb.bundle.call('apiRunWeeklyReview', { week: week ?? null }));
  await saveOpenWorkbook(wb);
  if (flags.json) {
    // Exactly CLI.md's keys, in its order.
    const { week: w, tickets, perThousandOrders, topReasons, rootCauses, departments, actions, unclassified } = r;
    return printJson({ week: w, tickets, perThousandOrders, topReasons, rootCauses, departments, actions, unclassified });
  }
  console.log(`${r.week}: ${r.tickets} tickets${r.perThousandOrders === null ? '' : ` (${r.perThousandOrders.toFixed(1)} per 1,000 orders)`}, ${r.unclassified} resolved without a root cause`);
  for (const t of r.topReasons.slice(0, 5)) console.log(`  ${t.reason}: ${t.tickets} (${t.change >= 0 ? '+' : ''}${t.change} vs the previous 4 weeks' average)`);
  for (const d of r.departments) console.log(`  → ${d.department}: ${d.problems} problem(s), mail to ${d.mailTo.join(', ') || '(no owner in Settings)'}`);
  console.log(`actions: ${r.actions.open} open, ${r.actions.overdue} overdue, ${r.actions.done} done; mail sent ${r.mail.sent}, queued ${r.mail.queued}; Review tab row ${r.section.startRow}${r.section.replaced ? ' (replaced)' : ''}`);
}
