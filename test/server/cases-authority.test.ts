/**
 * Who may do what, through the real bundle: compensation limits with the approval round-trip (Approvals tab, mail
 * to the lead, decision), the VIP multiplier, and assignment among active agents who speak the ticket's language.
 */
import { describe, expect, it } from 'vitest';
import { column, freshDesk, record, TEAM, type Desk } from './harness';

const CASE = { channel: 'Shopee Chat', reason: 'damaged', language: 'en', customerId: 'buyer.one', customerName: 'Nur', description: 'Broken mug' };

function ticket(desk: Desk, id: string): Record<string, unknown> {
  const rows = desk.rows('Tickets');
  return record(rows, rows.findIndex((r) => r[0] === id));
}

function auditOf(desk: Desk, id: string, field: string): [string, string, string][] {
  return desk.rows('Audit Log').slice(1).filter((r) => r[1] === id && r[3] === field).map((r) => [String(r[2]), String(r[4]), String(r[5])]);
}

describe('compensation authority', () => {
  it('an agent grants 40; 80 goes to the lead for approval; the lead approves it', () => {
    const desk = freshDesk();
    const id = desk.ok('apiLogCase', CASE).ticket.ticketId;
    desk.as('aisyah@shop.test');
    desk.env.clock.advance(60_000);
    // Agent limit 50 (Settings default): 40 is within it.
    const small = desk.ok('apiUpdateTicket', id, { compensation: 40, resolution: 'partial_refund' });
    expect(small.approval).toBeNull();
    expect(ticket(desk, id)['Compensation']).toBe(40);
    expect(desk.sheet('Approvals').getLastRow()).toBe(1);

    desk.env.clock.advance(60_000);
    const outboxBefore = desk.env.outbox.length;
    const big = desk.ok('apiUpdateTicket', id, { compensation: '80' });
    expect(big.approval).toMatchObject({ approvalId: 'A-00001', ticketId: id, amount: 80, limit: 50, status: 'pending', requestedBy: 'aisyah@shop.test' });
    expect(big.warnings.map((w: { key: string }) => w.key)).toEqual(['approval_pending']);
    // Not on the ticket yet.
    expect(ticket(desk, id)['Compensation']).toBe(40);
    const approvals = desk.rows('Approvals');
    expect(approvals.length).toBe(2);
    const a = record(approvals, 1);
    // The lowest role above agent whose limit covers 80 is lead (200); the requester never approves.
    expect([a['Approval ID'], a['Ticket ID'], a['Amount'], a['Requester Limit'], a['Approver'], a['Status'], a['Resolution']])
      .toEqual(['A-00001', id, 80, 50, 'lead@shop.test', 'pending', 'partial_refund']);
    // Queued under the agent's save; the owner's mail trigger sends it within five minutes, from the owner's account.
    expect(desk.env.outbox.length).toBe(outboxBefore);
    desk.bundle.runDueTriggers(desk.env.clock.now() + 5 * 60_000);
    const mails = desk.env.outbox.slice(outboxBefore);
    expect(mails.length).toBe(1);
    expect(mails[0]!.from).toBe('owner@shop.test');
    expect(JSON.stringify(mails[0])).toContain('lead@shop.test');
    expect(JSON.stringify(mails[0])).toContain(`${id} MYR 80`);
    expect(auditOf(desk, id, 'approval')).toEqual([['aisyah@shop.test', '', 'A-00001 80 pending']]);

    // An agent cannot decide (refused by role before anything is read); the lead can.
    expect(desk.err('apiDecideApproval', 'A-00001', 'approve', '').key).toBe('role_required');
    desk.as('lead@shop.test');
    desk.env.clock.advance(60_000);
    const decided = desk.ok('apiDecideApproval', 'A-00001', 'approve', 'VIP-ish, fine');
    expect(decided).toMatchObject({ approvalId: 'A-00001', status: 'approved' });
    expect(ticket(desk, id)['Compensation']).toBe(80);
    expect(ticket(desk, id)['Updated By']).toBe('lead@shop.test');
    const row = record(desk.rows('Approvals'), 1);
    expect([row['Status'], row['Decided By'], row['Comment']]).toEqual(['approved', 'lead@shop.test', 'VIP-ish, fine']);
    expect(auditOf(desk, id, 'approval')).toEqual([
      ['aisyah@shop.test', '', 'A-00001 80 pending'],
      ['lead@shop.test', 'pending', 'approved 80'],
    ]);
    expect(auditOf(desk, id, 'compensation')).toEqual([
      ['aisyah@shop.test', '', '40'],
      ['lead@shop.test', '40', '80'],
    ]);
    // Deciding twice is refused.
    expect(desk.err('apiDecideApproval', 'A-00001', 'reject', '').key).toBe('approval_decided');
  });

  it('with no mail quota left the approval request waits in the Mail Queue; a rejection leaves the ticket as it was', () => {
    const desk = freshDesk({ mailQuota: 0 });
    const id = desk.ok('apiLogCase', CASE).ticket.ticketId;
    desk.as('jun@shop.test');
    desk.env.clock.advance(60_000);
    // 250 is above the lead's 200 as well: the owner approves.
    const res = desk.ok('apiUpdateTicket', id, { compensation: 250 });
    expect(res.approval).toMatchObject({ amount: 250, limit: 50, status: 'pending' });
    expect(record(desk.rows('Approvals'), 1)['Approver']).toBe('owner@shop.test');
    expect(desk.env.outbox.length).toBe(0);
    const queue = desk.rows('Mail Queue');
    expect(queue.length).toBe(2);
    const q = record(queue, 1);
    expect([q['To'], q['Status'], q['Kind']]).toEqual(['owner@shop.test', 'queued', 'approval']);
    expect(String(q['Subject'])).toContain(`${id} MYR 250`);
    // The lead's authority (200) does not cover 250.
    desk.as('lead@shop.test');
    expect(desk.err('apiDecideApproval', 'A-00001', 'approve', '').key).toBe('approval_forbidden');
    desk.as('owner@shop.test');
    desk.env.clock.advance(60_000);
    expect(desk.ok('apiDecideApproval', 'A-00001', 'reject', 'Offer a voucher').status).toBe('rejected');
    expect(ticket(desk, id)['Compensation']).toBe('');
    expect(auditOf(desk, id, 'approval')).toEqual([
      ['jun@shop.test', '', 'A-00001 250 pending'],
      ['owner@shop.test', 'pending', 'rejected 250'],
    ]);
  });

  it('a VIP customer (by Orders) lets the agent grant 70: 50 × 1.5 = 75', () => {
    const desk = freshDesk();
    // Spend 600 + 500 = 1,100 ≥ VIP Spend 1,000.
    desk.ok('apiImportOrders', [
      'Order ID,Order Date,Customer ID,Customer Name,SKU,Product,Quantity,Amount',
      'A1001,2026-10-01 10:00,vip.buyer,Mei,SKU-1,Lamp,1,600',
      'A1002,2026-10-20 10:00,vip.buyer,Mei,SKU-2,Desk,1,500',
    ].join('\n'));
    const id = desk.ok('apiLogCase', { ...CASE, customerId: 'vip.buyer', orderId: 'A1002' }).ticket.ticketId;
    // A VIP's normal ticket is raised to high.
    expect(ticket(desk, id)['Priority']).toBe('High');
    desk.as('aisyah@shop.test');
    desk.env.clock.advance(60_000);
    expect(desk.ok('apiUpdateTicket', id, { compensation: 70 }).approval).toBeNull();
    expect(ticket(desk, id)['Compensation']).toBe(70);
    desk.env.clock.advance(60_000);
    // 76 > 75 still needs approval.
    expect(desk.ok('apiUpdateTicket', id, { compensation: 76 }).approval).toMatchObject({ amount: 76, limit: 75 });
  });
});

