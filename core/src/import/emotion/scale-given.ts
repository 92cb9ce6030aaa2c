import type { EmotionScale } from '../../model/problem.js';
import type { DetectedScale } from './detect-scale.js';
import type { ScaleHint } from './scale-hint.js';

/**
 * What is known about the emotion scale before looking at values: the scale forced in the options
 * and the hint in the emotion column's header. It takes just those two fields so that
 * `emotion/` depends on neither `ImportOptions` nor `Column` (see README.md).
 *
 * @example scaleGiven({ scale: '1-5' }, column) // { forced: '1-5', hint: … }
 */
export function scaleGiven(options: { scale?: EmotionScale | undefined }, column: { scale?: ScaleHint } | undefined): { forced?: DetectedScale['scale']; hint?: ScaleHint } {
  const given: { forced?: DetectedScale['scale']; hint?: ScaleHint } = {};
  if (options.scale !== undefined) given.forced = options.scale;
  if (column?.scale !== undefined) given.hint = column.scale;
  return given;
}
