/**
 * The emulator's fault injection, through the real bundle: Apps Script's own messages (before or after the call
 * landed), kills between calls, slow calls, quotas, held locks, triggers fired late or twice, and the
 * deterministic interleaving of two executions.
 */
import { describe, expect, it } from 'vitest';
import { FaultPlan, Interleaver, MESSAGES } from '../../src/local/emu/faults';
import { column, freshDesk, type Desk } from './harness';

const CASE = { channel: 'shopee_chat', reason: 'damaged', language: 'en', customerName: 'Ana', email: 'ana@example.com', description: 'Cup broke' };

function ids(d: Desk): unknown[] {
  return column(d.rows('Tickets'), 'Ticket ID');
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  throw new Error('expected a throw');
}

describe('Apps Script messages', () => {
  it('"failed while accessing document" before a write: the save stops and nothing is written', () => {
    const d = freshDesk();
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'failed', at: 'Range.setValues' });
    const msg = thrown(() => d.bundle.call('apiLogCase', CASE));
    expect(msg).toBe(`Service Spreadsheets failed while accessing document with id ${d.env.emu.book.id}.`);
    expect(ids(d)).toEqual([]);
    expect(plan.counts.failed).toBe(1);
  });

  it('"timed out" BEFORE the call: nothing landed; AFTER the call: the ticket row is in the sheet though the save failed', () => {
    const d = freshDesk();
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'timeoutBefore', at: 'Range.setValues' });
    expect(thrown(() => d.bundle.call('apiLogCase', CASE))).toBe(MESSAGES.timedOut(d.env.emu.book.id));
    expect(ids(d)).toEqual([]);
    plan.force({ kind: 'timeoutAfter', at: 'Range.setValues' });
    expect(thrown(() => d.bundle.call('apiLogCase', CASE))).toBe(`Service Spreadsheets timed out while accessing document with id ${d.env.emu.book.id}.`);
    // T-000001 was reserved by the attempt that failed before its row (IDs may skip, never repeat).
    expect(ids(d)).toEqual(['T-000002']);
  });

  it('a quota: MailApp refuses with "Service invoked too many times for one day: email." and the mail stays queued', () => {
    const d = freshDesk();
    d.ok('apiInstallTriggers');
    const plan = new FaultPlan(d.env).arm();
    d.ok('apiCreateSurveyForms');
    const id = d.ok('apiLogCase', CASE).ticket.ticketId;
    plan.force({ kind: 'quota', at: 'MailApp.sendEmail' });
    d.as('aisyah@shop.test');
    d.ok('apiUpdateTicket', id, { status: 'resolved', resolution: 'refund' });
    d.as('owner@shop.test');
    d.bundle.call('onMailQueue');
    expect(d.env.outbox.length).toBe(0);
    expect(String(column(d.rows('Mail Queue'), 'Last Error')[0])).toMatch(/^\[1\] (Error: )?Service invoked too many times for one day: email\.$/);
    expect(column(d.rows('Mail Queue'), 'Status')).toEqual(['queued']);
    d.bundle.call('onMailQueue');
    expect(d.env.outbox.length).toBe(1);
  });

  it('a held lock: the save waits its 20 s, then tells the user the desk is busy; waitLock throws the real message', () => {
    const d = freshDesk();
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'lock' });
    const before = d.env.clock.now();
    const r = d.bundle.call('apiLogCase', CASE) as { ok: boolean; error: { key: string } };
    expect(r.ok).toBe(false);
    expect(r.error.key).toBe('busy');
    expect(d.env.clock.now() - before).toBeGreaterThanOrEqual(20_000);
    expect(ids(d)).toEqual([]);
    // Outside the add-on: the emulator's waitLock under the same fault.
    plan.force({ kind: 'lock' });
    d.env.emu.cost.begin('probe');
    try {
      expect(thrown(() => d.env.globals.LockService.getDocumentLock().waitLock(1000))).toContain(MESSAGES.lock);
    } finally {
      d.env.emu.cost.end();
    }
  });

  it('a slow call moves the clock; no error', () => {
    const d = freshDesk();
    const plan = new FaultPlan(d.env, { slowMs: [30_000, 30_001] }).arm();
    plan.force({ kind: 'slow', at: 'Range.setValues' });
    const before = d.env.clock.now();
    d.ok('apiLogCase', CASE);
    expect(d.env.clock.now() - before).toBe(30_000);
    expect(plan.counts.slow).toBe(1);
  });
});

