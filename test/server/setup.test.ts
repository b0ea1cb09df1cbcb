/**
 * Set-up and repair through the real bundle: a new workbook gets every tab with its DATA.md headers and every
 * Settings key; a damaged one (tab deleted, columns reordered and renamed to Chinese, a user column, a merged
 * header) is repaired without moving or changing a single data cell.
 */
import { describe, expect, it } from 'vitest';
import { SETTING_KEYS } from '../../sheets-templates/settings';
import { freshDesk, plain, record, type Desk } from './harness';

/** DATA.md's contract for Tickets and Orders, in its order. */
const DATA_TICKETS = [
  'Ticket ID', 'Created At', 'Channel', 'Order ID', 'Customer ID', 'Customer Name', 'Email', 'Language', 'SKU', 'Reason',
  'Priority', 'Status', 'Assignee', 'Description', 'First Reply At', 'Resolved At', 'Closed At', 'Reopens', 'Agent Replies',
  'Waiting Hours', 'Resolution', 'Compensation', 'Root Cause', 'Survey Sent At', 'CSAT', 'CSAT At', 'CSAT Comment',
];
const DATA_ORDERS = ['Order ID', 'Order Date', 'Customer ID', 'Customer Name', 'Email', 'SKU', 'Product', 'Quantity', 'Amount', 'Status'];
const DATA_SETTINGS = [
  'Time Zone', 'Business Hours Mon', 'Business Hours Tue', 'Business Hours Wed', 'Business Hours Thu', 'Business Hours Fri',
  'Business Hours Sat', 'Business Hours Sun', 'Holidays', 'SLA First Reply Hours Urgent', 'SLA First Reply Hours High',
  'SLA First Reply Hours Normal', 'SLA First Reply Hours Low', 'SLA Resolution Hours Urgent', 'SLA Resolution Hours High',
  'SLA Resolution Hours Normal', 'SLA Resolution Hours Low', 'Alert Recipients', 'Currency', 'Promo Days',
];
const TABS = ['Dashboard', 'Tickets', 'Orders', 'Settings', 'Agents', 'Replies', 'Intents', 'SOP', 'Knowledge Base', 'Alerts',
  'Outreach', 'Approvals', 'Callbacks', 'Survey Responses', 'Audit Log', 'Mail Queue'];

function header(desk: Desk, tab: string): unknown[] {
  const s = desk.sheet(tab);
  return s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0]!;
}

function settingsMap(desk: Desk): Map<string, unknown> {
  return new Map(desk.rows('Settings').slice(1).map((r) => [String(r[0]), r[1]]));
}

describe('set-up of a new workbook', () => {
  it('creates every tab with the contract headers and every Settings key with its default', () => {
    const desk = freshDesk();
    const names = desk.env.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => s.getName());
    for (const tab of TABS) expect(names).toContain(tab);
    expect(header(desk, 'Tickets').slice(0, DATA_TICKETS.length)).toEqual(DATA_TICKETS);
    expect(header(desk, 'Orders').slice(0, DATA_ORDERS.length)).toEqual(DATA_ORDERS);
    expect(header(desk, 'Settings')).toEqual(['Key', 'Value', 'Explanation']);
    const settings = settingsMap(desk);
    for (const key of [...DATA_SETTINGS, ...SETTING_KEYS]) expect(settings.has(key)).toBe(true);
    expect(settings.size).toBe(SETTING_KEYS.length);
    expect(settings.get('Business Hours Mon')).toBe('09:00-18:00');
    expect(settings.get('Business Hours Sat')).toBe('10:00-14:00');
    expect(settings.get('Business Hours Sun')).toBe('closed');
    expect(settings.get('SLA Resolution Hours Low')).toBe('72');
    expect(settings.get('Currency')).toBe('MYR');
    // Every explanation is bilingual.
    for (const r of desk.rows('Settings').slice(1)) expect(String(r[2])).toMatch(/ · .*[\u4e00-\u9fff]/);
    expect(desk.sheet('Tickets').getFrozenRows()).toBe(1);
  });

  it('running set-up again on a good workbook changes nothing', () => {
    const desk = freshDesk();
    desk.ok('apiLogCase', { channel: 'Email', reason: 'refund' });
    const before = TABS.slice(1).map((t) => plain(desk.rows(t)));
    const report = desk.ok('apiSetup');
    expect(report.created).toEqual([]);
    expect(report.actions).toEqual([]);
    expect(TABS.slice(1).map((t) => plain(desk.rows(t)))).toEqual(before);
  });
});

