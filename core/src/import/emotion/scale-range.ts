import type { EmotionScale } from '../../model/problem.js';

/** Numeric scales and their [lowest, highest] values. */
export type NumericScale = Exclude<EmotionScale, 'words' | 'none'>;

export const SCALE_RANGES: Record<NumericScale, readonly [number, number]> = {
  '1-5': [1, 5],
  '1-7': [1, 7],
  '1-10': [1, 10],
  '0-10': [0, 10],
  '0-5': [0, 5],
  '-3..3': [-3, 3],
  '-2..2': [-2, 2],
  percent: [0, 100],
};

/**
 * The named scale spanning `low`…`high`, if Parcours knows one.
 *
 * @example scaleOfRange(1, 5) // '1-5'
 */
export function scaleOfRange(low: number, high: number): NumericScale | undefined {
  for (const [scale, [from, to]] of Object.entries(SCALE_RANGES) as [NumericScale, readonly [number, number]][]) {
    if (from === low && to === high) return scale;
  }
  return undefined;
}
