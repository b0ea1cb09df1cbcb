/**
 * What a team needs from each save, through the real bundle: only changed cells written, appends that grow the
 * grid with its dropdowns and colouring, mail that fits a cell and fails cleanly, one zone, tidy survey tabs,
 * private functions, taking the triggers over.
 */
import { describe, expect, it } from 'vitest';
import { CELL_LIMIT, fitCell } from '../../src/server/mail';
import { check, setup } from './alert-shop';
import { column, freshDesk, ms, type Desk } from './harness';

const CASE = { channel: 'shopee_chat', reason: 'damaged', language: 'en', customerName: 'Ana', email: 'ana@example.com', description: 'Cup broke' };

function logged(d: Desk): string {
  return d.ok('apiLogCase', CASE).ticket.ticketId as string;
}

describe('a save', () => {
  it('writes only the cells it changes: one setValues per run of adjacent changed columns, hand edits and user formulas kept', () => {
    const d = freshDesk();
    const id = logged(d);
    const other = logged(d);
    const tickets = d.sheet('Tickets');
    const width = tickets.getLastColumn();
    tickets.insertColumnsAfter(tickets.getMaxColumns(), 1);
    tickets.getRange(2, width + 1).setFormula('=ARRAYFORMULA(LEN(A2:A))');
    const nameCol = (d.rows('Tickets')[0] ?? []).indexOf('Customer Name');
    // Between the save's read and its write, someone edits the other ticket's customer name by hand.
    d.env.emu.onNextWrite = () => tickets.getRange(3, nameCol + 1).setValue('Typed by hand');
    d.env.clock.advance(60_000);
    d.env.calls.reset();
    d.ok('apiUpdateTicket', id, { status: 'open', reply: 'Checking' });
    const written = d.env.calls.get('Range.setValues');
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(8); // a handful of runs (status, replies, first reply, updated…) plus the audit rows
    expect(tickets.getRange(3, nameCol + 1).getValue()).toBe('Typed by hand');
    expect(tickets.getRange(2, width + 1).getFormula()).toBe('=ARRAYFORMULA(LEN(A2:A))');
    expect(column(d.rows('Tickets'), 'Status')).toEqual(['Open', 'New']);
    void other;
  });

  it('an agent saves around a user column only the owner may edit', () => {
    const d = freshDesk();
    const id = logged(d);
    const tickets = d.sheet('Tickets');
    const width = tickets.getLastColumn();
    tickets.insertColumnsAfter(tickets.getMaxColumns(), 1);
    tickets.getRange(1, width + 1, 2, 1).setValues([['Owner Notes'], ['VIP, be kind']]);
    const p = tickets.getRange(1, width + 1, tickets.getMaxRows(), 1).protect();
    p.removeEditors(p.getEditors());
    d.as('jun@shop.test');
    d.env.clock.advance(60_000);
    d.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'refund' });
    d.ok('apiLogCase', CASE);
    expect(tickets.getRange(2, width + 1).getValue()).toBe('VIP, be kind');
    expect(d.ok('apiBootstrap')).toBeTruthy();
  });
});

describe('appends', () => {
  it('grow the grid past the rows set-up saw, carrying the dropdowns and the SLA colouring down', () => {
    const d = freshDesk();
    logged(d);
    const tickets = d.sheet('Tickets');
    const max = tickets.getMaxRows();
    // Fill to the last row of the grid, then log one more case.
    const template = tickets.getRange(2, 1, 1, tickets.getLastColumn()).getValues()[0]!;
    tickets.getRange(3, 1, max - 2, template.length).setValues(Array.from({ length: max - 2 }, (_, i) => template.map((v, c) => (c === 0 ? `T-${String(i + 2).padStart(6, '0')}` : v))));
    const id = logged(d);
    expect(tickets.getMaxRows()).toBe(max + 500);
    expect(column(d.rows('Tickets'), 'Ticket ID').at(-1)).toBe(id);
    const statusCol = (d.rows('Tickets')[0] ?? []).indexOf('Status') + 1;
    const rule = tickets.getRange(max + 1, statusCol).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toContain('Resolved');
    const last = tickets.getConditionalFormatRules().map((r) => r.getRanges().map((g) => g.getLastRow()));
    expect(last.flat()).toContain(max + 500);
    expect(last.flat()).not.toContain(max);
  });
});

