/**
 * Regressions for what the soak (npm run soak) found, through the real bundle: a retried save makes one ticket,
 * a save cut short is finished by the next one (its Audit Log events, its cells, the index counts), ticket IDs
 * are reserved before the row, rows appended without the index are taken into it, and an import that changes
 * tickets leaves the index for a rebuild.
 */
import { describe, expect, it } from 'vitest';
import { FaultPlan, MESSAGES } from '../../src/local/emu/faults';
import { column, freshDesk, type Desk } from './harness';

const CASE = { channel: 'shopee_chat', reason: 'damaged', language: 'en', customerId: 'ana88', customerName: 'Ana', email: 'ana@example.com', description: 'Cup broke' };

function indexState(d: Desk): { v: number; tickets: number; open: Record<string, number>; pending?: { tickets: { ticketId: string }[] } } | null {
  try {
    return JSON.parse(String(d.sheet('Lookup Index').getRange(2, 1).getValue()));
  } catch {
    return null;
  }
}

function openByAssignee(d: Desk): Record<string, number> {
  const rows = d.rows('Tickets');
  const out: Record<string, number> = {};
  column(rows, 'Status').forEach((s, i) => {
    const who = String(column(rows, 'Assignee')[i]);
    if (['New', 'Open', 'Waiting on Customer'].includes(String(s)) && who) out[who] = (out[who] ?? 0) + 1;
  });
  return out;
}

function createdEvents(d: Desk, id: string): number {
  const rows = d.rows('Audit Log');
  return rows.slice(1).filter((r) => r[1] === id && r[3] === 'status' && r[4] === '').length;
}

function tryCall(d: Desk, fn: string, ...args: unknown[]): string {
  try {
    d.bundle.call(fn, ...args);
    return 'returned';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

describe('a retried save (same form, same submission ID)', () => {
  it('after a timeout that came once the row was written: the retry returns that ticket, no second one', () => {
    const d = freshDesk();
    d.ok('apiLogCase', CASE); // the index exists: the flat path
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'timeoutAfter', at: 'Range.setValues' });
    const form = { ...CASE, submissionId: 'form-0001-abcdef' };
    expect(tryCall(d, 'apiLogCase', form)).toBe(MESSAGES.timedOut(d.env.emu.book.id));
    const again = d.ok('apiLogCase', form);
    expect(again.ticket.ticketId).toBe('T-000002');
    expect(column(d.rows('Tickets'), 'Ticket ID')).toEqual(['T-000001', 'T-000002']);
    // A different form is a different case.
    expect(d.ok('apiLogCase', { ...form, submissionId: 'form-0002-abcdef' }).ticket.ticketId).toBe('T-000003');
  });

  it('after a kill before the row: the retry creates it once', () => {
    const d = freshDesk();
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'kill', at: 'Range.setValues' });
    const form = { ...CASE, submissionId: 'form-0003-abcdef' };
    expect(tryCall(d, 'apiLogCase', form)).toBe(MESSAGES.kill);
    expect(column(d.rows('Tickets'), 'Ticket ID')).toEqual([]);
    const id = d.ok('apiLogCase', form).ticket.ticketId;
    expect(d.ok('apiLogCase', form).ticket.ticketId).toBe(id);
    expect(column(d.rows('Tickets'), 'Ticket ID')).toEqual([id]);
  });

  it('a malformed submission ID is a clear bilingual error, nothing written', () => {
    const d = freshDesk();
    const e = d.err('apiLogCase', { ...CASE, submissionId: 'x y' });
    expect(e.key).toBe('submission_invalid');
    expect(e.field).toBe('submissionId');
    expect(e.zh).toContain('提交编号');
    expect(d.rows('Tickets').length).toBe(1);
  });
});

