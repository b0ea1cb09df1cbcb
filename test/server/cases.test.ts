/**
 * A ticket's full life through the real bundle: every step saved by the API and checked in the Tickets and Audit
 * Log tabs. Workbook zone Asia/Kuala_Lumpur (UTC+8); default hours Mon–Fri 09:00–18:00, Sat 10:00–14:00, Sun
 * closed; Monday 2026-11-23 is made a holiday. 2026-11-20 is a Friday.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDesk, ms, record, wallTime, type Desk } from './harness';

const t = (local: string) => wallTime(local);
/** The Audit Log shows times as local ISO with the offset. */
const iso = (local: string) => `${local.replace(' ', 'T')}:00+08:00`;

function ticketRow(desk: Desk, id: string): Record<string, unknown> {
  const rows = desk.rows('Tickets');
  const r = rows.findIndex((row) => row[0] === id);
  if (r < 1) throw new Error(`no row for ${id}`);
  return record(rows, r);
}

/** The Audit Log events of one ticket from row `from` on: [time, actor, field, from, to]. */
function eventsOf(desk: Desk, id: string): [number | null, string, string, string, string][] {
  const rows = desk.rows('Audit Log');
  expect(rows[0]!.slice(0, 6)).toEqual(['Time', 'Ticket ID', 'Actor', 'Field', 'From', 'To']);
  return rows.slice(1).filter((r) => r[1] === id).map((r) => [ms(r[0]), String(r[2]), String(r[3]), String(r[4]), String(r[5])]);
}

