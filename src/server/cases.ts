/** Logging a case and updating a ticket: validate, then one locked pass — read, decide in core, write blocks. */
import { LANGUAGES, PRIORITIES, REASONS, RESOLUTIONS, ROOT_CAUSES, STATUSES, CHANNELS } from '../../sheets-templates/enums';
import { UserError } from '../core/errors';
import { chooseAssignee } from '../core/assignment';
import { checkCompensation, parseCompensationAmount } from '../core/compensation';
import { customerProfile, raisePriorityFor } from '../core/customers';
import { applyUpdate, newTicket, nextTicketId, type TicketUpdate } from '../core/lifecycle';
import type { Order, Ticket } from '../core/records';
import type { CaseInput, LogCaseResultDto, TicketUpdateInput, UpdateResultDto } from '../shared/dto';
import { appendRecords, requireTabs, writeRecords } from '../workbook/table';
import { APPROVALS, MAIL_QUEUE, ORDERS } from '../workbook/tabs';
import { openLean } from '../workbook/lookup';
import { requestApproval } from './approvals';
import { appendEvents, findTicket, loadDesk, openEventLog, type Desk } from './desk';
import { openContext } from './context';
import { StaleIndex, customerRecords, findFlatTicket, openFlatDesk, openFlatEvents, orderLines, preloadKeys, type FlatDesk } from './flat/desk';
import { addTicketRow, buildIndex, moveOpen, openLoadOf, saveIndex } from '../workbook/lookup-index';
import { ticketDto } from './dto-map';
import { CaseInputSchema, UpdateInputSchema, cleanText, parseShape, readEmail, readEnum, readInstant } from './inputs';
import { withDocumentLock } from './lock';
import { deliver } from './mail';
import { surveyOnResolve } from './surveys';
import { textArg } from './args';
import { absorbTicketTail } from './flat/tail';
import { beginJournal, changedFields, endJournal, recoverJournal } from './journal';
import { SUBMISSIONS_KEY, readSubmissionId, rememberSubmission, submittedTicket } from './submissions';

const SEQ_KEY = 'AFTERDESK_LAST_TICKET_SEQ';

interface ValidCase {
  channel: NonNullable<Ticket['channel']>;
  reason: NonNullable<Ticket['reason']>;
  priority: Ticket['priority'];
  language: Ticket['language'];
  email: string;
  orderId: string;
  customerId: string;
  customerName: string;
  sku: string;
  description: string;
  evidenceLinks: string;
  submissionId: string;
}

export function validateCase(raw: unknown): ValidCase {
  const input = parseShape(CaseInputSchema, raw);
  return {
    channel: readEnum(CHANNELS, input.channel, 'channel', true)!,
    reason: readEnum(REASONS, input.reason, 'reason', true)!,
    priority: readEnum(PRIORITIES, input.priority, 'priority', false),
    language: readEnum(LANGUAGES, input.language, 'language', false),
    email: readEmail(input.email),
    orderId: cleanText(input.orderId),
    customerId: cleanText(input.customerId),
    customerName: cleanText(input.customerName),
    sku: cleanText(input.sku),
    description: cleanText(input.description),
    evidenceLinks: cleanText(input.evidenceLinks),
    submissionId: readSubmissionId(input.submissionId),
  };
}

export function logCase(raw: CaseInput): LogCaseResultDto {
  const input = validateCase(raw);
  return withDocumentLock(() => {
    const ctx = openContext();
    recoverJournal(ctx);
    const flat = tryFlat(() => {
      const desk = openFlatDesk(ctx);
      return desk ? gatherFlat(desk, input) : null;
    });
    if (flat) return saveCase(flat.desk, input, flat.found);
    const desk = loadDesk({}, ctx);
    const orders = (desk.orders?.rows ?? []).map((r) => r.record);
    const tickets = desk.tickets.rows.map((r) => r.record);
    return saveCase(desk, input, {
      lines: input.orderId ? orders.filter((o) => o.orderId.trim() === input.orderId) : [],
      customerOrders: orders,
      customerTickets: tickets,
      lastIds: tickets.map((t) => t.ticketId),
      openLoad: openLoadOf(tickets),
    });
  });
}

/** What logging a case needs to know from the tabs, however it was read. */
interface CaseFacts {
  lines: Order[];
  /** The customer's order lines and tickets (a superset is fine: customerProfile filters by customer). */
  customerOrders: Order[];
  customerTickets: Ticket[];
  /** IDs to allocate past (besides the stored high-water mark): all IDs, or the last row's. */
  lastIds: string[];
  openLoad: Record<string, number>;
}

