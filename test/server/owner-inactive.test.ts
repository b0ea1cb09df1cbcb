/**
 * A trigger owner who leaves the shop (Agents: Active = No, or the row deleted), through the real bundle: the hourly
 * job keeps the desk's figures up to date, no mail leaves from that account, the Mail Queue keeps every message, the
 * Settings "Automation" row tells the owners to take over, and after Take over triggers the held mail goes out once.
 */
import { describe, expect, it } from 'vitest';
import { column, freshDesk, type Desk } from './harness';

const CASE = { channel: 'shopee_chat', reason: 'damaged', language: 'en', customerName: 'Ana', email: 'ana@example.com', description: 'Cup broke' };

function automationRow(d: Desk): string {
  return String(d.rows('Settings').find((r) => r[0] === 'Automation')?.[1] ?? '');
}

function agentsRow(d: Desk, email: string): number {
  return d.rows('Agents').findIndex((r) => r[0] === email) + 1;
}

/** The lead resolves a ticket (a survey invitation) and asks for compensation past their limit (an approval). */
function queueMail(d: Desk, leave: () => void): void {
  d.as('owner@shop.test');
  d.ok('apiCreateSurveyForms');
  leave();
  d.as('lead@shop.test');
  const id = d.ok('apiLogCase', CASE).ticket.ticketId;
  d.env.clock.advance(60_000);
  d.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'refund', compensation: 500 });
}

describe('the trigger owner leaves the shop', () => {
  for (const how of ['inactive', 'removed'] as const) {
    it(`(${how}): the hourly job still runs, no mail is sent, nothing is lost, the Settings row warns`, () => {
      const d = freshDesk();
      // A second owner, who will take over.
      d.sheet('Agents').getRange(6, 1, 1, 6).setValues([['olivia2@shop.test', 'Olivia 2', 'Owner', 'en', true, '']]);
      const row = agentsRow(d, 'owner@shop.test');
      queueMail(d, () => {
        if (how === 'inactive') d.sheet('Agents').getRange(row, 5).setValue(false);
        else d.sheet('Agents').deleteRow(row);
      });
      const queued = column(d.rows('Mail Queue'), 'Status');
      expect(queued).toEqual(['queued', 'queued']);

      const dashboardBefore = JSON.stringify(d.rows('Dashboard'));
      const fired = d.bundle.runDueTriggers(d.env.clock.now() + 3_600_000);
      expect(fired.map((f) => f.handler)).toContain('onHourly');
      expect(fired.every((f) => f.owner === 'owner@shop.test')).toBe(true);
      // The hourly job did its work (the Dashboard was refreshed) but no mail left the former owner's account.
      expect(JSON.stringify(d.rows('Dashboard'))).not.toBe(dashboardBefore);
      expect(d.env.outbox).toEqual([]);
      expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['queued', 'queued']);
      const warning = automationRow(d);
      expect(warning).toContain('⚠ owner@shop.test');
      expect(warning).toContain(how === 'inactive' ? 'is marked inactive in the Agents tab' : 'is no longer in the Agents tab');
      expect(warning).toContain('mail is held (2 queued)');
      expect(warning).toContain('接管定时任务');
      expect(d.env.logs.some((l) => l.includes('held — automation owner owner@shop.test'))).toBe(true);

      // The other owner takes over: the held mail goes out once, from their account, and the warning is gone.
      d.as('olivia2@shop.test');
      d.ok('apiTakeOverTriggers');
      d.bundle.runDueTriggers(d.env.clock.now() + 2 * 3_600_000);
      expect(d.env.outbox.map((m) => m.from)).toEqual(['olivia2@shop.test', 'olivia2@shop.test']);
      expect(d.env.outbox.map((m) => m.to).sort()).toEqual(['ana@example.com', 'olivia2@shop.test']);
      expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['sent', 'sent']);
      expect(automationRow(d)).toMatch(/^olivia2@shop\.test · /);
    });
  }

  it('an owner marked active again sends the held mail and the warning is replaced', () => {
    const d = freshDesk();
    const row = agentsRow(d, 'owner@shop.test');
    queueMail(d, () => d.sheet('Agents').getRange(row, 5).setValue(false));
    d.bundle.runDueTriggers(d.env.clock.now() + 10 * 60_000);
    expect(d.env.outbox).toEqual([]);
    // The survey invitation (no other owner to approve the 500: the approval waits in the sidebar unmailed).
    expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['queued']);
    expect(automationRow(d)).toContain('⚠');
    d.sheet('Agents').getRange(row, 5).setValue(true);
    d.bundle.runDueTriggers(d.env.clock.now() + 20 * 60_000);
    expect(d.env.outbox.map((m) => [m.to, m.from])).toEqual([['ana@example.com', 'owner@shop.test']]);
    expect(automationRow(d)).toMatch(/^owner@shop\.test · /);
  });
});
