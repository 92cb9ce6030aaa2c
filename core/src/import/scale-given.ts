import type { Column } from './column.js';
import type { DetectedScale } from './detect-scale.js';
import type { ImportOptions } from './import-options.js';
import type { ScaleHint } from './scale-hint.js';

/**
 * What is known about the emotion scale before looking at values: the scale forced in the options
 * and the hint in the emotion column's header.
 *
 * @example scaleGiven({ scale: '1-5' }, column) // { forced: '1-5', hint: … }
 */
export function scaleGiven(options: ImportOptions, column: Pick<Column, 'scale'> | undefined): { forced?: DetectedScale['scale']; hint?: ScaleHint } {
  const given: { forced?: DetectedScale['scale']; hint?: ScaleHint } = {};
  if (options.scale !== undefined) given.forced = options.scale;
  if (column?.scale !== undefined) given.hint = column.scale;
  return given;
}
