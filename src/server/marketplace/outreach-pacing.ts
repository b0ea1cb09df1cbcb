/**
 * Paces a new outreach list before it is written: each buyer's message gets a Scheduled For inside Outreach Hours,
 * and no buyer gets more than the weekly cap in any 7 days, counting messages already sent or scheduled.
 */
import type { RowOf } from '../../../sheets-templates/schema';
import { scheduleMessages } from '../../core/marketplace/pacing';
import { pacingPolicy } from '../../workbook/marketplace-settings';
import type { OUTREACH } from '../../workbook/tabs';
import type { ActionContext } from '../context';

type OutreachRecord = RowOf<typeof OUTREACH>;

const SENT = new Set(['contacted', 'replied', 'compensated']);

function buyerOf(r: Pick<OutreachRecord, 'customerId' | 'email' | 'customerName'>): string {
  return (r.customerId || r.email || r.customerName).trim().toLowerCase();
}

export function paceOutreach(ctx: ActionContext, fresh: Partial<OutreachRecord>[], existing: OutreachRecord[]): void {
  const sent = new Map<string, number[]>();
  for (const r of existing) {
    const key = buyerOf(r);
    if (!key) continue;
    const status = r.status.trim().toLowerCase().replace(/_/g, ' ');
    // A message sent counts when it was marked; one still to send counts when it is scheduled (or now).
    const at = SENT.has(status) ? r.updatedAt : status === 'to contact' || status === '' ? Math.max(r.scheduledFor ?? ctx.now, ctx.now) : null;
    if (at === null) continue;
    sent.set(key, [...(sent.get(key) ?? []), at]);
  }
  const times = scheduleMessages(fresh.map((r) => buyerOf({ customerId: r.customerId ?? '', email: r.email ?? '', customerName: r.customerName ?? '' })), sent, ctx.now, ctx.timeZone, pacingPolicy(ctx.settings));
  fresh.forEach((r, i) => {
    r.scheduledFor = times[i]!;
  });
}
