/**
 * A trigger owner who was deactivated (Agents: Active = No) or removed from the Agents tab: the hourly job keeps the
 * desk's own figures running (SLA states, Dashboard, alerts rows, survey answers), but no mail goes out from that
 * account — customers' mail would otherwise keep leaving, and sit in the Sent folder of, someone who left the shop.
 * The Mail Queue holds it (nothing lost) and the Settings "Automation" row tells the owners to take over.
 */
import type { RowOf } from '../../../sheets-templates/schema';
import { AGENTS, SETTINGS_TAB, findSheet } from '../../workbook/tabs';
import { normaliseHeader } from '../../workbook/headers';
import { readSmallTable } from '../../workbook/lookup';
import { withDocumentLock } from '../lock';
import type { ActionContext } from '../context';
import type { AutomationRecord } from './automation';

/** Why the automation owner may not send for the shop, or null when they may (or the Agents tab names nobody yet). */
export function ownerNotActive(ctx: ActionContext, owner: string): 'removed' | 'inactive' | null {
  if (!findSheet(ctx.ss, AGENTS)) return null;
  const rows = readSmallTable<RowOf<typeof AGENTS>>(ctx.ss, AGENTS, 'UTC').rows.map((r) => r.record).filter((a) => a.email.trim());
  if (rows.length === 0) return null;
  const row = rows.find((a) => a.email.trim().toLowerCase() === owner.trim().toLowerCase());
  if (!row) return 'removed';
  return row.active === false ? 'inactive' : null;
}

/** The warning the Settings "Automation" row carries while mail is held. */
export function heldWarning(owner: string, why: 'removed' | 'inactive', queued: number): string {
  const en = why === 'removed' ? 'is no longer in the Agents tab' : 'is marked inactive in the Agents tab';
  const zh = why === 'removed' ? '已不在客服表中' : '在客服表中已标为不在岗';
  return `⚠ ${owner} ${en}: mail is held (${queued} queued) until an owner runs AfterDesk → Take over triggers. · `
    + `⚠ ${owner} ${zh}：邮件暂停发送（排队 ${queued} 封），请店主运行 AfterDesk → 接管定时任务。`;
}

/** Writes the warning into the Settings "Automation" value (once: an unchanged value is not written again). */
export function warnHeld(ctx: ActionContext, record: AutomationRecord, why: 'removed' | 'inactive', queued: number): void {
  console.warn(`AfterDesk mail: held — automation owner ${record.owner} ${why}`);
  const sheet = findSheet(ctx.ss, SETTINGS_TAB);
  if (!sheet) return;
  const last = Math.max(sheet.getLastRow(), 1);
  const cells = sheet.getRange(1, 1, last, 2).getValues();
  const row = cells.findIndex((r) => ['automation', '自动任务'].includes(normaliseHeader(r[0])));
  if (row < 1) return;
  const text = heldWarning(record.owner, why, queued);
  if (String(cells[row]![1]) === text) return;
  withDocumentLock(() => sheet.getRange(row + 1, 2).setNumberFormat('@').setValue(text));
}