describe('a ticket from a Friday evening to its closing, across a weekend and a holiday', () => {
  let desk: Desk;
  let id = '';
  let seen = 0;
  /** Events written since the previous step. */
  const newEvents = () => {
    const all = eventsOf(desk, id);
    const fresh = all.slice(seen);
    seen = all.length;
    return fresh;
  };
  const owner = 'owner@shop.test';

  beforeAll(() => {
    desk = freshDesk({ now: '2026-11-19T02:00:00Z' });
    desk.setting('Holidays', '2026-11-23');
  });

  it('logs the case: due times walk over the weekend and the holiday', () => {
    desk.at('2026-11-20 17:00');
    const res = desk.ok('apiLogCase', { channel: 'Email', reason: 'damaged', language: 'en', customerId: 'buyer.one', customerName: 'Nur', description: 'Cup arrived broken' });
    id = res.ticket.ticketId;
    expect(id).toBe('T-000001');
    const row = ticketRow(desk, id);
    expect(ms(row['Created At'])).toBe(t('2026-11-20 17:00'));
    // First reply, normal = 4 business hours: Fri 17–18 (1 h) + Sat 10:00–13:00 (3 h) → Sat 13:00.
    expect(ms(row['First Reply Due'])).toBe(t('2026-11-21 13:00'));
    // Resolution, normal = 48 h: Fri 1 + Sat 4 + (Sun closed, Mon 23 holiday) + Tue–Fri 4 × 9 = 41 + Sat 28 4 = 45
    // + Mon 30 09:00–12:00 (3 h) → Mon 30 12:00.
    expect(ms(row['Resolution Due'])).toBe(t('2026-11-30 12:00'));
    expect(row['Status']).toBe('New');
    expect(row['SLA State']).toBe('On track');
    expect(row['Priority']).toBe('Normal');
    expect([row['Reopens'], row['Agent Replies'], row['Waiting Hours']]).toEqual([0, 0, 0]);
    expect(row['First Reply At']).toBe('');
    // Least open among active English speakers, all at 0 open tickets → the first in the Agents tab.
    expect(row['Assignee']).toBe(owner);
    expect(newEvents()).toEqual([
      [t('2026-11-20 17:00'), owner, 'status', '', 'new'],
      [t('2026-11-20 17:00'), owner, 'assignee', '', owner],
    ]);
  });

  it('a reply on Saturday sets First Reply At and opens the ticket', () => {
    desk.at('2026-11-21 11:00');
    desk.ok('apiUpdateTicket', id, { reply: 'Sorry! Could you send a photo of the parcel?' });
    const row = ticketRow(desk, id);
    expect(ms(row['First Reply At'])).toBe(t('2026-11-21 11:00'));
    expect(row['Agent Replies']).toBe(1);
    expect(row['Status']).toBe('Open');
    // First reply used Fri 1 h + Sat 1 h = 2 h of 4 (met); resolution 2 h of 48 used → on track.
    expect(row['SLA State']).toBe('On track');
    expect(newEvents()).toEqual([
      [t('2026-11-21 11:00'), owner, 'status', 'new', 'open'],
      [t('2026-11-21 11:00'), owner, 'firstReplyAt', '', iso('2026-11-21 11:00')],
      [t('2026-11-21 11:00'), owner, 'agentReplies', '0', '1'],
      [t('2026-11-21 11:00'), owner, 'reply', '', 'Sorry! Could you send a photo of the parcel?'],
    ]);
  });

  it('waits on the customer from Saturday 13:00', () => {
    desk.at('2026-11-21 13:00');
    desk.ok('apiUpdateTicket', id, { status: 'Waiting on Customer' });
    const row = ticketRow(desk, id);
    expect(row['Status']).toBe('Waiting on Customer');
    expect(ms(row['Waiting Since'])).toBe(t('2026-11-21 13:00'));
    expect(newEvents()).toEqual([
      [t('2026-11-21 13:00'), owner, 'status', 'open', 'waiting'],
      [t('2026-11-21 13:00'), owner, 'waitingSince', '', iso('2026-11-21 13:00')],
    ]);
  });

  it('the customer answers on Tuesday: waiting hours count business time only, resolution due moves out', () => {
    desk.at('2026-11-24 10:30');
    desk.ok('apiUpdateTicket', id, { customerReplied: true });
    const row = ticketRow(desk, id);
    expect(row['Status']).toBe('Open');
    // Sat 13:00–14:00 (1 h) + Sun closed + Mon holiday + Tue 09:00–10:30 (1.5 h) = 2.5 h.
    expect(row['Waiting Hours']).toBe(2.5);
    expect(row['Waiting Since']).toBe('');
    // 48 + 2.5 = 50.5 h from creation: Mon 30 needs 3 + 2.5 = 5.5 h → 14:30.
    expect(ms(row['Resolution Due'])).toBe(t('2026-11-30 14:30'));
    expect(ms(row['First Reply Due'])).toBe(t('2026-11-21 13:00'));
    expect(newEvents()).toEqual([
      [t('2026-11-24 10:30'), owner, 'status', 'waiting', 'open'],
      [t('2026-11-24 10:30'), owner, 'waitingHours', '0', '2.5'],
      [t('2026-11-24 10:30'), owner, 'resolutionDueAt', iso('2026-11-30 12:00'), iso('2026-11-30 14:30')],
      [t('2026-11-24 10:30'), owner, 'waitingSince', iso('2026-11-21 13:00'), ''],
    ]);
  });

  it('resolves on Wednesday, met', () => {
    desk.at('2026-11-25 15:00');
    desk.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'Refund', rootCause: '产品质量' });
    const row = ticketRow(desk, id);
    expect(ms(row['Resolved At'])).toBe(t('2026-11-25 15:00'));
    expect([row['Status'], row['Resolution'], row['Root Cause']]).toEqual(['Resolved', 'Refund', 'Product quality']);
    // Resolution used: Fri 1 + Sat 4 + Tue 9 + Wed 6 = 20 h − 2.5 h waiting = 17.5 ≤ 48 → met.
    expect(row['SLA State']).toBe('Met');
    expect(newEvents()).toEqual([
      [t('2026-11-25 15:00'), owner, 'status', 'open', 'resolved'],
      [t('2026-11-25 15:00'), owner, 'resolvedAt', '', iso('2026-11-25 15:00')],
      [t('2026-11-25 15:00'), owner, 'resolution', '', 'refund'],
      [t('2026-11-25 15:00'), owner, 'rootCause', '', 'product_quality'],
      [t('2026-11-25 15:00'), owner, 'slaState', 'on_track', 'met'],
    ]);
  });

  it('reopens on Thursday: Resolved At cleared, Reopens 1, the clock runs again', () => {
    desk.at('2026-11-26 10:00');
    desk.as('lead@shop.test');
    desk.ok('apiUpdateTicket', id, { status: 'open' });
    const row = ticketRow(desk, id);
    expect(row['Resolved At']).toBe('');
    expect(row['Reopens']).toBe(1);
    // Used Fri 1 + Sat 4 + Tue 9 + Wed 9 + Thu 1 = 24 − 2.5 = 21.5 of 48: 26.5 h left > 25 % → on track.
    expect(row['SLA State']).toBe('On track');
    expect(row['Updated By']).toBe('lead@shop.test');
    expect(newEvents()).toEqual([
      [t('2026-11-26 10:00'), 'lead@shop.test', 'status', 'resolved', 'open'],
      [t('2026-11-26 10:00'), 'lead@shop.test', 'resolvedAt', iso('2026-11-25 15:00'), ''],
      [t('2026-11-26 10:00'), 'lead@shop.test', 'reopens', '0', '1'],
      [t('2026-11-26 10:00'), 'lead@shop.test', 'slaState', 'met', 'on_track'],
    ]);
  });

  it('resolves again and closes on Friday', () => {
    desk.as(owner);
    desk.at('2026-11-26 16:00');
    desk.ok('apiUpdateTicket', id, { status: 'resolved' });
    expect(newEvents()).toEqual([
      [t('2026-11-26 16:00'), owner, 'status', 'open', 'resolved'],
      [t('2026-11-26 16:00'), owner, 'resolvedAt', '', iso('2026-11-26 16:00')],
      [t('2026-11-26 16:00'), owner, 'slaState', 'on_track', 'met'],
    ]);
    desk.at('2026-11-27 09:30');
    desk.ok('apiUpdateTicket', id, { status: '已关闭' });
    expect(newEvents()).toEqual([
      [t('2026-11-27 09:30'), owner, 'status', 'resolved', 'closed'],
      [t('2026-11-27 09:30'), owner, 'closedAt', '', iso('2026-11-27 09:30')],
    ]);
    const row = ticketRow(desk, id);
    expect(ms(row['Created At'])).toBe(t('2026-11-20 17:00'));
    expect(ms(row['First Reply At'])).toBe(t('2026-11-21 11:00'));
    expect(ms(row['Resolved At'])).toBe(t('2026-11-26 16:00'));
    expect(ms(row['Closed At'])).toBe(t('2026-11-27 09:30'));
    expect([row['Status'], row['Reopens'], row['Agent Replies'], row['Waiting Hours'], row['SLA State']]).toEqual(['Closed', 1, 1, 2.5, 'Met']);
    expect(ms(row['First Reply Due'])).toBe(t('2026-11-21 13:00'));
    expect(ms(row['Resolution Due'])).toBe(t('2026-11-30 14:30'));
    expect(ms(row['Updated At'])).toBe(t('2026-11-27 09:30'));
    // The DTO agrees with the sheet.
    const view = desk.ok('apiGetTicket', id);
    expect(view.ticket.closedAt).toBe('2026-11-27T01:30:00.000Z');
    expect(view.ticket.waitingHours).toBe(2.5);
    expect(view.events.length).toBe(eventsOf(desk, id).length);
  });
});

