/**
 * Rounds a computed score (a mean, a priority) to 3 decimals: enough for any drawing, and free of
 * floating-point noise such as 0.30000000000000004 in what users see and tests compare.
 *
 * @example roundScore(2 / 3) // 0.667
 */
export function roundScore(value: number): number {
  return Math.round(value * 1000) / 1000;
}
