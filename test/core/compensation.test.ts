import { describe, expect, it } from 'vitest';
import type { Agent } from '../../src/core/assignment';
import {
  checkCompensation,
  chooseApprover,
  compensationLimit,
  DEFAULT_COMPENSATION_POLICY as policy,
  parseCompensationAmount,
} from '../../src/core/compensation';
import { isUserError } from '../../src/core/errors';

const person = (email: string, role: Agent['role'], limit: number | null = null, active = true): Agent => ({ email, name: email, role, languages: [], active, limit });
const agent = person('ann@shop.test', 'agent');
const lead = person('leo@shop.test', 'lead');
const owner = person('oz@shop.test', 'owner');

describe('limits', () => {
  it('defaults: agent 50, lead 200, owner unlimited, VIP × 1.5', () => {
    expect(policy).toEqual({ limits: { agent: 50, lead: 200, owner: null }, vipMultiplier: 1.5 });
    expect(compensationLimit(agent, null, policy)).toBe(50);
    expect(compensationLimit(agent, 'vip', policy)).toBe(75);
    expect(compensationLimit(lead, 'vip', policy)).toBe(300);
    expect(compensationLimit(owner, 'vip', policy)).toBe(Infinity);
    expect(compensationLimit(person('x@shop.test', 'agent', 80), 'vip', policy)).toBe(120); // the override is multiplied too
    expect(compensationLimit(agent, 'repeat', policy)).toBe(50);
  });
});

describe('checkCompensation', () => {
  it('an agent grants up to the limit; above it a lead approves, above the lead an owner', () => {
    expect(checkCompensation(50, agent, null, policy)).toEqual({ ok: true });
    expect(checkCompensation(0, agent, null, policy)).toEqual({ ok: true });
    expect(checkCompensation(50.01, agent, null, policy)).toEqual({ ok: false, needsApproval: true, limit: 50, approverRole: 'lead' });
    expect(checkCompensation(200.01, agent, null, policy)).toEqual({ ok: false, needsApproval: true, limit: 50, approverRole: 'owner' });
  });

  it('the VIP multiplier raises every limit', () => {
    expect(checkCompensation(75, agent, 'vip', policy)).toEqual({ ok: true });
    expect(checkCompensation(75.01, agent, 'vip', policy)).toEqual({ ok: false, needsApproval: true, limit: 75, approverRole: 'lead' });
    expect(checkCompensation(300, agent, 'vip', policy)).toMatchObject({ approverRole: 'lead' });
    expect(checkCompensation(300.5, agent, 'vip', policy)).toMatchObject({ approverRole: 'owner' });
  });

  it('per-agent override, leads and owners', () => {
    expect(checkCompensation(80, person('x@shop.test', 'agent', 80), null, policy)).toEqual({ ok: true });
    expect(checkCompensation(200, lead, null, policy)).toEqual({ ok: true });
    expect(checkCompensation(201, lead, null, policy)).toEqual({ ok: false, needsApproval: true, limit: 200, approverRole: 'owner' });
    expect(checkCompensation(1_000_000, owner, null, policy)).toEqual({ ok: true });
    const capped = { ...policy, limits: { ...policy.limits, owner: 1000 } };
    expect(checkCompensation(1001, owner, null, capped)).toEqual({ ok: false, needsApproval: true, limit: 1000, approverRole: 'owner' });
  });

  it('rejects negative, non-numeric, infinite and sub-cent amounts', () => {
    for (const bad of [-1, NaN, Infinity, 'abc', '', null, undefined, 1.234, '12.345', '-5', {}]) {
      let key = '';
      try {
        checkCompensation(bad, agent, null, policy);
      } catch (e) {
        key = isUserError(e) ? e.key : 'other';
      }
      expect(key, String(bad)).toBe('compensation_invalid');
    }
  });

  it('accepts cents, float noise and amount text', () => {
    expect(parseCompensationAmount(0.1 + 0.2)).toBeCloseTo(0.3, 12);
    expect(parseCompensationAmount('1,200.50')).toBe(1200.5);
    expect(parseCompensationAmount(' 12.5 ')).toBe(12.5);
    expect(checkCompensation('49.99', agent, null, policy)).toEqual({ ok: true });
  });
});

describe('chooseApprover', () => {
  const team = [
    agent,
    person('lia@shop.test', 'lead', 100),
    lead,
    person('olly@shop.test', 'owner', null, false),
    owner,
  ];
  it('the first active lead whose own limit covers it, else an owner', () => {
    expect(chooseApprover(team, 80, policy)?.email).toBe('lia@shop.test');
    expect(chooseApprover(team, 150, policy)?.email).toBe('leo@shop.test'); // lia's 100 does not cover it
    expect(chooseApprover(team, 500, policy)?.email).toBe('oz@shop.test'); // olly is inactive
    expect(chooseApprover(team, 280, policy, { customerTag: 'vip' })?.email).toBe('leo@shop.test'); // 200 × 1.5
  });

  it('never the requester; an owner has the last word; null when nobody can', () => {
    expect(chooseApprover(team, 80, policy, { exclude: 'LIA@shop.test' })?.email).toBe('leo@shop.test');
    const capped = { ...policy, limits: { ...policy.limits, owner: 1000 } };
    expect(chooseApprover(team, 5000, capped)?.email).toBe('oz@shop.test');
    expect(chooseApprover([agent, lead], 500, policy)).toBeNull();
  });
});
