/**
 * Staffing entry points, re-exported by src/server/main.ts: the menu item, the CLI/sidebar API, and the two
 * trigger handlers (weekly; the eve of each Promo Day).
 */
import { asApi } from '../api';
import { isAutomationOwner } from '../team/automation';
import { ensureTriggers } from '../triggers';
import { refreshStaffing } from './refresh';
import { removePromoTriggers, staffingTriggers } from './triggers';

export function apiRefreshStaffing_() {
  return asApi('refreshStaffing', refreshStaffing);
}

export function menuRefreshStaffing(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.toast('Refreshing the staffing forecast… · 正在刷新排班预测…', 'AfterDesk', 30);
  const r = asApi('refreshStaffing', refreshStaffing);
  if (!r.ok) return ss.toast(`${r.error.en}\n${r.error.zh}`, 'AfterDesk', 10);
  const d = r.data;
  ss.toast(
    `Staffing ${d.from} → ${d.to}: peak ${Math.max(...d.days.map((x) => x.peakAgentsToSchedule))} agent(s) to schedule, ${d.shortHours} short hour(s). · 排班预测已刷新：${d.shortHours} 小时人手不足。`,
    'AfterDesk',
    10,
  );
}

function runAndRearm(name: string): void {
  const r = asApi(name, refreshStaffing);
  if (!r.ok) console.warn(`AfterDesk ${name}: ${r.error.en}`);
  ensureTriggers(staffingTriggers());
}

export function onWeeklyStaffing(): void {
  if (!isAutomationOwner()) return; // a trigger left in a former owner's account stands idle
  runAndRearm('weeklyStaffing');
}

export function onPromoEveStaffing(): void {
  if (!isAutomationOwner()) return;
  removePromoTriggers();
  runAndRearm('promoEveStaffing');
}