/** A flat read that finds the index out of date gives way to the exact read (nothing is written before). */
function tryFlat<T>(fn: () => T | null): T | null {
  try {
    return fn();
  } catch (e) {
    if (e instanceof StaleIndex) return null;
    throw e;
  }
}

function gatherFlat(desk: FlatDesk, input: ValidCase): { desk: FlatDesk; found: CaseFacts } {
  preloadKeys(desk, input.orderId, input.customerId);
  const lines = input.orderId ? orderLines(desk, input.orderId) : [];
  const customerId = input.customerId || lines[0]?.customerId || '';
  const mine = customerId ? customerRecords(desk, customerId) : { orders: [], tickets: [] };
  const t = desk.tickets;
  const lastId = t.lastRow >= 2 ? String(t.sheet.getRange(t.lastRow, t.map.index['ticketId']! + 1).getValue() ?? '') : '';
  return { desk, found: { lines, customerOrders: mine.orders, customerTickets: mine.tickets.map((r) => r.record), lastIds: [lastId], openLoad: desk.index.state.open } };
}

function saveCase(desk: Desk | FlatDesk, input: ValidCase, found: CaseFacts): LogCaseResultDto {
  const { ctx, policies } = desk;
  const flat = 'index' in desk ? desk : null;
  const props = PropertiesService.getDocumentProperties();
  const stored = props.getProperties();
  // The same form saved again (its first attempt may have landed before an error): the ticket it made.
  const earlier = submittedTicket(stored, input.submissionId);
  const landed = earlier ? (flat ? findFlatTicket(flat, earlier) : findTicket(desk as Desk, earlier)) : null;
  if (landed) return { ticket: ticketDto(landed.ticket, landed.row), warnings: [] };
  const log = flat ? openFlatEvents(flat) : openEventLog(ctx);
  const warnings: LogCaseResultDto['warnings'] = [];
  const lines = found.lines;
  if (input.orderId && lines.length === 0) {
    warnings.push({ key: 'order_unknown', en: `Order ${input.orderId} is not in the Orders tab — saved, but check the number.`, zh: `订单 ${input.orderId} 不在订单表中——已保存，请核对订单号。` });
  }
  const first = lines[0];
  const line = lines.find((l) => input.sku && l.sku === input.sku) ?? first;
  const filled = {
    ...input,
    customerId: input.customerId || first?.customerId || '',
    customerName: input.customerName || first?.customerName || '',
    email: input.email || first?.email || '',
    sku: input.sku || line?.sku || '',
  };
  const profile = filled.customerId
    ? customerProfile(filled.customerId, found.customerOrders, found.customerTickets, policies.tags, ctx.now)
    : null;
  const priority = raisePriorityFor(profile?.tag ?? 'new', input.priority ?? 'normal');
  const { id, seq } = nextTicketId(found.lastIds, Number(stored[SEQ_KEY] ?? 0) || 0);
  const openLoad = new Map(Object.entries(found.openLoad));
  const lastAssigned = stored['AFTERDESK_LAST_ASSIGNEE'] ?? null;
  const assignee = policies.assignment === 'none'
    ? ''
    : chooseAssignee(desk.agents, { language: filled.language }, openLoad, policies.assignment, lastAssigned) ?? '';
  const { ticket, events } = newTicket(
    { ...filled, ticketId: id, priority, assignee },
    { now: ctx.now, actor: ctx.actor, calendar: policies.calendar, policy: policies.sla, marketplace: policies.marketplace },
  );
  const saved = { ...ticket, updatedAt: ctx.now, updatedBy: ctx.actor };
  const row = Math.max(desk.tickets.lastRow, 1) + 1;
  // The index learns the new row before any write (its bucket is read now, not after a pending write).
  if (flat) {
    absorbTicketTail(flat);
    addTicketRow(flat.index, saved.customerId, row);
    moveOpen(flat.index, null, saved);
  }
  // The ID is reserved before the row is written: a save cut short after its row landed never hands the same
  // ID out again, and a retry of the same form finds the ticket (submissions.ts).
  props.setProperties({
    [SEQ_KEY]: String(seq),
    ...(assignee ? { AFTERDESK_LAST_ASSIGNEE: assignee } : {}),
    ...(input.submissionId ? { [SUBMISSIONS_KEY]: rememberSubmission(stored, input.submissionId, id) } : {}),
  });
  // What follows is written in several calls: the journal lets the next save finish it if this one is cut short.
  beginJournal(ctx, { at: ctx.now, tickets: [{ ticketId: id, patch: saved }], events, mails: [] }, flat?.index ?? null);
  appendRecords(desk.tickets, [saved], ctx.makeDate);
  appendEvents(ctx, events, log);
  if (flat) {
    flat.index.state.events = log.lastRow;
    endJournal(flat.index);
    saveIndex(flat.index);
  } else {
    rebuildFrom(desk, [...desk.tickets.rows, { row, record: saved }], log.lastRow);
  }
  return { ticket: ticketDto(saved, row), warnings };
}

