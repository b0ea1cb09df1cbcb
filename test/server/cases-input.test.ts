/**
 * Bad input through the real bundle: each mistake is a specific error naming its field, and nothing is written.
 * Customer text that looks like a formula, a number or a phone number is stored as the literal text it is.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshDesk, plain, record, type Desk } from './harness';

/** Row counts and full contents of the two tabs a save writes. */
function snapshot(desk: Desk) {
  return {
    tickets: desk.sheet('Tickets').getLastRow(),
    audit: desk.sheet('Audit Log').getLastRow(),
    approvals: desk.sheet('Approvals').getLastRow(),
    ticketCells: plain(desk.rows('Tickets')),
  };
}

const CASE = { channel: 'Shopee Chat', reason: 'damaged', language: 'en', customerId: 'buyer.one', customerName: 'Nur', description: 'Broken mug' };

describe('bad input is refused with the field named, and nothing is written', () => {
  let desk: Desk;
  let id = '';
  beforeEach(() => {
    desk = freshDesk();
    id = desk.ok('apiLogCase', CASE).ticket.ticketId;
  });

  it('an unknown reason', () => {
    const before = snapshot(desk);
    const e = desk.err('apiLogCase', { ...CASE, reason: 'broken-ish' });
    expect(e.key).toBe('unknown_reason');
    expect(e.field).toBe('reason');
    expect(e.en).toContain('"broken-ish"');
    expect(e.zh).toContain('破损');
    expect(snapshot(desk)).toEqual(before);
  });

  it('a missing channel and an invalid e-mail', () => {
    const before = snapshot(desk);
    expect(desk.err('apiLogCase', { ...CASE, channel: '' })).toMatchObject({ key: 'required', field: 'channel' });
    const e = desk.err('apiLogCase', { ...CASE, email: 'nur@@shop' });
    expect(e).toMatchObject({ key: 'invalid_email', field: 'email' });
    expect(e.en).toContain('nur@@shop');
    expect(snapshot(desk)).toEqual(before);
  });

  it('a negative, a non-numeric and a three-decimal compensation', () => {
    const before = snapshot(desk);
    for (const amount of [-5, '-5', 'abc', '12.345', '1e3']) {
      const e = desk.err('apiUpdateTicket', id, { compensation: amount, status: 'open' });
      expect(e.key).toBe('compensation_invalid');
      expect(e.field).toBe('compensation');
    }
    expect(snapshot(desk)).toEqual(before);
  });

  it('a forbidden status change: closed → waiting', () => {
    desk.env.clock.advance(60_000);
    desk.ok('apiUpdateTicket', id, { status: 'closed' });
    desk.env.clock.advance(60_000);
    const before = snapshot(desk);
    const e = desk.err('apiUpdateTicket', id, { status: 'waiting', reply: 'Any news?' });
    expect(e.key).toBe('status_transition');
    expect(e.field).toBe('status');
    expect(e.en).toBe('Cannot move a ticket from Closed to Waiting on Customer (from Closed it can go to: Open).');
    expect(snapshot(desk)).toEqual(before);
  });

  it('a forbidden status change with a compensation above the limit: no approval row, no mail', () => {
    desk.env.clock.advance(60_000);
    desk.ok('apiUpdateTicket', id, { status: 'closed' });
    desk.as('aisyah@shop.test');
    desk.env.clock.advance(60_000);
    const before = snapshot(desk);
    const mails = desk.env.outbox.length;
    const e = desk.err('apiUpdateTicket', id, { status: 'waiting', compensation: 80 });
    expect(e.key).toBe('status_transition');
    expect(snapshot(desk)).toEqual(before);
    expect(desk.env.outbox.length).toBe(mails);
    expect(desk.sheet('Mail Queue').getLastRow()).toBe(1);
  });

  it('a deleted Audit Log tab stops the save before anything is written (a retry must not duplicate it)', () => {
    desk.env.globals.SpreadsheetApp.getActiveSpreadsheet().deleteSheet(desk.sheet('Audit Log'));
    const before = plain(desk.rows('Tickets'));
    expect(desk.err('apiLogCase', CASE)).toMatchObject({ key: 'tab_missing', field: 'Audit Log' });
    desk.env.clock.advance(60_000);
    expect(desk.err('apiUpdateTicket', id, { status: 'open' })).toMatchObject({ key: 'tab_missing', field: 'Audit Log' });
    expect(plain(desk.rows('Tickets'))).toEqual(before);
  });

  it('a deleted Mail Queue or Approvals tab stops an update before the ticket is written', () => {
    for (const tab of ['Mail Queue', 'Approvals']) {
      const d = freshDesk();
      const t = d.ok('apiLogCase', CASE).ticket.ticketId;
      d.env.globals.SpreadsheetApp.getActiveSpreadsheet().deleteSheet(d.sheet(tab));
      const tickets = plain(d.rows('Tickets'));
      const log = plain(d.rows('Audit Log'));
      d.env.clock.advance(60_000);
      expect(d.err('apiUpdateTicket', t, { status: 'resolved', resolution: 'refund', compensation: 500 })).toMatchObject({ key: 'tab_missing', field: tab });
      expect(plain(d.rows('Tickets'))).toEqual(tickets);
      expect(plain(d.rows('Audit Log'))).toEqual(log);
      expect(d.env.outbox).toHaveLength(0);
    }
  });

  it('an unknown ticket ID and an unknown status', () => {
    const before = snapshot(desk);
    expect(desk.err('apiUpdateTicket', 'T-999999', { status: 'open' })).toMatchObject({ key: 'ticket_unknown', field: 'ticketId' });
    expect(desk.err('apiUpdateTicket', id, { status: 'done' })).toMatchObject({ key: 'unknown_status', field: 'status' });
    expect(snapshot(desk)).toEqual(before);
  });

  it('an unknown order ID is saved, with a warning', () => {
    const res = desk.ok('apiLogCase', { ...CASE, orderId: '2611209999ZZ' });
    expect(res.warnings.map((w: { key: string }) => w.key)).toEqual(['order_unknown']);
    expect(res.ticket.orderId).toBe('2611209999ZZ');
    expect(desk.sheet('Tickets').getLastRow()).toBe(3);
  });

  it('two agents saving the same ticket: the second, with a stale copy, is refused and told who changed it', () => {
    desk.env.clock.advance(5 * 60_000);
    desk.as('jun@shop.test');
    const loadedByJun = desk.ok('apiGetTicket', id).ticket.updatedAt as string;
    desk.as('aisyah@shop.test');
    const loadedByAisyah = desk.ok('apiGetTicket', id).ticket.updatedAt as string;
    expect(loadedByJun).toBe(loadedByAisyah);
    desk.env.clock.advance(60_000);
    desk.ok('apiUpdateTicket', id, { reply: 'Refund approved.', expectedUpdatedAt: loadedByAisyah });
    desk.env.clock.advance(60_000);
    desk.as('jun@shop.test');
    const before = snapshot(desk);
    const e = desk.err('apiUpdateTicket', id, { status: 'waiting', expectedUpdatedAt: loadedByJun });
    expect(e.key).toBe('stale');
    expect(e.en).toContain('aisyah@shop.test');
    expect(e.zh).toContain('aisyah@shop.test');
    expect(snapshot(desk)).toEqual(before);
    const row = record(desk.rows('Tickets'), 1);
    expect([row['Status'], row['Agent Replies'], row['Updated By']]).toEqual(['Open', 1, 'aisyah@shop.test']);
  });
});