describe('repair of a damaged workbook', () => {
  it('restores the deleted tab and lost columns, keeps every data row and user cell byte for byte', () => {
    const desk = freshDesk();
    desk.ok('apiImportOrders', 'Order ID,Order Date,Customer ID,SKU,Amount\nA-1,2026-11-01 10:00,c1,S1,10');
    for (const reason of ['damaged', 'refund', 'size']) {
      desk.ok('apiLogCase', { channel: 'Email', reason, customerName: `Customer ${reason}`, description: `=cmd|${reason}` });
      desk.env.clock.advance(60_000);
    }
    const ss = desk.env.globals.SpreadsheetApp.getActiveSpreadsheet();
    const tickets = desk.sheet('Tickets');
    const width = tickets.getLastColumn();
    const rowsBefore = tickets.getLastRow();

    // 1. Delete the Orders tab.
    ss.deleteSheet(desk.sheet('Orders'));
    // 2. Reorder Tickets columns: move Description (N) to the front by rewriting the block permuted, as a user
    //    dragging columns would; rename Assignee and Description to Chinese; misspell Customer Name.
    const block = tickets.getRange(1, 1, rowsBefore, width).getValues();
    const order = [13, ...Array.from({ length: width }, (_, i) => i).filter((i) => i !== 13)];
    const permuted = block.map((r) => order.map((i) => r[i]));
    permuted[0] = permuted[0]!.map((h) => (h === 'Assignee' ? '处理人' : h === 'Description' ? '问题描述' : h === 'Customer Name' ? 'Custmer Name' : h));
    tickets.getRange(1, 1, rowsBefore, width).setNumberFormat('@');
    tickets.getRange(1, 1, rowsBefore, width).setValues(permuted as any);
    // 3. A user column with data, its header merged over an empty neighbour (the user adds the columns first).
    if (tickets.getMaxColumns() < width + 2) tickets.insertColumnsAfter(tickets.getMaxColumns(), width + 2 - tickets.getMaxColumns());
    tickets.getRange(1, width + 1, rowsBefore, 1).setValues([['My Notes'], ['call back'], ['=1+1'], ['+60 12-345 6789']]);
    tickets.getRange(1, width + 1, 1, 2).merge();
    const before = plain(tickets.getRange(1, 1, rowsBefore, width + 2).getValues());
    const formulasBefore = tickets.getRange(1, 1, rowsBefore, width + 2).getFormulas();

    const report = desk.ok('apiSetup');
    expect(report.created).toEqual(['Orders']);
    const actions = report.actions.map((a: { en: string }) => a.en).join('\n');
    expect(actions).toContain('unmerged header cells');
    expect(actions).toContain('header "Custmer Name" read as "Customer Name" and corrected');

    // Orders is back with its headers.
    expect(header(desk, 'Orders').slice(0, DATA_ORDERS.length)).toEqual(DATA_ORDERS);
    // Tickets: nothing moved, the Chinese headers stay (both languages are valid), only the typo is corrected.
    const after = plain(tickets.getRange(1, 1, rowsBefore, width + 2).getValues());
    const expected = before.map((r) => r.slice());
    expected[0]![order.indexOf(5)] = 'Customer Name';
    expect(after).toEqual(expected);
    expect(tickets.getRange(1, 1, rowsBefore, width + 2).getFormulas()).toEqual(formulasBefore);
    expect(tickets.getRange(1, width + 1, 1, 2).getMergedRanges()).toEqual([]);
    expect(tickets.getLastColumn()).toBe(width + 1);

    // And the desk reads the repaired tab: the ticket view still knows its customer, description and assignee.
    const view = desk.ok('apiGetTicket', 'T-000002');
    expect([view.ticket.customerName, view.ticket.description, view.ticket.reason]).toEqual(['Customer refund', '=cmd|refund', 'refund']);
    expect(record(desk.rows('Tickets'), 2)['处理人']).toBe(view.ticket.assignee);
    desk.env.clock.advance(60_000);
    desk.ok('apiUpdateTicket', 'T-000002', { status: 'open', reply: 'On it' });
    // The update wrote into the right columns and left the user cell alone.
    const row = record(desk.rows('Tickets'), 2);
    expect([row['Status'], row['Agent Replies'], row['Customer Name']]).toEqual(['Open', 1, 'Customer refund']);
    expect(tickets.getRange(3, width + 1).getFormula()).toBe('=1+1');
    expect(tickets.getRange(2, width + 1).getValue()).toBe('call back');
  });

  it('restores a deleted contract column at the end and deleted Settings keys, keeping edited values', () => {
    const desk = freshDesk();
    desk.ok('apiLogCase', { channel: 'Email', reason: 'refund' });
    const tickets = desk.sheet('Tickets');
    const width = tickets.getLastColumn();
    // Delete column U (Resolution) as Sheets would: everything right of it shifts left. (Written as a block
    // rewrite because the emulator's Sheet.deleteColumn fails on sparse format rows — reported.)
    const all = tickets.getRange(1, 1, tickets.getLastRow(), width).getValues();
    tickets.getRange(1, 1, all.length, width).setValues(all.map((r) => [...r.slice(0, 20), ...r.slice(21), '']) as any);
    desk.setting('Currency', 'SGD');
    tickets.setColumnWidth(14, 420); // the user widened Description (N)
    const settings = desk.sheet('Settings');
    const keys = settings.getDataRange().getValues().map((r) => r[0]);
    settings.deleteRow(keys.indexOf('Holidays') + 1);
    const report = desk.ok('apiSetup');
    const actions = report.actions.map((a: { en: string }) => a.en);
    // 40 columns, one deleted: the restored one is the 40th again, column AN.
    expect(width).toBe(40);
    expect(actions).toContain('Tickets: restored missing column "Resolution" at AN');
    expect(actions).toContain('Settings: added 1 missing key(s): Holidays');
    expect(header(desk, 'Tickets')[width - 1]).toBe('Resolution');
    // The user's width is kept; the restored column gets the template's (120 px).
    expect(tickets.getColumnWidth(14)).toBe(420);
    expect(tickets.getColumnWidth(width)).toBe(120);
    expect(settingsMap(desk).get('Currency')).toBe('SGD');
    expect(settingsMap(desk).get('Holidays')).toBe('');
  });

  it('keeps one filter over every Tickets and Orders column and row: created once, widened when a column is added', () => {
    const desk = freshDesk();
    const tickets = desk.sheet('Tickets');
    const filterBox = (tab: string) => {
      const r = desk.sheet(tab).getFilter()!.getRange();
      return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()];
    };
    const width = tickets.getLastColumn();
    expect(filterBox('Tickets')).toEqual([1, 1, tickets.getMaxRows(), width]);
    expect(filterBox('Orders')).toEqual([1, 1, desk.sheet('Orders').getMaxRows(), desk.sheet('Orders').getLastColumn()]);
    expect(desk.sheet('Agents').getFilter()).toBeNull();
    // Set-up again: the same filter, not a second one (Sheets would throw on a second).
    expect(desk.ok('apiSetup').actions).toEqual([]);
    expect(filterBox('Tickets')).toEqual([1, 1, tickets.getMaxRows(), width]);
    // The user narrows it; repair widens it back over every column and says so.
    tickets.getFilter()!.remove();
    tickets.getRange(1, 1, 50, 5).createFilter();
    const report = desk.ok('apiSetup');
    expect(report.actions.map((a: { en: string }) => a.en)).toContain('Tickets: filter widened to every column');
    expect(filterBox('Tickets')).toEqual([1, 1, tickets.getMaxRows(), width]);
  });

  it('a merge over two contract headers erased the second (as Sheets does): it is restored in place, not appended', () => {
    const desk = freshDesk();
    desk.ok('apiLogCase', { channel: 'WhatsApp', reason: 'refund' });
    const tickets = desk.sheet('Tickets');
    const width = tickets.getLastColumn();
    // Merging B1:C1 keeps only "Created At"; Sheets clears C1 ("Channel").
    tickets.getRange(1, 3).setValue('');
    tickets.getRange(1, 2, 1, 2).merge();
    const data = plain(tickets.getRange(2, 1, 1, width).getValues());
    const report = desk.ok('apiSetup');
    const actions = report.actions.map((a: { en: string }) => a.en);
    expect(actions).toContain('Tickets: unmerged header cells B1:C1');
    expect(actions).toContain('Tickets!C1: header "Channel" erased by the merge restored in place');
    expect(header(desk, 'Tickets').slice(0, 4)).toEqual(['Ticket ID', 'Created At', 'Channel', 'Order ID']);
    expect(tickets.getLastColumn()).toBe(width);
    expect(plain(tickets.getRange(2, 1, 1, width).getValues())).toEqual(data);
    expect(desk.ok('apiGetTicket', 'T-000001').ticket.channel).toBe('whatsapp');
  });
});