/** After an exact read the index is rebuilt from what was read (one write of its buckets). */
function rebuildFrom(desk: Desk, tickets: { row: number; record: Ticket }[], eventsLastRow: number): void {
  if (!desk.orders) return void endJournal(null, desk.ctx);
  buildIndex(desk.ctx.ss, tickets, desk.orders.rows, { tickets: desk.tickets.lastRow, orders: desk.orders.lastRow, events: eventsLastRow });
}

function validateUpdate(raw: unknown): { update: TicketUpdate; expected: number | undefined; compensation: number | undefined } {
  const input = parseShape(UpdateInputSchema, raw);
  const update: TicketUpdate = {};
  const status = readEnum(STATUSES, input.status, 'status', false);
  if (status) update.status = status;
  const resolution = readEnum(RESOLUTIONS, input.resolution, 'resolution', false);
  if (resolution) update.resolution = resolution;
  const rootCause = readEnum(ROOT_CAUSES, input.rootCause, 'rootCause', false);
  if (rootCause) update.rootCause = rootCause;
  const priority = readEnum(PRIORITIES, input.priority, 'priority', false);
  if (priority) update.priority = priority;
  const reply = cleanText(input.reply);
  if (reply) update.reply = reply;
  if (input.customerReplied) update.customerReplied = true;
  const note = cleanText(input.note);
  if (note) update.note = note;
  if (input.sopDone !== undefined) update.sopDone = cleanText(input.sopDone);
  const compensation = input.compensation === undefined || input.compensation === '' ? undefined : parseCompensationAmount(input.compensation);
  return { update, expected: readInstant(input.expectedUpdatedAt, 'expectedUpdatedAt'), compensation };
}

export function updateTicket(ticketId: string, raw: TicketUpdateInput): UpdateResultDto {
  const id = textArg(ticketId, 'ticketId');
  const { update, expected, compensation } = validateUpdate(raw);
  return withDocumentLock(() => {
    const ctx = openContext();
    // Approvals and the mail queue may be written after the ticket: make sure they exist before anything is.
    requireTabs(ctx.ss, [APPROVALS, MAIL_QUEUE]);
    recoverJournal(ctx);
    const flat = tryFlat(() => {
      const desk = openFlatDesk(ctx, { orders: false });
      if (!desk) return null;
      const hit = findFlatTicket(desk, id);
      if (!hit) return { desk, hit, facts: null }; // findTicketRow ends with a search of the whole ID column
      const customer = (): CustomerFacts => {
        if (!desk.orders) desk.orders = openLean<Order>(ctx.ss, ORDERS, ctx.timeZone, 'orderId', desk.index.state.orders, ['sku']);
        const mine = customerRecords(desk, hit!.ticket.customerId);
        return { orders: mine.orders, tickets: mine.tickets.map((r) => r.record) };
      };
      // Everything read before the first write: the customer's records when the compensation changes.
      const facts = compensation !== undefined && compensation !== (hit.ticket.compensation ?? 0) && hit.ticket.customerId ? customer() : null;
      return { desk, hit, facts };
    });
    if (flat) return saveUpdate(flat.desk, id, flat.hit, flat.facts, update, expected, compensation);
    const desk = loadDesk({}, ctx);
    const facts = { orders: (desk.orders?.rows ?? []).map((r) => r.record), tickets: desk.tickets.rows.map((r) => r.record) };
    return saveUpdate(desk, id, findTicket(desk, id), facts, update, expected, compensation);
  });
}

interface CustomerFacts {
  orders: Order[];
  tickets: Ticket[];
}

