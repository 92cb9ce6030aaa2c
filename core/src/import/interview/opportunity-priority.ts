import { roundScore } from '../emotion/round-score.js';

/**
 * How negative a stage feels, from 0.05 (+2, delighted) to 1.05 (−2, frustrated). The small floor
 * keeps opportunities of happy stages ranked by how often they were raised instead of all tying at 0.
 */
export function negativity(score: number | undefined): number {
  return (2 - (score ?? 0)) / 4 + 0.05;
}

/**
 * An opportunity's priority: how many people raised it × how negative its stage feels.
 *
 * @example opportunityPriority(4, -2) // 4.2
 */
export function opportunityPriority(count: number, stageScore: number | undefined): number {
  return roundScore(count * negativity(stageScore));
}
