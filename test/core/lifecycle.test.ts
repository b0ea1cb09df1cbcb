import { describe, expect, it } from 'vitest';
import { parseBusinessCalendar } from '../../src/core/calendar';
import { applyUpdate, canTransition, newTicket, nextTicketId, TRANSITIONS, type TicketUpdate } from '../../src/core/lifecycle';
import type { Ticket } from '../../src/core/records';
import { DEFAULT_SLA_POLICY } from '../../src/core/sla';

const sgt = (local: string) => Date.parse(`${local}+08:00`);
const h = '09:00-18:00';
const calendar = parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: { Mon: h, Tue: h, Wed: h, Thu: h, Fri: h, Sat: 'closed', Sun: 'closed' }, holidays: '' });
const policy = DEFAULT_SLA_POLICY;
const ctxAt = (local: string) => ({ now: sgt(local), actor: 'amy@shop.test', calendar, policy });

/** A normal ticket logged Mon 2026-11-16 09:00 SGT. */
function fresh(): Ticket {
  return newTicket({ ticketId: 'T-000042', channel: 'email', reason: 'damaged', priority: 'normal', customerId: 'buyer1' }, ctxAt('2026-11-16T09:00:00')).ticket;
}

function run(t: Ticket, local: string, update: TicketUpdate) {
  return applyUpdate(t, update, ctxAt(local));
}

/** Asserts `f` throws a UserError with this key (and, optionally, message parts). */
function expectUserError(f: () => unknown, key: string, text: Partial<Record<'en' | 'zh', string>> = {}): void {
  const matchText = Object.fromEntries(Object.entries(text).map(([k, v]) => [k, expect.stringContaining(v!)]));
  expect(f).toThrow(expect.objectContaining({ isUserError: true, key, text: expect.objectContaining(matchText) }));
}

describe('newTicket', () => {
  it('starts new with zero counters, due times and an SLA state', () => {
    const { ticket, events } = newTicket(
      { ticketId: 'T-000042', channel: 'email', reason: 'damaged', priority: 'high', assignee: ' bo@shop.test ', customerId: 'buyer1' },
      ctxAt('2026-11-20T17:00:00'),
    );
    expect(ticket).toMatchObject({
      ticketId: 'T-000042', status: 'new', priority: 'high', reopens: 0, agentReplies: 0, waitingHours: 0,
      createdAt: sgt('2026-11-20T17:00:00'), assignee: 'bo@shop.test', firstReplyAt: null, resolvedAt: null, slaState: 'on_track',
      marketplaceDueAt: null,
    });
    expect(ticket.firstReplyDueAt).toBe(sgt('2026-11-23T10:00:00')); // 2 business hours over the weekend
    expect(ticket.resolutionDueAt).toBe(sgt('2026-11-25T14:00:00')); // 24 h: Fri 1 + Mon 9 + Tue 9 + Wed 5
    expect(events.map((e) => [e.field, e.from, e.to])).toEqual([['status', '', 'new'], ['assignee', '', 'bo@shop.test']]);
  });

  it('gives a Shopee chat the marketplace 12-hour clock and keeps an imported deadline', () => {
    const chat = newTicket({ ticketId: 'T-1', channel: 'shopee_chat', reason: 'refund' }, ctxAt('2026-11-20T19:00:00')).ticket;
    expect(chat.priority).toBe('normal');
    expect(chat.marketplaceDueAt).toBe(sgt('2026-11-21T07:00:00'));
    const custom = newTicket({ ticketId: 'T-2', channel: 'shopee_chat', reason: 'refund' }, { ...ctxAt('2026-11-20T19:00:00'), marketplace: { chat: 6, returnRequest: 48 } }).ticket;
    expect(custom.marketplaceDueAt).toBe(sgt('2026-11-21T01:00:00'));
    const imported = newTicket(
      { ticketId: 'T-3', channel: 'shopee_chat', reason: 'return', createdAt: sgt('2026-11-18T08:00:00'), marketplaceDueAt: sgt('2026-11-20T08:00:00') },
      ctxAt('2026-11-20T19:00:00'),
    ).ticket;
    expect(imported.createdAt).toBe(sgt('2026-11-18T08:00:00'));
    expect(imported.marketplaceDueAt).toBe(sgt('2026-11-20T08:00:00'));
  });
});

