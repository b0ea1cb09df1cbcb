import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, logGamma, negBinomialUpperTail, poissonLLR, poissonUpperTail, shrunkRate } from '../../../src/core/alerts/stats';

describe('alert statistics', () => {
  it('log-gamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(6)).toBeCloseTo(Math.log(120), 11);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 11);
  });

  it('expectation-based Poisson LLR of 20 observed vs 2 expected is 20·ln10 − 18', () => {
    expect(poissonLLR(20, 2)).toBeCloseTo(28.0517, 4);
    expect(poissonLLR(2, 5)).toBe(0);
  });

  it('Poisson upper tail: P(Y ≥ 3 | μ = 1) = 1 − 2.5/e', () => {
    expect(poissonUpperTail(3, 1)).toBeCloseTo(0.0803014, 6);
    expect(poissonUpperTail(0, 4)).toBe(1);
  });

  it('keeps precision far in the tail (P(Y ≥ 20 | μ = 2) ≈ 6.444e-14)', () => {
    // Leading term 2^20·e^-2/20! = 5.8330e-14; the next ones multiply it by 1 + 2/21 + 4/(21·22) + … = 1.10472.
    expect(poissonUpperTail(20, 2) / 6.4437e-14).toBeCloseTo(1, 3);
  });

  it('negative binomial with size 1 is geometric: P(Y ≥ 3 | μ = 2) = (2/3)^3', () => {
    expect(negBinomialUpperTail(3, 2, 1)).toBeCloseTo(8 / 27, 10);
    // Huge size → Poisson.
    expect(negBinomialUpperTail(3, 1, 1e9)).toBeCloseTo(0.0803014, 6);
    // Over-dispersion makes a large count less surprising than under Poisson.
    expect(negBinomialUpperTail(30, 15, 10)).toBeGreaterThan(poissonUpperTail(30, 15));
  });

  it('Benjamini–Hochberg on a small list', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.2]);
    expect(q[0]).toBeCloseTo(0.04, 10);
    expect(q[1]).toBeCloseTo(0.16 / 3, 10);
    expect(q[2]).toBeCloseTo(0.16 / 3, 10);
    expect(q[3]).toBeCloseTo(0.2, 10);
  });

  it('gamma–Poisson shrinkage pulls a thin history toward the shop rate', () => {
    expect(shrunkRate(10, 100, 0.02, 400)).toBeCloseTo(0.036, 12);
    expect(shrunkRate(0, 0, 0.02, 400)).toBeCloseTo(0.02, 12);
  });
});