describe('customer text is stored as literal text', () => {
  it('formula-, number- and handle-like strings come back exactly, with no formula', () => {
    const desk = freshDesk();
    const evil = {
      channel: 'WhatsApp',
      reason: 'other',
      description: '=IMPORTXML("http://x","//a")',
      customerId: '@handle',
      customerName: '-1',
      email: '',
      orderId: '+60 12-345 6789',
      sku: '000123',
      evidenceLinks: '+6012345',
    };
    const id = desk.ok('apiLogCase', evil).ticket.ticketId;
    const rows = desk.rows('Tickets');
    const r = rows.findIndex((row) => row[0] === id);
    const row = record(rows, r);
    expect(row['Description']).toBe('=IMPORTXML("http://x","//a")');
    expect(row['Customer ID']).toBe('@handle');
    expect(row['Customer Name']).toBe('-1');
    expect(row['Order ID']).toBe('+60 12-345 6789');
    expect(row['SKU']).toBe('000123');
    expect(row['Evidence Links']).toBe('+6012345');
    const formulas = desk.sheet('Tickets').getRange(r + 1, 1, 1, rows[0]!.length).getFormulas()[0]!;
    expect(formulas.every((f) => f === '')).toBe(true);
    // A reply with formula text lands in the Audit Log as text too.
    desk.env.clock.advance(60_000);
    desk.ok('apiUpdateTicket', id, { reply: '=HYPERLINK("http://evil","click")' });
    const log = desk.sheet('Audit Log');
    const last = log.getRange(log.getLastRow(), 1, 1, 6);
    expect(last.getValues()[0]!.slice(3)).toEqual(['reply', '', '=HYPERLINK("http://evil","click")']);
    expect(last.getFormulas()[0]!.every((f) => f === '')).toBe(true);
  });
});