describe('transitions', () => {
  it('one table; same status is allowed as a no-op; nothing goes back to new', () => {
    expect(TRANSITIONS.closed).toEqual(['open']);
    expect(canTransition('new', 'resolved')).toBe(true);
    expect(canTransition('waiting', 'waiting')).toBe(true);
    for (const from of ['open', 'waiting', 'resolved', 'closed'] as const) expect(canTransition(from, 'new')).toBe(false);
  });

  it('forbidden moves throw status_transition with both labels', () => {
    let t = run(fresh(), '2026-11-16T10:00:00', { status: 'resolved' }).ticket;
    t = run(t, '2026-11-16T11:00:00', { status: 'closed' }).ticket;
    expectUserError(() => run(t, '2026-11-16T12:00:00', { status: 'waiting' }), 'status_transition', {
      en: 'Cannot move a ticket from Closed to Waiting on Customer',
      zh: '工单不能从“已关闭”改为“等待客户”',
    });
    expectUserError(() => run(t, '2026-11-16T12:00:00', { status: 'resolved' }), 'status_transition');
    const resolved = run(fresh(), '2026-11-16T10:00:00', { status: 'resolved' }).ticket;
    expectUserError(() => run(resolved, '2026-11-16T12:00:00', { status: 'waiting' }), 'status_transition');
    const open = run(fresh(), '2026-11-16T10:00:00', { status: 'open' }).ticket;
    expectUserError(() => run(open, '2026-11-16T12:00:00', { status: 'new' }), 'status_transition');
  });

  it('same status changes nothing', () => {
    const t = fresh();
    const { ticket, events } = run(t, '2026-11-16T09:00:00', { status: 'new' });
    expect(ticket).toEqual(t);
    expect(events).toEqual([]);
  });
});

describe('replies', () => {
  it('a reply on a new ticket counts, sets First Reply At and opens it', () => {
    const { ticket, events } = run(fresh(), '2026-11-16T10:30:00', { reply: 'Sorry! Could you send a photo?' });
    expect(ticket.agentReplies).toBe(1);
    expect(ticket.firstReplyAt).toBe(sgt('2026-11-16T10:30:00'));
    expect(ticket.status).toBe('open');
    const byField = Object.fromEntries(events.map((e) => [e.field, [e.from, e.to]]));
    expect(byField.status).toEqual(['new', 'open']);
    expect(byField.agentReplies).toEqual(['0', '1']);
    expect(byField.firstReplyAt).toEqual(['', '2026-11-16T10:30:00+08:00']);
    expect(byField.reply).toEqual(['', 'Sorry! Could you send a photo?']);
    expect(events.every((e) => e.ticketId === 'T-000042' && e.actor === 'amy@shop.test' && e.at === sgt('2026-11-16T10:30:00'))).toBe(true);
    const second = run(ticket, '2026-11-17T10:00:00', { reply: 'Refund sent.' }).ticket;
    expect(second.agentReplies).toBe(2);
    expect(second.firstReplyAt).toBe(sgt('2026-11-16T10:30:00'));
  });

  it('an explicit status wins over the implied open', () => {
    const t = run(fresh(), '2026-11-16T10:30:00', { reply: 'Please send a photo', status: 'waiting' }).ticket;
    expect(t.status).toBe('waiting');
    expect(t.waitingSince).toBe(sgt('2026-11-16T10:30:00'));
  });
});

describe('waiting on the customer', () => {
  it('accumulates business hours across a weekend and pushes the resolution due time', () => {
    let t = run(fresh(), '2026-11-16T10:00:00', { reply: 'Photo please' }).ticket;
    t = run(t, '2026-11-20T16:00:00', { status: 'waiting' }).ticket;
    expect(t.waitingSince).toBe(sgt('2026-11-20T16:00:00'));
    expect(t.resolutionDueAt).toBe(sgt('2026-11-23T12:00:00')); // 48 h, nothing banked yet
    const back = run(t, '2026-11-23T10:00:00', { customerReplied: true });
    t = back.ticket;
    expect(t.status).toBe('open');
    expect(t.waitingHours).toBe(3); // Fri 16–18 + Mon 09–10
    expect(t.waitingSince).toBeNull();
    expect(t.resolutionDueAt).toBe(sgt('2026-11-23T15:00:00')); // 51 h
    expect(back.events.find((e) => e.field === 'waitingHours')).toMatchObject({ from: '0', to: '3' });
    t = run(t, '2026-11-23T17:00:00', { status: 'waiting' }).ticket;
    t = run(t, '2026-11-24T09:30:00', { status: 'resolved' }).ticket;
    expect(t.waitingHours).toBe(4.5);
    expect(t.resolvedAt).toBe(sgt('2026-11-24T09:30:00'));
    expect(t.slaState).toBe('breached'); // 54.5 business hours minus 4.5 waiting = 50 > 48
  });

  it('rounds the running total to 4 decimals', () => {
    let t = run(fresh(), '2026-11-16T10:00:00', { status: 'waiting' }).ticket;
    t = run(t, '2026-11-16T10:20:00', { status: 'open' }).ticket;
    expect(t.waitingHours).toBe(0.3333);
    t = run(t, '2026-11-16T11:00:00', { status: 'waiting' }).ticket;
    t = run(t, '2026-11-16T11:40:00', { status: 'open' }).ticket;
    expect(t.waitingHours).toBe(1); // 0.3333 + 0.6667
  });

  it('a customer reply does not change a ticket that is not waiting', () => {
    const t = run(fresh(), '2026-11-16T10:00:00', { status: 'resolved' }).ticket;
    expect(run(t, '2026-11-16T11:00:00', { customerReplied: true }).ticket.status).toBe('resolved');
  });
});