describe('mail', () => {
  it('queues under the save and is sent by the trigger owner as the shop; a bad address is failed, not retried', () => {
    const d = freshDesk();
    d.setting('Shop Name', 'Kedai Cawan');
    d.setting('Shop Reply-To', 'support@kedai.test');
    const good = logged(d);
    const bad = d.ok('apiLogCase', { ...CASE, email: 'bo@example.com' }).ticket.ticketId;
    d.as('aisyah@shop.test');
    d.env.clock.advance(60_000);
    d.ok('apiUpdateTicket', good, { status: 'resolved', resolution: 'refund' });
    d.ok('apiUpdateTicket', bad, { status: 'resolved', resolution: 'refund' });
    expect(d.env.outbox.length).toBe(0); // nothing sent inside an agent's save
    // Someone mistypes the second address in the queue by hand.
    const queue = d.sheet('Mail Queue');
    const to = (d.rows('Mail Queue')[0] ?? []).indexOf('To') + 1;
    queue.getRange(3, to).setValue('bo@@example.com');
    d.bundle.runDueTriggers(d.env.clock.now() + 5 * 60_000);
    expect(d.env.outbox.map((m) => [m.to, m.from, m.name, m.replyTo])).toEqual([['ana@example.com', 'owner@shop.test', 'Kedai Cawan', 'support@kedai.test']]);
    const rows = d.rows('Mail Queue');
    expect(column(rows, 'Status')).toEqual(['sent', 'failed']);
    expect(String(column(rows, 'Last Error')[1])).toMatch(/^\[1\] .*Invalid email: bo@@example.com/);
    d.bundle.runDueTriggers(d.env.clock.now() + 2 * 3_600_000);
    expect(d.env.outbox.length).toBe(1); // never retried
  });

  it('an alert digest goes out with the check run by the trigger owner, and its alerts are marked mailed', () => {
    const { desk, bundle, now } = setup();
    const first = check(desk, bundle);
    expect(first.alerts.length).toBeGreaterThan(0);
    expect(first.mail).toEqual({ sent: 1, queued: 0 });
    expect(desk.env.outbox.map((m) => m.from)).toEqual(['owner@shop.test']);
    expect(column(desk.rows('Alerts'), 'Mailed At').map(ms)).toEqual(first.alerts.map(() => now));
  });

  it('a message longer than a cell is cut to fit (HTML left to the text part)', () => {
    expect(fitCell('short', 'cut')).toBe('short');
    const long = fitCell('x'.repeat(120_000), '(cut)');
    expect(long.length).toBeLessThanOrEqual(CELL_LIMIT);
    expect(long.endsWith('(cut)')).toBe(true);
  });
});

describe('triggers and functions', () => {
  it('only sidebar functions are top-level; a private one is refused by the sidebar bridge but runs from the CLI', () => {
    const d = freshDesk();
    const top = d.bundle.functions();
    for (const f of ['apiSetup', 'apiSurveyResponse', 'apiCheckAlerts', 'apiInstallTriggers', 'apiKpi']) expect(top).not.toContain(f);
    for (const f of ['apiLogCase', 'apiUpdateTicket', 'apiBootstrap', 'onHourly', 'onSurveySubmit', 'onMailQueue', 'menuSetup']) expect(top).toContain(f);
    expect(d.bundle.isPublic('apiSurveyResponse_')).toBe(false);
    // An agent cannot post a "survey" for their own ticket even through the internal function.
    const id = logged(d);
    d.as('jun@shop.test');
    expect(d.err('apiSurveyResponse', { ticket: id, score: 5 }).key).toBe('role_required');
  });

  it('an owner takes the triggers over from one who left; the old owner\'s triggers then do nothing', () => {
    const d = freshDesk();
    d.sheet('Agents').getRange(6, 1, 1, 6).setValues([['olivia2@shop.test', 'Olivia 2', 'Owner', 'en', true, '']]);
    d.as('olivia2@shop.test');
    expect(d.err('apiInstallTriggers').en).toContain('owner@shop.test');
    const taken = d.ok('apiTakeOverTriggers');
    expect(taken.owner).toBe('olivia2@shop.test');
    expect(taken.created.sort()).toEqual(['onHourly', 'onMailQueue', 'onPromoEveStaffing', 'onSurveySubmit', 'onWeeklyReview', 'onWeeklyStaffing']);
    const settings = d.rows('Settings');
    expect(String(settings.find((r) => r[0] === 'Automation')?.[1])).toContain('olivia2@shop.test');
    // Both accounts' hourly triggers fire; only the new owner's does the work (one Dashboard refresh per hour).
    const fired = d.bundle.runDueTriggers(d.env.clock.now() + 3_600_000).filter((f) => f.handler === 'onHourly');
    expect(fired.map((f) => f.owner).sort()).toEqual(['olivia2@shop.test', 'owner@shop.test']);
    expect(d.env.logs.filter((l) => l.includes('not run — triggers belong to olivia2@shop.test')).length).toBe(1);
  });
});

describe('set-up for a team', () => {
  it('applies the Settings time zone to the spreadsheet, and names, moves and hides the survey response tabs', () => {
    const d = freshDesk();
    expect(d.rows('Settings').find((r) => r[0] === 'Time Zone')?.[1]).toBe('Asia/Kuala_Lumpur');
    d.setting('Time Zone', 'Asia/Jakarta');
    const report = d.ok('apiSetup');
    expect(report.actions.map((a: { en: string }) => a.en).join('\n')).toContain('changed from Asia/Kuala_Lumpur to Asia/Jakarta');
    expect(d.env.spreadsheet.getSpreadsheetTimeZone()).toBe('Asia/Jakarta');
    const names = d.env.spreadsheet.getSheets().map((s) => s.getName());
    expect(names.filter((n) => n.startsWith('Form Responses'))).toEqual([]);
    expect(names.slice(-3)).toEqual(['Survey Form en · 问卷回复', 'Survey Form zh-CN · 问卷回复', 'Survey Form ms · 问卷回复'].slice(0, 3));
    expect(d.sheet('Survey Form en · 问卷回复').isSheetHidden()).toBe(true);
    expect(names).not.toContain('Sheet1');
  });
});
