import { describe, expect, it } from 'vitest';
import { parseBusinessCalendar } from '../../src/core/calendar';
import { newTicket } from '../../src/core/lifecycle';
import type { Ticket } from '../../src/core/records';
import {
  DEFAULT_MARKETPLACE_HOURS,
  DEFAULT_SLA_POLICY,
  firstReplyDue,
  marketplaceDue,
  marketplaceState,
  resolutionDue,
  slaClocks,
  slaState,
} from '../../src/core/sla';

const at = (iso: string) => Date.parse(iso);
const sgt = (local: string) => at(`${local}+08:00`);
const h = '09:00-18:00';
const cal = parseBusinessCalendar({ timeZone: 'Asia/Singapore', hours: { Mon: h, Tue: h, Wed: h, Thu: h, Fri: h, Sat: 'closed', Sun: 'closed' }, holidays: '' });
const policy = DEFAULT_SLA_POLICY;

/** A normal-priority ticket created Mon 2026-11-23 09:00 SGT, then `patch` applied. */
function ticket(patch: Partial<Ticket> = {}): Ticket {
  const created = sgt('2026-11-23T09:00:00');
  const base = newTicket({ ticketId: 'T-000001', channel: 'email', reason: 'damaged', priority: 'normal' }, { now: created, actor: 'a@x', calendar: cal, policy }).ticket;
  return { ...base, ...patch };
}

describe('policy defaults (DATA.md)', () => {
  it('1/2/4/8 first reply, 8/24/48/72 resolution, due soon at a quarter left', () => {
    expect(DEFAULT_SLA_POLICY.firstReplyHours).toEqual({ urgent: 1, high: 2, normal: 4, low: 8 });
    expect(DEFAULT_SLA_POLICY.resolutionHours).toEqual({ urgent: 8, high: 24, normal: 48, low: 72 });
    expect(DEFAULT_SLA_POLICY.dueSoonFraction).toBe(0.25);
  });
});

describe('due times', () => {
  it('first reply walks business hours over the weekend', () => {
    expect(firstReplyDue(cal, policy, sgt('2026-11-20T16:00:00'), 'normal')).toBe(sgt('2026-11-23T11:00:00'));
    expect(firstReplyDue(cal, policy, sgt('2026-11-20T17:30:00'), 'urgent')).toBe(sgt('2026-11-23T09:30:00'));
    expect(firstReplyDue(cal, policy, sgt('2026-11-21T10:00:00'), 'high')).toBe(sgt('2026-11-23T11:00:00'));
  });

  it('resolution due is pushed out by waiting hours', () => {
    // 48 h from Mon 09:00 = five 9-hour days (45 h) + 3 h of the next Monday
    expect(resolutionDue(cal, policy, sgt('2026-11-23T09:00:00'), 'normal', 0)).toBe(sgt('2026-11-30T12:00:00'));
    // 54 h lands exactly on the next Monday's closing time
    expect(resolutionDue(cal, policy, sgt('2026-11-23T09:00:00'), 'normal', 6)).toBe(sgt('2026-11-30T18:00:00'));
  });
});