describe('a save cut short between its writes', () => {
  it('log case: killed after the ticket row, before the Audit Log; the next save writes the events and rebuilds the counts', () => {
    const d = freshDesk();
    d.ok('apiLogCase', CASE);
    const plan = new FaultPlan(d.env).arm();
    // The writes: journal (index cell), ticket row, Audit Log rows, index. Killed at the Audit Log's write.
    plan.force({ kind: 'kill', at: (n) => n === 'Range.setValues', skip: 1 });
    expect(tryCall(d, 'apiLogCase', { ...CASE, customerId: 'bo77' })).toBe(MESSAGES.kill);
    expect(column(d.rows('Tickets'), 'Ticket ID')).toEqual(['T-000001', 'T-000002']);
    expect(createdEvents(d, 'T-000002')).toBe(0);
    expect(indexState(d)?.pending?.tickets.map((t) => t.ticketId)).toEqual(['T-000002']);
    d.env.clock.advance(60_000);
    d.ok('apiLogCase', { ...CASE, customerId: 'cy55' });
    expect(createdEvents(d, 'T-000002')).toBe(1);
    expect(createdEvents(d, 'T-000003')).toBe(1);
    const state = indexState(d)!;
    expect(state.pending).toBeUndefined();
    expect(state.open).toEqual(openByAssignee(d));
  });

  it('update: killed after the first run of cells; the next save writes the rest and the reply event', () => {
    const d = freshDesk();
    const id = d.ok('apiLogCase', CASE).ticket.ticketId;
    d.env.clock.advance(60_000);
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'kill', at: 'Range.setValues', skip: 1 });
    expect(tryCall(d, 'apiUpdateTicket', id, { reply: 'We will send a new cup', status: 'resolved', resolution: 'resend' })).toBe(MESSAGES.kill);
    const cut = d.rows('Tickets');
    expect(column(cut, 'Status')).toEqual(['Resolved']);
    d.env.clock.advance(60_000);
    d.ok('apiLogCase', { ...CASE, customerId: 'cy55' });
    const rows = d.rows('Tickets');
    expect(column(rows, 'Resolution')[0]).toBe('Resend');
    expect(column(rows, 'Updated By')[0]).toBe('owner@shop.test');
    const audit = d.rows('Audit Log').slice(1).filter((r) => r[1] === id).map((r) => [r[3], r[5]]);
    expect(audit).toContainEqual(['reply', 'We will send a new cup']);
    expect(audit.filter(([f]) => f === 'reply').length).toBe(1);
    expect(indexState(d)!.open).toEqual(openByAssignee(d));
  });
});

describe('the ticket sequence and the index', () => {
  it('an ID is reserved before its row: a cut save, rows sorted by hand, the next ID is still new', () => {
    const d = freshDesk();
    d.ok('apiLogCase', CASE);
    d.ok('apiLogCase', { ...CASE, customerId: 'zz' });
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'kill', at: 'Range.setValues', skip: 1 }); // T-000003's row lands, then the save dies
    tryCall(d, 'apiLogCase', { ...CASE, customerId: 'mm' });
    // A person sorts the rows: T-000003 is no longer the last one.
    const t = d.sheet('Tickets');
    const range = t.getRange(2, 1, 3, t.getLastColumn());
    const values = range.getValues();
    range.setValues([values[2]!, values[0]!, values[1]!]);
    const id = d.ok('apiLogCase', { ...CASE, customerId: 'nn' }).ticket.ticketId;
    const ids = column(d.rows('Tickets'), 'Ticket ID');
    expect(id).toBe('T-000004');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('tickets a returns import appended are taken into the index by the next save (counts and customer rows)', () => {
    const d = freshDesk();
    d.ok('apiImportOrders', 'Order Number,Date,Customer,Name,Email,SKU,Item,Qty,Total,Status,Channel\nSO-1,2026-11-10 10:00,ana88,Ana,ana@example.com,MUG,Mug,1,10,Delivered,Shopee');
    d.ok('apiLogCase', CASE);
    const head = 'Return ID,Order ID,Order Creation Date,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return Tracking Number,Return / Refund Status,Solution,Refund Amount,Seller Note';
    d.ok('apiImportReturns', `${head}\nRTN1,SO-1,2026-11-10 14:32,Mug,MUG,1,Damaged item,2026-11-16 10:00,,Requested,Return and refund,19.90,`);
    expect(indexState(d)?.v).toBe(0); // left for the next save to rebuild
    d.env.clock.advance(60_000);
    d.ok('apiLogCase', { ...CASE, customerId: 'bo77' });
    const state = indexState(d)!;
    expect(state.v).toBe(1);
    expect(state.tickets).toBe(d.sheet('Tickets').getLastRow());
    expect(state.open).toEqual(openByAssignee(d));
    // The customer's three tickets (two cases and the return) are all found through the index.
    const ctx = d.ok('apiCaseContext', { customerId: 'ana88' });
    expect(JSON.stringify(ctx)).toContain('T-000002');
  });
});