function saveUpdate(
  desk: Desk | FlatDesk,
  ticketId: string,
  hit: { row: number; ticket: Ticket } | null,
  customer: CustomerFacts | null,
  update: TicketUpdate,
  expected: number | undefined,
  compensation: number | undefined,
): UpdateResultDto {
  const { ctx, policies } = desk;
  const flat = 'index' in desk ? desk : null;
  const log = flat ? openFlatEvents(flat) : openEventLog(ctx);
  if (!hit) {
    throw new UserError('ticket_unknown', { en: `No ticket ${ticketId.slice(0, 30)} in the Tickets tab.`, zh: `工单表中没有工单 ${ticketId.slice(0, 30)}。` }, 'ticketId');
  }
  if (expected !== undefined && hit.ticket.updatedAt !== null && expected !== hit.ticket.updatedAt) {
    const who = hit.ticket.updatedBy || 'someone';
    throw new UserError('stale', {
      en: `${hit.ticket.ticketId} was changed by ${who} a moment ago — reload it before saving.`,
      zh: `${hit.ticket.ticketId} 刚刚被 ${who} 修改——请重新加载后再保存。`,
    });
  }
  const full: TicketUpdate = { ...update };
  let overLimit: number | null = null;
  if (compensation !== undefined && compensation !== (hit.ticket.compensation ?? 0)) {
    const profile = hit.ticket.customerId && customer
      ? customerProfile(hit.ticket.customerId, customer.orders, customer.tickets, policies.tags, ctx.now)
      : null;
    const verdict = checkCompensation(compensation, desk.me, profile?.tag ?? null, policies.compensation);
    if (verdict.ok) full.compensation = compensation;
    else overLimit = verdict.limit;
  }
  // The update is checked (it may be a forbidden move) before an approval is requested: a refused save must
  // leave no Approvals row and send no mail.
  const { ticket, events } = applyUpdate(hit.ticket, full, { now: ctx.now, actor: ctx.actor, calendar: policies.calendar, policy: policies.sla, marketplace: policies.marketplace });
  const approval = compensation !== undefined && overLimit !== null
    ? requestApproval(desk, hit.ticket, compensation, overLimit, update.resolution ?? hit.ticket.resolution)
    : null;
  const justResolved = (ticket.status === 'resolved' || ticket.status === 'closed') && hit.ticket.status !== 'resolved' && hit.ticket.status !== 'closed';
  const survey = justResolved ? surveyOnResolve(ctx, ticket) : { patch: {}, mails: [] };
  const saved = { ...ticket, ...survey.patch, updatedAt: ctx.now, updatedBy: ctx.actor };
  // writeRecords brings the row it read up to date (hit.ticket among them): keep what it was for the open count.
  const before = { status: hit.ticket.status, assignee: hit.ticket.assignee };
  const logged = approval ? [...events, { at: ctx.now, ticketId: ticket.ticketId, actor: ctx.actor, field: 'approval', from: '', to: `${approval.approvalId} ${compensation} pending` }] : events;
  // Rows appended without the index are counted as they stand before this write (this ticket may be one).
  if (flat) absorbTicketTail(flat);
  beginJournal(ctx, { at: ctx.now, tickets: [{ ticketId: ticket.ticketId, ...changedFields(hit.ticket, saved) }], events: logged, mails: survey.mails }, flat?.index ?? null);
  writeRecords(desk.tickets, [{ row: hit.row, record: saved }], ctx.makeDate);
  if (survey.mails.length) deliver(ctx, survey.mails);
  appendEvents(ctx, logged, log);
  if (flat) {
    moveOpen(flat.index, before, saved);
    flat.index.state.events = log.lastRow;
    endJournal(flat.index);
    saveIndex(flat.index);
  } else {
    rebuildFrom(desk, desk.tickets.rows.map((r) => (r.row === hit.row ? { row: r.row, record: saved } : r)), log.lastRow);
  }
  const warnings: UpdateResultDto['warnings'] = [];
  if (approval) {
    warnings.push({ key: 'approval_pending', en: `Compensation ${compensation} is above your limit ${approval.limit}: sent to ${approval.approver || 'a lead'} for approval.`, zh: `补偿 ${compensation} 超出您的权限 ${approval.limit}：已提交 ${approval.approver || '组长'} 审批。` });
  }
  return { ticket: ticketDto(saved, hit.row), approval: approval ? approval.dto : null, warnings };
}
