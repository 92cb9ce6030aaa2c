import { describe, expect, it } from 'vitest';
import { logGamma, regularizedBeta } from '../../core/src/compare/regularized-beta.js';
import { welchTest } from '../../core/src/compare/welch-test.js';

/**
 * The two-sided p-value of Student's t by integrating its density numerically (Simpson's rule on
 * the central part), a different road from the continued fraction under test.
 */
function twoSidedP(t: number, df: number): number {
  const c = Math.exp(logGammaBySum(df + 1) - logGammaBySum(df)) / Math.sqrt(df * Math.PI);
  const density = (x: number) => c * (1 + (x * x) / df) ** (-(df + 1) / 2);
  const steps = 20_000;
  const h = Math.abs(t) / steps;
  let sum = density(0) + density(Math.abs(t));
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h);
  return 1 - 2 * ((sum * h) / 3);
}

/** ln Γ(x/2) from Γ's recurrence (x a whole number or a half), independent of the Lanczos series. */
function logGammaBySum(doubled: number): number {
  // Γ(df/2) for non-integer df/2 is not reached by the tests: df is whole here.
  let value = doubled % 2 === 0 ? 0 : Math.log(Math.sqrt(Math.PI));
  for (let k = doubled % 2 === 0 ? 1 : 0.5; k < doubled / 2; k++) value += Math.log(k);
  return value;
}

describe('welchTest', () => {
  it('matches a hand-computed example: m 0 vs 1, sd 1, n 10 each → t = √5, df = 18, p ≈ 0.0382', () => {
    const result = welchTest({ mean: 0, sd: 1, n: 10 }, { mean: 1, sd: 1, n: 10 });
    // t = 1 / √(1/10 + 1/10) = √5; df = (0.2)² / (2 × 0.01 / 9) = 18.
    expect(result?.t).toBeCloseTo(Math.sqrt(5), 12);
    expect(result?.df).toBeCloseTo(18, 10);
    expect(result?.p).toBeCloseTo(twoSidedP(Math.sqrt(5), 18), 6);
    expect(result?.p).toBeCloseTo(0.0382, 4);
  });

  it('matches a hand-computed unequal case: m −1 (sd 1, n 10) vs 0.5 (sd 1.5, n 12)', () => {
    const v1 = 1 / 10;
    const v2 = 2.25 / 12;
    const t = 1.5 / Math.sqrt(v1 + v2); // 2.7975…
    const df = (v1 + v2) ** 2 / (v1 ** 2 / 9 + v2 ** 2 / 11); // 19.19…
    const result = welchTest({ mean: -1, sd: 1, n: 10 }, { mean: 0.5, sd: 1.5, n: 12 });
    expect(result?.t).toBeCloseTo(2.7975, 4);
    expect(result?.t).toBeCloseTo(t, 12);
    expect(result?.df).toBeCloseTo(df, 10);
    expect(result?.df).toBeCloseTo(19.19, 2);
    // Integrating the density at the nearest whole df on each side brackets the p-value.
    expect(result?.p).toBeLessThan(twoSidedP(t, 19));
    expect(result?.p).toBeGreaterThan(twoSidedP(t, 20));
  });

  it('gives the textbook critical values: t = 2.228 at df 10 and 12.706 at df 1 are p = 0.05', () => {
    expect(regularizedBeta(10 / (10 + 2.228138852 ** 2), 5, 0.5)).toBeCloseTo(0.05, 8);
    expect(regularizedBeta(1 / (1 + 12.70620474 ** 2), 0.5, 0.5)).toBeCloseTo(0.05, 8);
  });

  it('is symmetric: swapping the waves flips t and keeps p', () => {
    const one = welchTest({ mean: 0.2, sd: 0.9, n: 7 }, { mean: -0.4, sd: 1.3, n: 9 });
    const other = welchTest({ mean: -0.4, sd: 1.3, n: 9 }, { mean: 0.2, sd: 0.9, n: 7 });
    expect(other?.t).toBeCloseTo(-(one?.t ?? 0), 12);
    expect(other?.p).toBeCloseTo(one?.p ?? 0, 12);
  });

  it('says nothing below two scores on a side', () => {
    expect(welchTest({ mean: 0, sd: 0, n: 1 }, { mean: 1, sd: 1, n: 30 })).toBeUndefined();
  });

  it('without any spread: a difference is certain, no difference is none', () => {
    expect(welchTest({ mean: 0, sd: 0, n: 5 }, { mean: 1, sd: 0, n: 5 })?.p).toBe(0);
    expect(welchTest({ mean: 1, sd: 0, n: 5 }, { mean: 1, sd: 0, n: 5 })?.p).toBe(1);
  });

  it('logGamma: Γ(5) = 24, Γ(½) = √π', () => {
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});