describe('assignment', () => {
  const withJunOff = TEAM.map((r) => (r[0] === 'jun@shop.test' ? [...r.slice(0, 4), false, ''] : r));

  function assignees(desk: Desk): unknown[] {
    return column(desk.rows('Tickets'), 'Assignee');
  }

  it('round robin rotates among active speakers of the language, in Agents order', () => {
    const desk = freshDesk({ team: withJunOff });
    desk.setting('Assignment Mode', 'round_robin');
    // zh-CN speakers: owner, lead, (jun is inactive) → owner, lead, owner, lead.
    for (let i = 0; i < 4; i++) desk.ok('apiLogCase', { ...CASE, language: 'zh-CN' });
    // ms after lead: the next ms speaker after lead in sheet order is aisyah.
    desk.ok('apiLogCase', { ...CASE, language: 'ms' });
    // Thai: nobody speaks it → any active agent, next after aisyah → owner (wraps; jun is inactive).
    desk.ok('apiLogCase', { ...CASE, language: 'th' });
    expect(assignees(desk)).toEqual(['owner@shop.test', 'lead@shop.test', 'owner@shop.test', 'lead@shop.test', 'aisyah@shop.test', 'owner@shop.test']);
  });

  it('least open picks the speaker with the fewest open tickets; resolving one frees its agent', () => {
    const desk = freshDesk({ team: withJunOff });
    // English: owner, lead, aisyah all at 0 → rotation gives owner, lead, aisyah.
    const ids = [0, 1, 2].map(() => desk.ok('apiLogCase', CASE).ticket.ticketId as string);
    expect(assignees(desk)).toEqual(['owner@shop.test', 'lead@shop.test', 'aisyah@shop.test']);
    desk.env.clock.advance(60_000);
    desk.ok('apiUpdateTicket', ids[1], { status: 'resolved' });
    // Loads now owner 1, lead 0, aisyah 1 → lead (round robin would have said owner).
    desk.ok('apiLogCase', CASE);
    // Malay: owner (1 open) and aisyah (1 open) tie; the rotation after lead starts at aisyah.
    desk.ok('apiLogCase', { ...CASE, language: 'ms' });
    expect(assignees(desk)).toEqual(['owner@shop.test', 'lead@shop.test', 'aisyah@shop.test', 'lead@shop.test', 'aisyah@shop.test']);
  });
});