describe('targets that end at closing time, and a late first reply', () => {
  it('an urgent ticket at Friday 17:00 is due for a first reply at Friday 18:00, not Saturday 10:00', () => {
    const desk = freshDesk({ now: '2026-11-19T02:00:00Z' });
    desk.setting('Holidays', '2026-11-23');
    desk.at('2026-11-20 17:00');
    const id = desk.ok('apiLogCase', { channel: 'Phone', reason: 'not_received', priority: 'Urgent', language: 'ms' }).ticket.ticketId;
    let row = ticketRow(desk, id);
    // 1 h used up exactly at Friday's closing.
    expect(ms(row['First Reply Due'])).toBe(t('2026-11-20 18:00'));
    // Resolution, urgent = 8 h: Fri 1 + Sat 4 = 5 + (Sun, holiday Mon) + Tue 09:00–12:00 → Tue 24 12:00.
    expect(ms(row['Resolution Due'])).toBe(t('2026-11-24 12:00'));
    expect(row['SLA State']).toBe('On track');
    // First reply on Saturday 10:30: Fri 1 h + Sat 0.5 h = 1.5 h > 1 h → breached.
    desk.at('2026-11-21 10:30');
    desk.ok('apiUpdateTicket', id, { reply: 'Kami sedang semak.' });
    row = ticketRow(desk, id);
    expect(row['SLA State']).toBe('Breached');
    const events = eventsOf(desk, id).filter((e) => e[2] === 'slaState');
    expect(events).toEqual([[t('2026-11-21 10:30'), 'owner@shop.test', 'slaState', 'on_track', 'breached']]);
  });

  it('a ticket logged on Sunday starts at the next opening (Tuesday, after the Monday holiday)', () => {
    const desk = freshDesk({ now: '2026-11-19T02:00:00Z' });
    desk.setting('Holidays', '2026-11-23');
    desk.at('2026-11-22 20:15');
    const id = desk.ok('apiLogCase', { channel: 'WhatsApp', reason: 'size', priority: 'high' }).ticket.ticketId;
    const row = ticketRow(desk, id);
    // High: first reply 2 h, resolution 24 h. Clock starts Tue 09:00 → first reply Tue 11:00;
    // resolution Tue 9 + Wed 9 = 18, + Thu 6 h → Thu 26 15:00.
    expect(ms(row['First Reply Due'])).toBe(t('2026-11-24 11:00'));
    expect(ms(row['Resolution Due'])).toBe(t('2026-11-26 15:00'));
  });

  it('a holiday typed as a real date cell (not text) closes that local day, not the UTC day before', () => {
    const desk = freshDesk({ now: '2026-11-19T02:00:00Z' });
    const settings = desk.sheet('Settings');
    const r = settings.getDataRange().getValues().findIndex((row) => row[0] === 'Holidays') + 1;
    // The user formats the cell as a date and types 2026-11-23: Sheets stores local midnight (Sun 16:00Z).
    settings.getRange(r, 2).setNumberFormat('yyyy-mm-dd');
    settings.getRange(r, 2).setValue('2026-11-23');
    expect(ms(settings.getRange(r, 2).getValue())).toBe(t('2026-11-23 00:00'));
    desk.at('2026-11-22 20:15');
    const id = desk.ok('apiLogCase', { channel: 'WhatsApp', reason: 'size', priority: 'high' }).ticket.ticketId;
    // Monday is closed, so the 2 h first reply runs Tue 09:00–11:00.
    expect(ms(ticketRow(desk, id)['First Reply Due'])).toBe(t('2026-11-24 11:00'));
  });
});
