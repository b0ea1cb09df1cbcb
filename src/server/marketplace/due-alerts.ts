/**
 * The hourly alert check's "Due soon on Shopee" part: marketplace clocks about to run out, each ticket listed once
 * (remembered as a `marketplace_due` row on the Alerts tab), as a digest section.
 */
import type { RowOf } from '../../../sheets-templates/schema';
import type { DigestSection } from '../../core/alerts/digest';
import { localStamp } from '../../core/dashboard/format';
import { dueSoonItems, dueSoonSection, type DueSoonItem } from '../../core/marketplace/due-soon';
import type { Ticket } from '../../core/records';
import { marketplacePolicy } from '../../workbook/marketplace-settings';
import type { ALERTS } from '../../workbook/tabs';
import type { ActionContext } from '../context';
import { teamContactPolicy } from '../privacy/settings';

type AlertRow = RowOf<typeof ALERTS>;

export const DUE_KIND = 'marketplace_due';

export interface DueSoonPart {
  items: DueSoonItem[];
  section: DigestSection | null;
  /** The Alerts-tab row that remembers which tickets were listed (null when none). */
  row: Partial<AlertRow> | null;
}

export function dueSoonPart(ctx: ActionContext, tickets: Ticket[], alertRows: AlertRow[]): DueSoonPart {
  const listed = new Set<string>();
  for (const a of alertRows) if (a.kind === DUE_KIND) for (const id of a.tickets.split(',')) if (id.trim()) listed.add(id.trim());
  const items = dueSoonItems(tickets, marketplacePolicy(ctx.settings), ctx.now, listed);
  const section = dueSoonSection(items, { timeZone: ctx.timeZone, now: ctx.now, contacts: teamContactPolicy(ctx.settings) });
  if (!section) return { items, section, row: null };
  const stamp = localStamp(ctx.timeZone, ctx.now);
  return {
    items,
    section,
    row: {
      alertId: `${DUE_KIND}|channel=shopee_chat|${stamp}`,
      raisedAt: ctx.now,
      kind: DUE_KIND,
      severity: 'high',
      dimension: 'channel=shopee_chat',
      window: stamp.slice(0, 10),
      observed: items.length,
      expected: 0,
      message: `${section.count.en}: answer before the marketplace clock runs out.\n${section.count.zh}：请在平台时限前处理。`,
      status: 'new',
      tickets: items.map((i) => i.ticketId).join(', '),
    },
  };
}
