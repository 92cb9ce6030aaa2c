import { type Layout, planSync, type SyncPlan } from '../../core/src/index.js';
import type { FigJamApi } from './figjam-api.js';
import { readPlaced } from './read-placed.js';

/**
 * What placing `layout` would do on the current page, for the panel's preview: reads back this
 * journey's nodes and plans, writing nothing. A layout without a frame plans everything as new.
 *
 * @example planOnFigJam(figma, layout).add.length // everything, on an empty page
 */
export function planOnFigJam(figma: FigJamApi, layout: Layout): SyncPlan {
  const frame = layout.primitives.find((primitive) => primitive.kind === 'frame');
  if (!frame) return planSync([], layout);
  return planSync(readPlaced(figma, layout, frame).records, layout);
}