describe('a kill between two calls', () => {
  it('every later call of the execution throws; its lock is released when it ends; the next execution runs', () => {
    const d = freshDesk();
    const plan = new FaultPlan(d.env).arm();
    // Killed after the ticket row is written, before the Audit Log is.
    plan.force({ kind: 'kill', at: 'Range.setValues', skip: 1 });
    const msg = thrown(() => d.bundle.call('apiLogCase', CASE));
    expect(msg).toBe('Exceeded maximum execution time');
    expect(plan.counts.kill).toBe(1);
    expect(plan.log[0]!.call).toBe('Range.setValues');
    expect(plan.isKilled(plan.log[0]!.execution)).toBe(true);
    expect(d.env.locks.states.size).toBe(0); // the document lock went with the execution
    const next = d.ok('apiLogCase', CASE);
    expect(next.ticket.ticketId).toMatch(/^T-\d{6}$/);
  });

  it('a killed execution cannot call anything else, even in a catch block', () => {
    const d = freshDesk();
    const plan = new FaultPlan(d.env).arm();
    plan.force({ kind: 'kill', at: 'Range.getValues' });
    d.env.emu.cost.begin('probe');
    try {
      expect(thrown(() => d.sheet('Tickets').getRange(1, 1).getValues())).toBe(MESSAGES.kill);
      expect(thrown(() => d.sheet('Tickets').getRange(1, 1).getValue())).toBe(MESSAGES.kill);
      expect(thrown(() => d.env.globals.PropertiesService.getDocumentProperties())).toBe(MESSAGES.kill);
    } finally {
      d.env.emu.cost.end();
    }
    // Outside an execution (a person at the sheet) nothing is refused.
    expect(d.sheet('Tickets').getRange(1, 1).getValue()).toBe('Ticket ID');
  });
});

describe('triggers', () => {
  it('fire twice, or late, as Google sometimes does', () => {
    const d = freshDesk();
    d.ok('apiInstallTriggers');
    const plan = new FaultPlan(d.env, { triggerTwice: 1 }).arm();
    const t0 = d.env.clock.now();
    const twice = d.bundle.runDueTriggers(t0 + 5 * 60_000).filter((f) => f.handler === 'onMailQueue');
    expect(twice.length).toBe(2);
    expect(plan.counts.triggerTwice).toBeGreaterThan(0);
    plan.disarm();
    const late = new FaultPlan(d.env, { triggerLate: 1, lateMs: 10 * 60_000, seed: 3 }).arm();
    const fired = d.bundle.runDueTriggers(t0 + 10 * 60_000).filter((f) => f.handler === 'onMailQueue');
    expect(fired.length).toBeGreaterThan(0);
    expect(fired[0]!.at).toBeGreaterThan(t0 + 10 * 60_000 - 5 * 60_000 + 60_000 - 1);
    expect(late.counts.triggerLate).toBeGreaterThan(0);
  });
});

describe('the interleaving scheduler', () => {
  const other = (d: Desk, out: unknown[]) => ({
    label: 'jun logs a case',
    run: () => out.push(d.env.accounts.runAs('jun@shop.test', false, () => d.bundle.call('apiLogCase', { ...CASE, customerName: 'Bo' }))),
  });

  it('runs another execution before the lock is taken: both land, IDs unique, each under its own execution id', () => {
    const d = freshDesk();
    const sched = new Interleaver(d.env, { rate: 1, at: (n) => n === 'LockService.getDocumentLock' }).arm();
    const out: unknown[] = [];
    sched.add(other(d, out));
    const a = d.ok('apiLogCase', CASE);
    expect(sched.interleavings).toBe(1);
    const b = (out[0] as { ok: boolean; data: { ticket: { ticketId: string } } });
    expect(b.ok).toBe(true);
    expect(new Set([a.ticket.ticketId, b.data.ticket.ticketId]).size).toBe(2);
    expect(ids(d)).toHaveLength(2);
    expect(sched.log[0]!.inside).toMatch(/^exec-\d+$/);
  });

  it('inside the locked section: the other execution waits its 20 s and is told the desk is busy', () => {
    const d = freshDesk();
    const sched = new Interleaver(d.env, { rate: 1, at: (n) => n === 'Range.setValues' }).arm();
    const out: unknown[] = [];
    sched.add(other(d, out));
    d.ok('apiLogCase', CASE);
    expect((out[0] as { ok: boolean; error: { key: string } }).error.key).toBe('busy');
    expect(ids(d)).toHaveLength(1);
  });

  it('is deterministic: the same seed interleaves at the same calls', () => {
    const runOnce = () => {
      const d = freshDesk();
      const sched = new Interleaver(d.env, { rate: 0.05, seed: 9 }).arm();
      const out: unknown[] = [];
      for (let i = 0; i < 3; i++) sched.add(other(d, out));
      for (let i = 0; i < 3; i++) d.ok('apiLogCase', CASE);
      return sched.log.map((l) => l.call);
    };
    const a = runOnce();
    expect(a.length).toBeGreaterThan(0);
    expect(runOnce()).toEqual(a);
  });
});