describe('a returns import cut short', () => {
  it('killed after its ticket rows, before the Audit Log: the next save writes the creation events once', () => {
    const d = freshDesk();
    d.ok('apiLogCase', CASE);
    const head = 'Return ID,Order ID,Order Creation Date,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return Tracking Number,Return / Refund Status,Solution,Refund Amount,Seller Note';
    const plan = new FaultPlan(d.env).arm();
    // Its writes: the journal (index cell), the ticket rows, the Audit Log. Killed at the Audit Log's.
    plan.force({ kind: 'kill', at: 'Range.setValues', skip: 1 });
    expect(tryCall(d, 'apiImportReturns', `${head}\nRTN9,SO-9,2026-11-10 14:32,Mug,MUG,1,Damaged item,2026-11-16 10:00,,Requested,Return and refund,19.90,`)).toBe(MESSAGES.kill);
    const ids = column(d.rows('Tickets'), 'Ticket ID');
    expect(ids).toHaveLength(2);
    const returned = String(ids[1]);
    expect(createdEvents(d, returned)).toBe(0);
    d.env.clock.advance(60_000);
    d.ok('apiLogCase', { ...CASE, customerId: 'cy55' });
    expect(createdEvents(d, returned)).toBe(1);
    expect(indexState(d)!.open).toEqual(openByAssignee(d));
  });
});

describe('the mail drain cut short', () => {
  it('killed between sending a message and marking it sent: never sent again, flagged for a person', () => {
    const d = freshDesk();
    d.ok('apiInstallTriggers');
    d.ok('apiCreateSurveyForms');
    const id = d.ok('apiLogCase', CASE).ticket.ticketId;
    d.as('aisyah@shop.test');
    d.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'refund' }); // queues the survey invitation
    d.as('owner@shop.test');
    expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['queued']);
    const plan = new FaultPlan(d.env).arm();
    // The drain's writes: the claim ("sending"), then the "sent" mark. Killed at the mark, after the send.
    plan.force({ kind: 'kill', at: 'Range.setValues', skip: 1 });
    expect(tryCall(d, 'onMailQueue')).toBe(MESSAGES.kill);
    expect(d.env.outbox.length).toBe(1);
    expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['sending']);
    d.bundle.call('onMailQueue');
    d.bundle.call('onMailQueue');
    expect(d.env.outbox.length).toBe(1);
    expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['failed']);
    expect(String(column(d.rows('Mail Queue'), 'Last Error')[0])).toMatch(/^\[interrupted\].*发送中断/);
  });

  it('a claim that timed out after it landed is put back: the message still goes out once', () => {
    const d = freshDesk();
    d.ok('apiInstallTriggers');
    d.ok('apiCreateSurveyForms');
    const id = d.ok('apiLogCase', CASE).ticket.ticketId;
    d.as('aisyah@shop.test'); // an agent's save queues; the owner's trigger sends
    d.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'refund' });
    d.as('owner@shop.test');
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'timeoutAfter', at: 'Range.setValues' });
    expect(tryCall(d, 'onMailQueue')).toBe(MESSAGES.timedOut(d.env.emu.book.id));
    expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['queued']);
    d.bundle.call('onMailQueue');
    expect(d.env.outbox.length).toBe(1);
    expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['sent']);
  });
});

describe('a compensation request saved twice', () => {
  it('after a timeout once the request was written, the retry finds the pending approval: one row, one mail', () => {
    const d = freshDesk();
    const id = d.ok('apiLogCase', CASE).ticket.ticketId;
    d.as('aisyah@shop.test'); // agent limit 50: 80 goes to the lead
    d.env.clock.advance(60_000);
    const plan = new FaultPlan(d.env).arm();
    // The Approvals row and its mail land; the ticket's own write times out.
    plan.force({ kind: 'timeoutBefore', at: 'Range.setValues', skip: 2 });
    expect(tryCall(d, 'apiUpdateTicket', id, { compensation: 80 })).toBe(MESSAGES.timedOut(d.env.emu.book.id));
    expect(d.rows('Approvals').length).toBe(2);
    d.env.clock.advance(30_000);
    const again = d.ok('apiUpdateTicket', id, { compensation: 80 });
    expect(again.approval).toMatchObject({ approvalId: 'A-00001', amount: 80, status: 'pending' });
    expect(d.rows('Approvals').length).toBe(2);
    expect(column(d.rows('Mail Queue'), 'Subject').filter((s) => String(s).includes('Approval needed')).length).toBe(1);
    // A different amount is a new request.
    d.env.clock.advance(30_000);
    expect(d.ok('apiUpdateTicket', id, { compensation: 90 }).approval.approvalId).toBe('A-00002');
  });
});