describe('slaState while open', () => {
  it('first-reply clock: on track, due soon at a quarter left, breached after', () => {
    expect(slaState(cal, policy, ticket(), sgt('2026-11-23T11:00:00'))).toBe('on_track');
    expect(slaState(cal, policy, ticket(), sgt('2026-11-23T12:00:00'))).toBe('due_soon');
    expect(slaState(cal, policy, ticket(), sgt('2026-11-23T13:00:00'))).toBe('due_soon'); // due exactly now: not yet missed
    expect(slaState(cal, policy, ticket(), sgt('2026-11-23T13:00:01'))).toBe('breached');
  });

  it('resolution clock after a timely first reply', () => {
    const t = ticket({ status: 'open', firstReplyAt: sgt('2026-11-23T10:00:00'), agentReplies: 1 });
    expect(slaState(cal, policy, t, sgt('2026-11-26T17:00:00'))).toBe('on_track'); // 35 h used, 13 left
    expect(slaState(cal, policy, t, sgt('2026-11-26T18:00:00'))).toBe('due_soon'); // 36 used, 12 left = 25 %
    expect(slaState(cal, policy, t, sgt('2026-11-30T12:00:00'))).toBe('due_soon');
    expect(slaState(cal, policy, t, sgt('2026-11-30T12:01:00'))).toBe('breached');
  });

  it('a late first reply stays a breach', () => {
    const t = ticket({ status: 'open', firstReplyAt: sgt('2026-11-23T14:00:00'), agentReplies: 1 });
    expect(slaState(cal, policy, t, sgt('2026-11-23T15:00:00'))).toBe('breached');
  });

  it('waiting on the customer pauses the resolution clock', () => {
    const replied = { firstReplyAt: sgt('2026-11-23T10:00:00'), agentReplies: 1 };
    const now = sgt('2026-11-27T17:00:00'); // 44 business hours after creation
    const open = ticket({ ...replied, status: 'open' });
    expect(slaClocks(cal, policy, open, now)!.resolution.used).toBe(44);
    expect(slaState(cal, policy, open, now)).toBe('due_soon');
    const waiting = ticket({ ...replied, status: 'waiting', waitingSince: sgt('2026-11-24T09:00:00') });
    expect(slaClocks(cal, policy, waiting, now)!.resolution.used).toBe(9); // 35 h of it spent waiting
    expect(slaState(cal, policy, waiting, now)).toBe('on_track');
  });

  it('a ticket created on a Friday evening has used nothing by Saturday', () => {
    const t = ticket({ createdAt: sgt('2026-11-20T19:00:00') });
    expect(slaState(cal, policy, t, sgt('2026-11-21T12:00:00'))).toBe('on_track');
    expect(slaState(cal, policy, t, sgt('2026-11-23T12:00:00'))).toBe('due_soon');
  });

  it('no creation time → no state', () => {
    expect(slaState(cal, policy, ticket({ createdAt: null }), sgt('2026-11-23T12:00:00'))).toBeNull();
  });
});

describe('slaState once resolved', () => {
  const replied = { firstReplyAt: sgt('2026-11-23T10:00:00'), agentReplies: 1 };
  it('met when both targets were met, whatever "now" is', () => {
    const t = ticket({ ...replied, status: 'resolved', resolvedAt: sgt('2026-11-25T12:00:00') });
    expect(slaState(cal, policy, t, sgt('2027-01-01T00:00:00'))).toBe('met');
  });

  it('breached when the resolution took longer than the target, unless the customer kept us waiting', () => {
    const late = { ...replied, status: 'closed' as const, resolvedAt: sgt('2026-12-01T10:00:00'), closedAt: sgt('2026-12-02T10:00:00') };
    expect(slaState(cal, policy, ticket(late), sgt('2026-12-03T00:00:00'))).toBe('breached'); // 55 h > 48
    expect(slaState(cal, policy, ticket({ ...late, waitingHours: 8 }), sgt('2026-12-03T00:00:00'))).toBe('met'); // 47 h
  });

  it('a late first reply makes a quick resolution a breach', () => {
    const t = ticket({ firstReplyAt: sgt('2026-11-23T14:00:00'), status: 'resolved', resolvedAt: sgt('2026-11-23T15:00:00') });
    expect(slaState(cal, policy, t, sgt('2026-11-24T00:00:00'))).toBe('breached');
  });

  it('resolving straight from new counts the resolution as the first answer', () => {
    const t = ticket({ status: 'resolved', resolvedAt: sgt('2026-11-23T10:00:00') });
    expect(slaState(cal, policy, t, sgt('2026-11-30T00:00:00'))).toBe('met');
  });
});

describe('marketplace clocks (calendar hours)', () => {
  const start = at('2026-11-20T19:00:00+08:00');
  it('chat 12 h and return request 48 h by default, or as configured', () => {
    expect(DEFAULT_MARKETPLACE_HOURS).toEqual({ returnRequest: 48, chat: 12 });
    expect(marketplaceDue('chat', start, DEFAULT_MARKETPLACE_HOURS)).toBe(at('2026-11-21T07:00:00+08:00'));
    expect(marketplaceDue('return_request', start, DEFAULT_MARKETPLACE_HOURS)).toBe(at('2026-11-22T19:00:00+08:00'));
    expect(marketplaceDue('return_request', start, { returnRequest: 24, chat: 12 })).toBe(at('2026-11-21T19:00:00+08:00'));
  });

  it('due soon at 3 h left, breached after, met when answered in time', () => {
    const due = marketplaceDue('chat', start, DEFAULT_MARKETPLACE_HOURS);
    expect(marketplaceState(due, null, due - 3 * 3_600_000 - 1)).toBe('on_track');
    expect(marketplaceState(due, null, due - 3 * 3_600_000)).toBe('due_soon');
    expect(marketplaceState(due, null, due + 1)).toBe('breached');
    expect(marketplaceState(due, due, due + 99)).toBe('met');
    expect(marketplaceState(due, due + 1, due + 99)).toBe('breached');
  });
});
