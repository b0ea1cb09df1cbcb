/**
 * The alert check (hourly trigger, menu, CLI): read Tickets and Orders once, run the detectors and group their
 * alerts into incidents (one per cause), drop incidents still in their cool-down, append the new ones to the Alerts
 * tab (one row each, with the alerts it absorbed), list the buyers to care for in Outreach for each batch defect,
 * add Shopee's clocks about to run out, and send ONE digest for the run (queued when quiet hours hold it).
 */
import type { RowOf } from '../../sheets-templates/schema';
import { findIncidents } from '../core/alerts/check';
import { keyOfId, raisedWithAbsorbed, withoutRepeats, type RaisedAlert } from '../core/alerts/cooldown';
import { renderDigest, type DigestSection } from '../core/alerts/digest';
import { incidentSection } from '../core/alerts/incident-cards';
import type { Incident } from '../core/alerts/incidents';
import { withoutOngoing } from '../core/alerts/ongoing';
import { outreachRows } from '../core/alerts/outreach';
import { quietUntil } from '../core/alerts/quiet';
import { alertDimension, type Alert } from '../core/alerts/types';
import type { Order, Ticket } from '../core/records';
import { deskPolicies } from '../workbook/policies';
import { AGENTS, ALERTS, ORDERS, OUTREACH, TICKETS } from '../workbook/tabs';
import { appendRecords, readTable, writeRecords } from '../workbook/table';
import { alertSettings } from './alert-settings';
import { openContext, type ActionContext } from './context';
import { withDocumentLock } from './lock';
import { deliver, type MailOutcome } from './mail';
import { dueSoonPart } from './marketplace/due-alerts';
import { paceOutreach } from './marketplace/outreach-pacing';
import { drainMailQueue } from './team/mail-drain';
import { teamContactPolicy } from './privacy/settings';

export interface AlertSummary {
  kind: Alert['kind'];
  reason?: string;
  sku?: string;
  channel?: string;
  window: Alert['window'];
  observed: number;
  expected: number;
  severity: Alert['severity'];
  message: { en: string; zh: string };
  /** 'delivery' for the late-or-missing-parcel figures (not received + logistics together). */
  topic?: string;
}

/** One incident as `afterdesk alerts --json` prints it: its cause in the alert shape, plus what it absorbed. */
export interface IncidentSummary extends AlertSummary {
  absorbed: AlertSummary[];
}

export interface AlertCheckResult {
  alerts: IncidentSummary[];
  mail: MailOutcome;
  /** Marketplace clocks due soon, listed in this run's digest ("Due soon on Shopee"). */
  dueSoon: { ticketId: string; kind: string; dueAt: string }[];
}

type AlertRow = RowOf<typeof ALERTS>;
type OutreachRecord = RowOf<typeof OUTREACH>;

function statusOf(text: string): RaisedAlert['status'] {
  const s = String(text ?? '').trim().toLowerCase();
  if (s.startsWith('ack') || s.includes('确认') || s.includes('確認') || s.includes('处理中')) return 'acknowledged';
  if (s.startsWith('resol') || s.includes('解决') || s.includes('解決') || s.includes('关闭')) return 'resolved';
  return 'new';
}

function ownerEmails(ctx: ActionContext): string[] {
  const agents = readTable<RowOf<typeof AGENTS>>(ctx.ss, AGENTS, ctx.timeZone);
  return agents.rows.filter((r) => r.record.role === 'owner' && r.record.active !== false && r.record.email).map((r) => r.record.email);
}

function summary(a: Alert): AlertSummary {
  return {
    kind: a.kind,
    ...(a.reason ? { reason: a.reason } : {}),
    ...(a.sku ? { sku: a.sku } : {}),
    ...(a.channel ? { channel: a.channel } : {}),
    window: a.window,
    observed: a.observed,
    expected: a.expected,
    severity: a.severity,
    message: a.message,
    ...(a.topic ? { topic: a.topic } : {}),
  };
}

function incidentSummary(i: Incident): IncidentSummary {
  return { ...summary(i), absorbed: i.absorbed.map(summary) };
}

const lines = (text: string) => String(text ?? '').split(/[\n,]/).map((x) => x.trim()).filter(Boolean);

