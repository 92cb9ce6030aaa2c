import type { Emotion } from '../model/journey.js';

/** Several emotions of one stage pooled into one: the mean, how many answered, the spread if known. */
export interface PooledEmotion {
  /** The n-weighted mean on −2…+2 (a plain mean when no emotion gives its `n`). */
  mean: number;
  /** Respondents behind the mean; 0 when the data gives no count (a map drawn by hand). */
  n: number;
  /** The pooled sample standard deviation, when every group with two answers or more gives its `sd`. */
  sd?: number;
}

/**
 * Pools the emotions of groups of respondents (the personas of a stage) as if their answers were one
 * sample: mean = Σnᵢmᵢ / Σnᵢ and, from the groups' own sums of squares, s² = (Σ(nᵢ−1)sᵢ² +
 * Σnᵢ(mᵢ−m)²) / (N−1). Without counts every emotion weighs the same and `n` is 0. `undefined` for
 * no emotion.
 *
 * @example poolEmotions([{ stageId: 's', score: -1, n: 2, sd: 0 }, { stageId: 's', score: 1, n: 2, sd: 0 }]) // { mean: 0, n: 4, sd: 1.155 } (rounded)
 */
export function poolEmotions(emotions: readonly Emotion[]): PooledEmotion | undefined {
  if (emotions.length === 0) return undefined;
  const counted = emotions.every((emotion) => emotion.n !== undefined && emotion.n > 0);
  if (!counted) {
    let sum = 0;
    for (const emotion of emotions) sum += emotion.score;
    return { mean: sum / emotions.length, n: 0 };
  }
  let n = 0;
  let weighted = 0;
  for (const emotion of emotions) {
    n += emotion.n ?? 0;
    weighted += (emotion.n ?? 0) * emotion.score;
  }
  const mean = weighted / n;
  const pooled: PooledEmotion = { mean, n };
  if (n < 2) return pooled;
  let squares = 0;
  for (const emotion of emotions) {
    const count = emotion.n ?? 0;
    if (count >= 2) {
      if (emotion.sd === undefined) return pooled;
      squares += (count - 1) * emotion.sd * emotion.sd;
    }
    squares += count * (emotion.score - mean) * (emotion.score - mean);
  }
  pooled.sd = Math.sqrt(squares / (n - 1));
  return pooled;
}