describe('rows the index has not seen', () => {
  it('a ticket typed in by hand, then resolved through the sidebar: the open counts stay equal to the rows', () => {
    const d = freshDesk();
    d.ok('apiLogCase', CASE);
    d.ok('apiLogCase', { ...CASE, customerId: 'bo77' });
    const t = d.sheet('Tickets');
    const rows = d.rows('Tickets');
    const typed = rows[1]!.slice();
    const h = (name: string) => (rows[0] ?? []).indexOf(name);
    typed[h('Ticket ID')] = 'T-000003';
    typed[h('Customer ID')] = 'typed1';
    typed[h('Status')] = 'Open';
    expect(String(typed[h('Assignee')])).not.toBe(''); // someone with an open ticket already
    t.getRange(4, 1, 1, typed.length).setValues([typed]);
    d.env.clock.advance(60_000);
    d.ok('apiUpdateTicket', 'T-000003', { status: 'resolved', resolution: 'refund' });
    d.env.clock.advance(60_000);
    d.ok('apiLogCase', { ...CASE, customerId: 'cy55' });
    const state = indexState(d)!;
    expect(state.tickets).toBe(t.getLastRow());
    expect(Object.fromEntries(Object.entries(state.open).filter(([, n]) => n > 0))).toEqual(openByAssignee(d));
  });
});

describe('an archive run cut short', () => {
  it.each([['killed', 'kill'], ['failed by Sheets', 'failed']] as const)('%s with its move in flight (tickets in both tabs): it continues by itself a minute later', (_name, kind) => {
    const d = freshDesk();
    for (let i = 0; i < 4; i++) {
      const id = d.ok('apiLogCase', { ...CASE, customerId: `old${i}` }).ticket.ticketId;
      if (i % 2 === 0) d.ok('apiUpdateTicket', id, { status: 'closed', resolution: 'refund' });
    }
    d.setting('Archive After Months', '1');
    d.env.clock.advance(40 * 86_400_000);
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind, at: 'Sheet.deleteRows' });
    expect(tryCall(d, 'apiArchive')).toBe(kind === 'kill' ? MESSAGES.kill : MESSAGES.failed(d.env.emu.book.id));
    const both = column(d.rows('Archive'), 'Ticket ID').filter((id) => column(d.rows('Tickets'), 'Ticket ID').includes(id));
    expect(both).toEqual(['T-000001', 'T-000003']);
    expect(d.env.triggers.filter((t) => t.handler === 'continueArchive')).toHaveLength(1);
    d.bundle.runDueTriggers(d.env.clock.now() + 2 * 60_000);
    expect(column(d.rows('Tickets'), 'Ticket ID')).toEqual(['T-000002', 'T-000004']);
    expect(column(d.rows('Archive'), 'Ticket ID')).toEqual(['T-000001', 'T-000003']);
    expect(d.env.triggers.filter((t) => t.handler === 'continueArchive')).toEqual([]);
  });
});

describe('a save cut short after a person moved a column', () => {
  it('its row landed in two runs, the second lost: the next save fills the missing cells only', () => {
    const d = freshDesk();
    d.ok('apiLogCase', CASE);
    // Someone drags Channel to the far right, past a column of their own: a new row is written in two runs.
    const t = d.sheet('Tickets');
    const width = t.getLastColumn();
    const from = (d.rows('Tickets')[0] ?? []).indexOf('Channel') + 1;
    t.insertColumnsAfter(t.getMaxColumns(), 2);
    t.getRange(1, width + 1).setValue('My Notes');
    const values = t.getRange(1, from, t.getLastRow(), 1).getValues();
    t.getRange(1, width + 2, values.length, 1).setValues(values);
    t.deleteColumn(from);
    const plan = new FaultPlan(d.env).arm();
    // Ticket row run 1 lands (setValues #1), run 2 (Channel) is killed before it is written.
    plan.force({ kind: 'kill', at: 'Range.setValues', skip: 1 });
    expect(tryCall(d, 'apiLogCase', { ...CASE, customerId: 'bo77', channel: 'email' })).toBe(MESSAGES.kill);
    const cut = d.rows('Tickets');
    expect(column(cut, 'Ticket ID')).toEqual(['T-000001', 'T-000002']);
    expect(column(cut, 'Channel')[1]).toBe('');
    t.getRange(3, (cut[0] ?? []).indexOf('My Notes') + 1).setValue('typed meanwhile');
    d.env.clock.advance(60_000);
    d.ok('apiLogCase', { ...CASE, customerId: 'cy55' });
    const rows = d.rows('Tickets');
    expect(column(rows, 'Channel')[1]).toBe('Email');
    expect(column(rows, 'My Notes')[1]).toBe('typed meanwhile');
    expect(createdEvents(d, 'T-000002')).toBe(1);
  });
});