/** `read`: tickets and orders already read by the caller (the hourly job's recent window), else both tabs whole. */
export function runAlertCheck(ctx: ActionContext, read?: { tickets: Ticket[]; orders: Order[] }): AlertCheckResult {
  const tickets = read?.tickets ?? readTable<Ticket>(ctx.ss, TICKETS, ctx.timeZone).rows.map((r) => r.record);
  const orders = read?.orders ?? readTable<Order>(ctx.ss, ORDERS, ctx.timeZone).rows.map((r) => r.record);
  const policies = deskPolicies(ctx.settings);
  const s = alertSettings(ctx.settings);
  const candidates = findIncidents({
    tickets,
    orders,
    now: ctx.now,
    timeZone: ctx.timeZone,
    calendar: policies.calendar,
    policy: policies.sla,
    promoDays: s.promoDays,
    config: s.config,
    contacts: teamContactPolicy(ctx.settings),
  });
  const table = readTable<AlertRow>(ctx.ss, ALERTS, ctx.timeZone);
  const existing: RaisedAlert[] = table.rows
    .filter((r) => r.record.alertId)
    .flatMap((r) => {
      const row: RaisedAlert = { id: r.record.alertId, kind: r.record.kind, key: keyOfId(r.record.alertId), status: statusOf(r.record.status), raisedAt: r.record.raisedAt ?? 0, ticketIds: lines(r.record.tickets), ...(typeof r.record.observed === 'number' ? { observed: r.record.observed } : {}) };
      return raisedWithAbsorbed(row, lines(r.record.absorbed ?? ''));
    });
  const fresh = withoutOngoing(existing, withoutRepeats(existing, candidates, ctx.now, s.config.cooldownHours), ctx.now, s.config.cooldownHours);
  const due = dueSoonPart(ctx, tickets, table.rows.map((r) => r.record));

  const mails = [];
  let to = '';
  if (fresh.length > 0 || due.section) {
    to = (s.recipients.length ? s.recipients : ownerEmails(ctx)).join(', ');
    if (to) {
      // The digest is a list of sections; a feature with something to say in it adds its own section here.
      const sections: DigestSection[] = [...(fresh.length ? [incidentSection(fresh)] : []), ...(due.section ? [due.section] : [])];
      const digest = renderDigest(sections, { shopName: policies.shopName, now: ctx.now, timeZone: ctx.timeZone, language: s.language, dashboardUrl: ctx.ss.getUrl?.() || undefined });
      const quiet = quietUntil(s.quiet, ctx.timeZone, ctx.now);
      // Quiet hours do not hold a Shopee request that would be approved automatically before they end.
      const held = quiet !== null && due.items.some((i) => i.dueAt <= quiet) ? null : quiet;
      mails.push({ to, subject: digest.subject, body: digest.text, htmlBody: digest.html, kind: 'alert_digest', ...(held !== null ? { notBefore: held } : {}) });
    }
  }
  // Always deliver: a digest queued by an earlier run (quota, quiet hours) goes out with this one.
  const mail = deliver(ctx, mails);

  if (fresh.length > 0) {
    const mailedNow = mails.length > 0 && mail.queued === 0;
    appendRecords(
      table,
      fresh.map((a) => ({
        alertId: a.id,
        raisedAt: ctx.now,
        kind: a.kind,
        severity: a.severity,
        dimension: alertDimension(a),
        window: a.window.from === a.window.to ? a.window.from : `${a.window.from} → ${a.window.to}`,
        observed: a.observed,
        expected: a.expected,
        significance: Number(a.significance.toPrecision(3)),
        message: `${a.message.en}\n${a.message.zh}\n→ ${a.nextStep.en}\n→ ${a.nextStep.zh}`,
        status: 'new',
        mailedAt: mailedNow ? ctx.now : null,
        tickets: a.ticketIds.join(', '),
        absorbed: a.absorbed.map((x) => x.id).join('\n'),
      })),
      ctx.makeDate,
    );
    const outreach: Partial<OutreachRecord>[] = [];
    for (const a of fresh) {
      for (const r of outreachRows(a, orders, tickets, { shopName: policies.shopName, timeZone: ctx.timeZone, now: ctx.now, defaultLanguage: 'en', lookbackDays: s.config.defects.lagMaxDays })) {
        outreach.push({ ...r, status: 'to contact', updatedAt: ctx.now });
      }
    }
    if (outreach.length) {
      const outreachTable = readTable<OutreachRecord>(ctx.ss, OUTREACH, ctx.timeZone);
      paceOutreach(ctx, outreach, outreachTable.rows.map((r) => r.record)); // Shopee's messaging hours and weekly cap
      appendRecords(outreachTable, outreach, ctx.makeDate);
    }
  }
  if (due.row) appendRecords(table, [{ ...due.row, mailedAt: mails.length > 0 && mail.queued === 0 ? ctx.now : null }], ctx.makeDate);
  return { alerts: fresh.map(incidentSummary), mail, dueSoon: due.items.map((i) => ({ ticketId: i.ticketId, kind: i.kind, dueAt: new Date(i.dueAt).toISOString() })) };
}

/** The check under the lock, then (outside it) the mail queue when this account sends for the shop. */
export function checkAlerts(): AlertCheckResult {
  let raisedAt = 0;
  const result = withDocumentLock(() => {
    const ctx = openContext();
    raisedAt = ctx.now;
    return runAlertCheck(ctx);
  });
  const drained = drainMailQueue();
  if (drained.sender) {
    result.mail = { sent: drained.sent, queued: drained.queued };
    // The digest left with the queue: the run's new alerts are marked mailed.
    if (result.alerts.length > 0 && drained.sent > 0 && drained.queued === 0) markMailed(raisedAt);
  }
  return result;
}

function markMailed(raisedAt: number): void {
  withDocumentLock(() => {
    const ctx = openContext();
    const table = readTable<AlertRow>(ctx.ss, ALERTS, ctx.timeZone);
    const changes = table.rows
      .filter((r) => r.record.raisedAt === raisedAt && r.record.mailedAt === null)
      .map((r) => ({ row: r.row, record: { mailedAt: ctx.now } as Partial<AlertRow> }));
    writeRecords(table, changes, ctx.makeDate);
  });
}
