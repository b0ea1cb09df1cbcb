/**
 * The marketplace clocks through the real bundle: the earlier of the shop SLA and Shopee's clock orders the queue;
 * the Dashboard mirrors Shopee's Chat Response Rate and lists the chats that lowered it; the hourly alert check
 * sends "Due soon on Shopee" once per request; batch-defect outreach is paced by messaging hours and weekly cap.
 */
import { describe, expect, it } from 'vitest';
import { check, setup } from './alert-shop';
import { column, freshDesk, ms, wallTime } from './harness';

const RETURN_HEAD = 'Return ID,Order ID,Product Name,SKU,Return Quantity,Return Reason,Return Creation Time,Return / Refund Status';

describe('marketplace clocks', () => {
  it('a Shopee request due soon ranks before an earlier shop deadline, and its clock is the one shown', () => {
    const desk = freshDesk();
    desk.setting('Assignment Mode', 'none');
    desk.setting('SLA First Reply Hours Normal', '40');
    desk.at('2026-11-21 10:30');
    const urgent = desk.ok('apiLogCase', { channel: 'Email', reason: 'refund', priority: 'urgent' }).ticket.ticketId;
    desk.ok('apiImportReturns', [RETURN_HEAD, 'R-THU-1,ORD-1,Mug,MUG-01,1,Damaged item,2026-11-19 13:00,Requested'].join('\n'));
    desk.at('2026-11-21 11:00');
    const queue = desk.ok('apiMyQueue');
    expect(queue.map((q: { ticketId: string }) => q.ticketId)[1]).toBe(urgent);
    const first = queue[0];
    // Shopee's 48 calendar hours run out Saturday 13:00; the shop's own first reply is due days later.
    expect(Date.parse(first.nextDueAt)).toBe(wallTime('2026-11-21 13:00'));
    expect(first).toMatchObject({ slaState: 'due_soon', marketplaceState: 'due_soon', marketplaceKind: 'return_request' });
    expect(queue[1].slaState).toBe('on_track');
    // The hourly refresh writes the marketplace state to the Tickets tab.
    desk.ok('apiRefreshSla');
    expect(column(desk.rows('Tickets'), 'Marketplace State')).toEqual(['', 'Due soon']);
  });

  it('a chat answered after 12 hours lowers the Chat Response Rate, and the Dashboard lists it', () => {
    const desk = freshDesk();
    desk.at('2026-11-16 10:00');
    const ids = ['A', 'B', 'C'].map(() => desk.ok('apiLogCase', { channel: 'Shopee Chat', reason: 'logistics' }).ticket.ticketId);
    desk.at('2026-11-16 10:30');
    desk.ok('apiUpdateTicket', ids[0], { reply: 'On its way' });
    desk.at('2026-11-17 09:00'); // 23 hours after the chat
    desk.ok('apiUpdateTicket', ids[1], { reply: 'Sorry for the wait' });
    desk.at('2026-11-17 11:00');
    const fresh = desk.ok('apiLogCase', { channel: 'Shopee Chat', reason: 'size' }).ticket.ticketId; // 1 h old: not decided
    desk.ok('apiLogCase', { channel: 'Email', reason: 'size' }); // not a Shopee chat
    desk.at('2026-11-17 12:00');
    desk.ok('apiRefreshDashboard');
    const cells = desk.rows('Dashboard');
    const at = (text: string) => {
      for (let r = 0; r < cells.length; r++) for (let c = 0; c < cells[r]!.length; c++) if (String(cells[r]![c]).startsWith(text)) return [r, c] as const;
      throw new Error(`no ${text} on the Dashboard`);
    };
    const [r, c] = at('Shopee Chat Response Rate (90 days)');
    // Header row, then the rate row: 1 of 3 decided chats answered within 12 h (C is unanswered after 26 h).
    expect(cells[r + 2]!.slice(c, c + 5)).toEqual(['Rate · 回复率', 1 / 3, '1 / 3 ≤ 12 h', '', '90 days · 90天']);
    const listed = cells.slice(r + 3, r + 5).map((row) => row[c]);
    expect(listed).toEqual([ids[2], ids[1]]);
    expect(cells.slice(r + 3, r + 6).map((row) => row[c])).not.toContain(fresh);
    expect(cells[r + 4]![c + 3]).toBeCloseTo(23, 6);
    // The Tickets tab keeps each chat's own clock: met, answered late, and (after the hourly refresh) unanswered.
    desk.ok('apiRefreshSla');
    const states = column(desk.rows('Tickets'), 'Marketplace State');
    expect(states.slice(0, 4)).toEqual(['Met', 'Breached', 'Breached', 'On track']);
  });

  it('the hourly check mails "Due soon on Shopee" once per request', () => {
    const desk = freshDesk();
    desk.setting('Alert Recipients', 'owner@shop.test');
    desk.at('2026-11-22 10:00');
    desk.ok('apiImportReturns', [RETURN_HEAD,
      'R-FRI-22,ORD-1,Mug,MUG-01,1,Damaged item,2026-11-20 22:00,Requested',
      'R-SAT-09,ORD-2,Mug,MUG-01,1,Missing part of order,2026-11-21 09:15,Requested',
      'R-DONE,ORD-3,Mug,MUG-01,1,Change of mind,2026-11-20 21:00,Accepted'].join('\n'));
    const ticketOf = (ret: string) => String(desk.rows('Tickets').find((r) => r.includes(ret))![0]);
    desk.at('2026-11-22 19:30');
    const before = desk.env.outbox.length;
    const first = desk.ok('apiCheckAlerts');
    expect(first.dueSoon.map((d: { ticketId: string }) => d.ticketId)).toEqual([ticketOf('R-FRI-22')]);
    expect(desk.env.outbox.length - before).toBe(1);
    const mail = desk.env.outbox[desk.env.outbox.length - 1]!;
    expect(mail.subject).toContain('1 due soon on Shopee');
    expect(mail.htmlBody).toContain('Due soon on Shopee · Shopee 即将超时');
    expect(mail.htmlBody).toContain('R-FRI-22');
    expect(mail.htmlBody).toContain('2.5 h left');
    expect(mail.htmlBody).not.toContain('R-DONE');
    const kinds = column(desk.rows('Alerts'), 'Kind');
    expect(kinds).toContain('marketplace_due');
    // An hour later the same request is not listed again.
    desk.at('2026-11-22 20:30');
    const second = desk.ok('apiCheckAlerts');
    expect(second.dueSoon).toEqual([]);
    expect(desk.env.outbox.length - before).toBe(1);
  });

  it('quiet hours do not hold a request that Shopee would approve before they end', () => {
    const desk = freshDesk();
    desk.setting('Alert Recipients', 'owner@shop.test');
    desk.setting('Alert Quiet Hours', '22:00-08:00');
    desk.at('2026-11-22 10:00');
    desk.ok('apiImportReturns', [RETURN_HEAD, 'R-LATE,ORD-1,Mug,MUG-01,1,Damaged item,2026-11-21 00:30,Requested'].join('\n'));
    desk.at('2026-11-22 22:15'); // due 23 Nov 00:30, quiet until 08:00
    const before = desk.env.outbox.length;
    const r = desk.ok('apiCheckAlerts');
    expect(r.dueSoon.length).toBe(1);
    expect(r.mail).toEqual({ sent: 1, queued: 0 });
    expect(desk.env.outbox.length - before).toBe(1);
  });

  it('batch-defect outreach is scheduled inside messaging hours and within the weekly cap per buyer', () => {
    const { desk, bundle } = setup();
    // Buyer C-3-0 was already messaged twice this week.
    const sheet = desk.sheet('Outreach');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]!.map(String);
    const row = (at: string) => header.map((h) => ({ 'Alert ID': 'earlier', 'Customer ID': 'C-3-0', SKU: 'X', Status: 'contacted', Updated: new Date(wallTime(at)) } as Record<string, unknown>)[h] ?? '');
    sheet.getRange(2, 1, 2, header.length).setValues([row('2026-11-15 09:00'), row('2026-11-18 09:00')] as any);
    desk.at('2026-11-20 23:00'); // after Shopee's 22:00 end of messaging
    const result = check(desk, bundle);
    expect(result.alerts.some((a) => a.kind === 'batch_defect')).toBe(true);
    const rows = desk.rows('Outreach').slice(3);
    const scheduled = rows.map((r) => ms(r[header.indexOf('Scheduled For')]));
    const buyers = rows.map((r) => String(r[header.indexOf('Customer ID')]));
    expect(rows.length).toBeGreaterThan(3);
    // Everyone else: tomorrow 08:00, when messaging opens again.
    buyers.forEach((b, i) => {
      if (b !== 'C-3-0') expect(scheduled[i]).toBe(wallTime('2026-11-21 08:00'));
    });
    // C-3-0: the earlier of the two messages leaves the 7-day window on 22 Nov 09:00.
    expect(scheduled[buyers.indexOf('C-3-0')]).toBe(wallTime('2026-11-22 09:00'));
    // Scheduled tasks wait: the sidebar lists only those due now.
    expect(desk.ok('apiBootstrap').outreach.length).toBe(0);
    desk.at('2026-11-21 08:00');
    expect(desk.ok('apiBootstrap').outreach.length).toBe(rows.length - 1);
  });
});
