/** Erlang C through the Erlang-B recurrence: published and hand-computed values, edge cases, 1,000+ agents. */
import { describe, expect, it } from 'vitest';
import { agentsRequired, agentsToSchedule, erlangB, erlangC, intervalMetrics, trafficErlangs } from '../../../src/core/staffing/erlang';

/** Erlang C straight from its definition, in log space (an independent check of the recurrence). */
function erlangCByDefinition(n: number, a: number): number {
  const logTerm = (k: number) => k * Math.log(a) - logFactorial(k);
  const terms = Array.from({ length: n }, (_, k) => logTerm(k));
  const last = logTerm(n) + Math.log(n / (n - a));
  const m = Math.max(...terms, last);
  const sum = terms.reduce((s, t) => s + Math.exp(t - m), 0) + Math.exp(last - m);
  return Math.exp(last - m) / sum;
}
function logFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

describe('Erlang B and C', () => {
  it('ErlangC(3 agents, 2 Erlangs) = 4/9', () => {
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 12);
  });

  it('ErlangB by hand: B(1, 1) = 1/2, B(2, 1) = 1/5, B(3, 2) = 4/19', () => {
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    // B(3,2) = (8/6) / (1 + 2 + 2 + 8/6) = 4/19
    expect(erlangB(3, 2)).toBeCloseTo(4 / 19, 12);
  });

  it('one agent is M/M/1: the chance to wait is the load, ASA = AHT·ρ/(1−ρ)', () => {
    expect(erlangC(1, 0.5)).toBeCloseTo(0.5, 12);
    // 10 chats an hour, 180 s each: A = 0.5; ASA = 0.5 × 180 / (1 − 0.5) = 180 s.
    const m = intervalMetrics({ arrivals: 10, intervalSeconds: 3600, ahtSeconds: 180 }, 1, 0);
    expect(m.asaSeconds).toBeCloseTo(180, 9);
    expect(m.occupancy).toBeCloseTo(0.5, 12);
  });

  it('3 agents, 2 Erlangs, AHT 180 s: ASA = (4/9)·180/1 = 80 s; SL(20 s) = 1 − (4/9)e^(−20/180)', () => {
    const m = intervalMetrics({ arrivals: 40, intervalSeconds: 3600, ahtSeconds: 180 }, 3, 20);
    expect(m.traffic).toBeCloseTo(2, 12);
    expect(m.asaSeconds).toBeCloseTo(80, 9);
    expect(m.serviceLevel).toBeCloseTo(1 - (4 / 9) * Math.exp(-20 / 180), 12);
    expect(m.serviceLevel).toBeCloseTo(0.60229, 5);
  });

  it('100 calls in 30 min, AHT 180 s, 80 % in 20 s → 14 agents at service level 0.8884 (13 give 0.7956)', () => {
    const i = { arrivals: 100, intervalSeconds: 1800, ahtSeconds: 180 };
    expect(trafficErlangs(i)).toBe(10);
    const m = agentsRequired(i, { serviceLevel: 0.8, targetSeconds: 20 });
    expect(m.agents).toBe(14);
    expect(Number(m.serviceLevel.toFixed(4))).toBe(0.8884);
    expect(m.pWait).toBeCloseTo(0.1741, 4);
    expect(m.asaSeconds).toBeCloseTo(7.84, 2);
    expect(Number(intervalMetrics(i, 13, 20).serviceLevel.toFixed(4))).toBe(0.7956);
  });

  it('N ≤ A: everyone waits, the service level is 0 and the wait has no end', () => {
    for (const n of [0, 5, 10]) {
      const m = intervalMetrics({ arrivals: 100, intervalSeconds: 1800, ahtSeconds: 180 }, n, 20);
      expect(m.pWait).toBe(1);
      expect(m.serviceLevel).toBe(0);
      expect(m.asaSeconds).toBe(Infinity);
    }
  });

  it('no arrivals: nobody waits and no agent is required', () => {
    const i = { arrivals: 0, intervalSeconds: 3600, ahtSeconds: 240 };
    expect(intervalMetrics(i, 0, 20)).toMatchObject({ pWait: 0, serviceLevel: 1, asaSeconds: 0 });
    expect(agentsRequired(i, { serviceLevel: 0.8, targetSeconds: 20 }).agents).toBe(0);
  });

  it('stays finite and exact at 1,000+ agents (checked against the definition in log space)', () => {
    for (const [n, a] of [[1011, 1000], [1050, 1000], [2000, 1950.5]] as const) {
      const c = erlangC(n, a);
      expect(Number.isFinite(c)).toBe(true);
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThan(1);
      expect(c).toBeCloseTo(erlangCByDefinition(n, a), 9);
    }
    const m = agentsRequired({ arrivals: 20_000, intervalSeconds: 3600, ahtSeconds: 180 }, { serviceLevel: 0.8, targetSeconds: 20 });
    expect(m.agents).toBe(1011);
    expect(intervalMetrics({ arrivals: 20_000, intervalSeconds: 3600, ahtSeconds: 180 }, 1010, 20).serviceLevel).toBeLessThan(0.8);
    expect(m.serviceLevel).toBeGreaterThanOrEqual(0.8);
  });

  it('the occupancy cap can decide: 2 Erlangs at 85 % need 3 agents for occupancy even when the SL target is loose', () => {
    const i = { arrivals: 40, intervalSeconds: 3600, ahtSeconds: 180 };
    expect(agentsRequired(i, { serviceLevel: 0.1, targetSeconds: 0 }).agents).toBe(3);
    // 3 agents: 67 % busy; a 60 % cap needs ⌈2 / 0.6⌉ = 4.
    expect(agentsRequired(i, { serviceLevel: 0.1, targetSeconds: 0, maxOccupancy: 0.6 }).agents).toBe(4);
  });

  it('agents to schedule = ⌈required ÷ (1 − shrinkage)⌉', () => {
    expect(agentsToSchedule(14, 0.3)).toBe(20);
    expect(agentsToSchedule(7, 0.3)).toBe(10);
    expect(agentsToSchedule(10, 0)).toBe(10);
    expect(agentsToSchedule(0, 0.5)).toBe(0);
    expect(() => agentsToSchedule(3, 1)).toThrow(RangeError);
  });
});
