/**
 * Shopee return/refund import (sidebar Import panel and `afterdesk import-returns`): the export is read and every
 * line validated first; then, under the document lock, one ticket per Return ID is created or updated and written
 * in one block per tab. Lines that bring nothing new write nothing.
 */
import { chooseAssignee } from '../../core/assignment';
import { customerProfiles, customerKey, raisePriorityFor } from '../../core/customers';
import { UserError } from '../../core/errors';
import { nextTicketId, type TicketEvent } from '../../core/lifecycle';
import { marketplaceClock } from '../../core/marketplace/clock';
import { readReturnExport, statusInfo } from '../../core/marketplace/returns-export';
import { createReturnTicket, orderLineFor, returnTicketInput, updateReturnTicket } from '../../core/marketplace/returns-ticket';
import type { Ticket } from '../../core/records';
import type { ReturnsReportDto } from '../../shared/dto';
import { parseLocalDateTime } from '../../workbook/codec';
import { marketplacePolicy } from '../../workbook/marketplace-settings';
import { appendRecords, writeRecords } from '../../workbook/table';
import { TICKETS } from '../../workbook/tabs';
import { openContext } from '../context';
import { appendEvents, loadDesk, openEventLog } from '../desk';
import { iso } from '../dto-map';
import { withDocumentLock } from '../lock';
import { readCsvRows } from '../csv';
import { beginJournal, changedFields, endJournal, recoverJournal } from '../journal';

const SEQ_KEY = 'AFTERDESK_LAST_TICKET_SEQ';

function statusLabel(key: string | null): { en: string; zh: string } {
  const info = key ? statusInfo(key) : null;
  return info ? { en: info.en, zh: info.zh } : { en: key ?? '', zh: key ?? '' };
}

