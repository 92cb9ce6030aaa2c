import type { EmotionScale } from '../../model/problem.js';
import { scaleLabel } from './detect-scale.js';
import type { EmotionReading } from './read-emotion.js';

/**
 * Why an emotion cell was left out, in words the user can act on.
 *
 * @example emotionProblem({ kind: 'number', value: 7 }, '1-5') // '7 is outside the scale 1–5: left out'
 */
export function emotionProblem(reading: EmotionReading, scale: EmotionScale): string {
  if (reading.kind === 'invalid') return `${reading.why}: left out`;
  if (reading.kind === 'number') return `${reading.value} is outside the scale ${scaleLabel(scale)}: left out`;
  if (reading.kind === 'percent') return `${Math.round(reading.value * 10) / 10} % is outside 0–100 %: left out`;
  return 'no emotion here: left out';
}
