import { regularizedBeta } from './regularized-beta.js';

/** What a two-sample test needs of each side: the mean, the sample standard deviation, the count. */
export interface SampleSummary {
  mean: number;
  sd: number;
  n: number;
}

/** Welch's t, its Welch–Satterthwaite degrees of freedom and the two-sided p-value. */
export interface WelchResult {
  t: number;
  df: number;
  p: number;
}

/**
 * Welch's unequal-variances t-test from two summaries (after − before):
 * t = (m₂ − m₁) / √(s₁²/n₁ + s₂²/n₂), df = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁−1) + (s₂²/n₂)²/(n₂−1)),
 * p = I_{df/(df+t²)}(df/2, 1/2), the two-sided tail of Student's t. `undefined` when a side has fewer
 * than two scores. When both sides have no spread at all, any difference is certain (p = 0) and none
 * is none (p = 1).
 *
 * @example welchTest({ mean: 0, sd: 1, n: 10 }, { mean: 1, sd: 1, n: 10 }) // { t: 2.236, df: 18, p: 0.038 } (rounded)
 */
export function welchTest(before: SampleSummary, after: SampleSummary): WelchResult | undefined {
  if (before.n < 2 || after.n < 2) return undefined;
  const v1 = (before.sd * before.sd) / before.n;
  const v2 = (after.sd * after.sd) / after.n;
  const difference = after.mean - before.mean;
  const se2 = v1 + v2;
  if (se2 === 0) {
    const certain = difference !== 0;
    return { t: certain ? Math.sign(difference) * Infinity : 0, df: before.n + after.n - 2, p: certain ? 0 : 1 };
  }
  const t = difference / Math.sqrt(se2);
  const df = (se2 * se2) / ((v1 * v1) / (before.n - 1) + (v2 * v2) / (after.n - 1));
  return { t, df, p: regularizedBeta(df / (df + t * t), df / 2, 0.5) };
}
