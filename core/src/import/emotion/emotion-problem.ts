import type { EmotionScale } from '../../model/problem.js';
import { say } from '../../words/say.js';
import type { Said } from '../../words/wording.js';
import type { EmotionReading } from './read-emotion.js';

/**
 * Why an emotion cell was left out, in words the user can act on.
 *
 * @example emotionProblem({ kind: 'number', value: 7 }, '1-5').message // '7 is outside the scale 1–5: left out'
 */
export function emotionProblem(reading: EmotionReading, scale: EmotionScale): Said {
  if (reading.kind === 'invalid') return say('emotion.leftOut', { why: reading.why });
  if (reading.kind === 'number') return say('emotion.outside', { value: reading.value, scale });
  if (reading.kind === 'percent') return say('emotion.percentOutside', { value: Math.round(reading.value * 10) / 10 });
  return say('emotion.none');
}
