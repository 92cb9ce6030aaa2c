/** A Net Promoter Score: % of promoters (9–10) minus % of detractors (0–6), rounded, with its counts. */
export interface NetPromoter {
  score: number;
  n: number;
  promoters: number;
  detractors: number;
}

/**
 * Tallies 0–10 answers into a Net Promoter Score; `undefined` without answers.
 *
 * @example netPromoter([10, 9, 7, 3]) // { score: 25, n: 4, promoters: 2, detractors: 1 }
 */
export function netPromoter(values: readonly number[]): NetPromoter | undefined {
  if (values.length === 0) return undefined;
  let promoters = 0;
  let detractors = 0;
  for (const value of values) {
    if (value >= 9) promoters++;
    else if (value <= 6) detractors++;
  }
  return { score: Math.round(((promoters - detractors) / values.length) * 100), n: values.length, promoters, detractors };
}