describe('resolve, close, reopen', () => {
  it('reopen clears Resolved At and Closed At and counts; re-resolving sets it again', () => {
    let t = run(fresh(), '2026-11-16T10:00:00', { reply: 'Done', status: 'resolved', resolution: 'refund' }).ticket;
    expect(t.resolvedAt).toBe(sgt('2026-11-16T10:00:00'));
    const reopened = run(t, '2026-11-17T09:00:00', { status: 'open' });
    t = reopened.ticket;
    expect(t.reopens).toBe(1);
    expect(t.resolvedAt).toBeNull();
    expect(reopened.events.find((e) => e.field === 'resolvedAt')).toMatchObject({ from: '2026-11-16T10:00:00+08:00', to: '' });
    t = run(t, '2026-11-17T10:00:00', { status: 'resolved' }).ticket;
    expect(t.resolvedAt).toBe(sgt('2026-11-17T10:00:00'));
    t = run(t, '2026-11-18T10:00:00', { status: 'closed' }).ticket;
    expect(t.resolvedAt).toBe(sgt('2026-11-17T10:00:00'));
    expect(t.closedAt).toBe(sgt('2026-11-18T10:00:00'));
    t = run(t, '2026-11-19T10:00:00', { status: 'open' }).ticket;
    expect([t.reopens, t.resolvedAt, t.closedAt]).toEqual([2, null, null]);
  });

  it('closing an unresolved ticket resolves it too', () => {
    const t = run(run(fresh(), '2026-11-16T10:00:00', { status: 'waiting' }).ticket, '2026-11-16T12:00:00', { status: 'closed' }).ticket;
    expect(t.resolvedAt).toBe(sgt('2026-11-16T12:00:00'));
    expect(t.closedAt).toBe(sgt('2026-11-16T12:00:00'));
    expect(t.waitingHours).toBe(2);
  });
});

describe('other fields', () => {
  it('sets fields, logs each change and a note, and never mutates its input', () => {
    const t = fresh();
    const copy = { ...t };
    const { ticket, events } = run(t, '2026-11-16T09:00:00', {
      resolution: 'partial_refund', compensation: 12.5, rootCause: 'packaging', priority: 'urgent', assignee: 'bo@shop.test', sopDone: 'reception', note: 'Checked with warehouse',
    });
    expect(t).toEqual(copy);
    expect(ticket).toMatchObject({ resolution: 'partial_refund', compensation: 12.5, rootCause: 'packaging', priority: 'urgent', assignee: 'bo@shop.test', sopDone: 'reception' });
    expect(ticket.firstReplyDueAt).toBe(sgt('2026-11-16T10:00:00'));
    const byField = Object.fromEntries(events.map((e) => [e.field, [e.from, e.to]]));
    expect(byField.priority).toEqual(['normal', 'urgent']);
    expect(byField.compensation).toEqual(['', '12.5']);
    expect(byField.firstReplyDueAt).toEqual(['2026-11-16T13:00:00+08:00', '2026-11-16T10:00:00+08:00']);
    expect(byField.note).toEqual(['', 'Checked with warehouse']);
  });

  it('rejects a bad compensation amount', () => {
    expectUserError(() => run(fresh(), '2026-11-16T09:00:00', { compensation: -1 }), 'compensation_invalid');
    expectUserError(() => run(fresh(), '2026-11-16T09:00:00', { compensation: 1.234 }), 'compensation_invalid');
  });
});

describe('nextTicketId', () => {
  it('never reuses a deleted highest ID: the stored high-water mark wins', () => {
    expect(nextTicketId(['T-000001', 'T-000002'], 3)).toEqual({ id: 'T-000004', seq: 4 });
  });
  it('takes the sheet when it is ahead (hand-added rows) and ignores foreign IDs', () => {
    expect(nextTicketId(['T-000001', 't-000010 ', 'ABC-99', '', 'T-0000x'], 3)).toEqual({ id: 'T-000011', seq: 11 });
    expect(nextTicketId([], 0)).toEqual({ id: 'T-000001', seq: 1 });
    expect(nextTicketId(['T-999999'], 0).id).toBe('T-1000000');
  });
});
