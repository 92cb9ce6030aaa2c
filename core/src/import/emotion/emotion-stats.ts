import type { Emotion } from '../../model/journey.js';
import { roundScore } from './round-score.js';

/** A score at or below this (on −2…+2) lies in the bottom 40 % of any scale. */
const LOW_SCORE = -2 + 4 * 0.4 + 1e-9;

/**
 * Running mean, count, range and share of low scores of canonical (−2…+2) scores, for one stage,
 * one stage × persona, or one survey column.
 *
 * @example const stats = new EmotionStats(); stats.add(-2); stats.add(1); stats.toEmotion('stage-1') // { stageId: 'stage-1', score: -0.5, n: 2, min: -2, max: 1, sd: 2.121 }
 */
export class EmotionStats {
  n = 0;
  sum = 0;
  sumOfSquares = 0;
  min = Infinity;
  max = -Infinity;
  low = 0;

  add(score: number): void {
    this.n++;
    this.sum += score;
    this.sumOfSquares += score * score;
    if (score < this.min) this.min = score;
    if (score > this.max) this.max = score;
    if (score <= LOW_SCORE) this.low++;
  }

  /** The mean, or `undefined` when nothing was added. */
  get mean(): number | undefined {
    return this.n === 0 ? undefined : this.sum / this.n;
  }

  /**
   * The sample standard deviation (n − 1), or `undefined` below two scores. Scores lie on −2…+2, so
   * the sum of squares loses nothing that matters to cancellation.
   */
  get sd(): number | undefined {
    if (this.n < 2) return undefined;
    const variance = (this.sumOfSquares - (this.sum * this.sum) / this.n) / (this.n - 1);
    return Math.sqrt(Math.max(0, variance));
  }

  /** The stage's emotion (with `sd` from two scores on); `lowShare` only when asked (survey data). */
  toEmotion(stageId: string, options: { personaId?: string; lowShare?: boolean } = {}): Emotion {
    const emotion: Emotion = {
      stageId,
      score: clamp(roundScore(this.sum / this.n)),
      n: this.n,
      min: clamp(roundScore(this.min)),
      max: clamp(roundScore(this.max)),
    };
    const sd = this.sd;
    if (sd !== undefined) emotion.sd = roundScore(sd);
    if (options.personaId !== undefined) emotion.personaId = options.personaId;
    if (options.lowShare === true) emotion.lowShare = roundScore(this.low / this.n);
    return emotion;
  }
}

function clamp(score: number): number {
  return Math.min(2, Math.max(-2, score));
}
