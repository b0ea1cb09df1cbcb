/**
 * Alert-check entry points, re-exported by main.ts (`export * from './main-alerts'`): the menu item and the
 * sidebar/CLI API. The hourly trigger calls checkAlerts() too.
 */
import { checkAlerts } from './alerts';
import { asApi } from './api';

export function apiCheckAlerts_() {
  return asApi('checkAlerts', checkAlerts);
}

export function menuCheckAlerts(): void {
  const result = asApi('checkAlerts', checkAlerts);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!result.ok) return ss.toast(`${result.error.en}\n${result.error.zh}`, 'AfterDesk', 10);
  const { alerts, mail } = result.data;
  ss.toast(
    alerts.length
      ? `${alerts.length} new incident(s) · ${alerts.length} 个新事件 — digest: ${mail.sent} sent, ${mail.queued} queued · 邮件已发 ${mail.sent}，排队 ${mail.queued}`
      : `No new incidents · 没有新事件${mail.sent ? ` (${mail.sent} queued mail sent · 已补发 ${mail.sent} 封)` : ''}`,
    'AfterDesk',
    10,
  );
}