export function importReturns(csvText: string): ReturnsReportDto {
  const rows = readCsvRows(csvText);
  const first = openContext();
  const read = readReturnExport(rows, (t) => parseLocalDateTime(t.replace(/\//g, '-'), first.timeZone));
  return withDocumentLock(() => {
    recoverJournal(first);
    const desk = loadDesk({}, first);
    const { ctx, policies } = desk;
    // Without these columns a re-import could not find its tickets and would duplicate them.
    for (const field of ['returnId', 'marketplaceStatus'] as const) {
      if (desk.tickets.map.index[field] === undefined) {
        const col = TICKETS.columns.find((c) => c.field === field)!;
        throw new UserError('column_missing', {
          en: `The Tickets tab has no "${col.en}" column, which return requests need. Run AfterDesk → Set up / repair workbook.`,
          zh: `工单表缺少退货申请所需的“${col.zh}”列。请运行 AfterDesk → 初始化/修复工作簿。`,
        }, field);
      }
    }
    const policy = marketplacePolicy(ctx.settings);
    const log = openEventLog(ctx);
    const lc = { now: ctx.now, actor: ctx.actor, calendar: policies.calendar, policy: policies.sla, marketplace: policies.marketplace };
    const byReturn = new Map<string, { row: number; ticket: Ticket }>();
    for (const r of desk.tickets.rows) if (r.record.returnId.trim()) byReturn.set(r.record.returnId.trim(), { row: r.row, ticket: r.record });
    const orders = (desk.orders?.rows ?? []).map((r) => r.record);
    const allTickets = desk.tickets.rows.map((r) => r.record);
    const props = PropertiesService.getDocumentProperties();
    let seq = Number(props.getProperty(SEQ_KEY) ?? 0) || 0;
    let lastAssigned = props.getProperty('AFTERDESK_LAST_ASSIGNEE');
    const openLoad = new Map<string, number>();
    for (const t of allTickets) {
      if (t.status !== 'resolved' && t.status !== 'closed' && t.assignee) openLoad.set(t.assignee, (openLoad.get(t.assignee) ?? 0) + 1);
    }
    const needProfiles = read.lines.some((l) => !byReturn.has(l.returnId));
    const profiles = needProfiles ? customerProfiles(orders, allTickets, policies.tags, ctx.now) : new Map();
    const ids = allTickets.map((t) => t.ticketId);

    const report: ReturnsReportDto = {
      format: read.language === 'zh' ? 'Shopee returns (中文)' : 'Shopee returns (English)',
      created: 0, updated: 0, unchanged: 0,
      rejected: read.rejected,
      ignoredHeaders: read.ignoredHeaders,
      unlinkedOrders: [],
      tickets: [],
    };
    const creates: Ticket[] = [];
    const updates: { row: number; record: Ticket }[] = [];
    const events: TicketEvent[] = [];
    for (const line of read.lines) {
      const hit = byReturn.get(line.returnId);
      let saved: Ticket;
      let action: 'created' | 'updated' | 'unchanged';
      if (hit) {
        const next = updateReturnTicket(hit.ticket, line, lc, policy);
        if (next) {
          updates.push({ row: hit.row, record: next.ticket });
          events.push(...next.events);
          saved = next.ticket;
          action = 'updated';
        } else {
          saved = hit.ticket;
          action = 'unchanged';
        }
      } else {
        const order = orderLineFor(line, orders);
        if (!order && !report.unlinkedOrders.includes(line.orderId)) report.unlinkedOrders.push(line.orderId);
        const input = returnTicketInput(line, order, policy);
        const tag = input.customerId ? profiles.get(customerKey(input.customerId))?.tag ?? 'new' : 'new';
        const { id, seq: s } = nextTicketId(ids, seq);
        seq = s;
        ids.push(id);
        const assignee = policies.assignment === 'none' ? '' : chooseAssignee(desk.agents, { language: null }, openLoad, policies.assignment, lastAssigned) ?? '';
        if (assignee) {
          openLoad.set(assignee, (openLoad.get(assignee) ?? 0) + 1);
          lastAssigned = assignee;
        }
        const made = createReturnTicket({ ...input, ticketId: id, priority: raisePriorityFor(tag, 'normal'), assignee }, line, lc, policy);
        creates.push(made.ticket);
        events.push(...made.events);
        byReturn.set(line.returnId, { row: -1, ticket: made.ticket });
        saved = made.ticket;
        action = 'created';
      }
      report[action]++;
      const clock = marketplaceClock(saved, policy, ctx.now);
      report.tickets.push({
        line: line.line, returnId: line.returnId, ticketId: saved.ticketId, action,
        status: saved.status ?? 'new', marketplaceStatus: saved.marketplaceStatus ?? '', marketplaceStatusLabel: statusLabel(saved.marketplaceStatus),
        marketplaceDueAt: iso(clock?.dueAt ?? saved.marketplaceDueAt), marketplaceState: clock?.state ?? null,
      });
    }
    // Before the first write: the IDs are reserved (an import cut short never hands them out again) and the
    // Lookup Index, whose open counts this import does not keep, is left for the next save to rebuild.
    if (creates.length) props.setProperties({ [SEQ_KEY]: String(seq), ...(lastAssigned ? { AFTERDESK_LAST_ASSIGNEE: lastAssigned } : {}) });
    // Its writes are journaled: an import cut short is finished by the next save (journal.ts).
    if (updates.length || creates.length) {
      const before = new Map(desk.tickets.rows.map((r) => [r.row, r.record] as const));
      const tickets = [
        ...updates.map((u) => (before.has(u.row) ? { ticketId: u.record.ticketId, ...changedFields(before.get(u.row)!, u.record) } : { ticketId: u.record.ticketId, patch: u.record })),
        ...creates.map((t) => ({ ticketId: t.ticketId, patch: t })),
      ];
      beginJournal(ctx, { at: ctx.now, tickets, events, mails: [] }, null, { invalidate: true });
    }
    writeRecords(desk.tickets, updates, ctx.makeDate);
    appendRecords(desk.tickets, creates, ctx.makeDate);
    appendEvents(ctx, events, log);
    if (updates.length || creates.length) endJournal(null, ctx);
    return report;
  });
}
