import { type Layout, planSync, type SyncPlan } from '../../core/src/index.js';
import type { FigJamApi } from './figjam-api.js';
import { readPlacedOnFigJam, type PlacedOnFigJam } from './read-placed-on-figjam.js';

/** A re-import planned against a FigJam page, with what it was planned from (as `MiroSyncPlan` on Miro). */
export interface FigJamSyncPlan {
  layout: Layout;
  placed: PlacedOnFigJam;
  plan: SyncPlan;
}

/**
 * Reads back what this journey placed on the current page and plans the change, writing nothing:
 * the preview the panel shows, and the first step of every placement (a first placement is a sync
 * onto a page that holds nothing of this journey). A layout without a frame plans everything as new.
 *
 * @example planFigJamSync(figma, layout).plan.add.length // everything, on an empty page
 */
export function planFigJamSync(figma: FigJamApi, layout: Layout): FigJamSyncPlan {
  const frame = layout.primitives.find((primitive) => primitive.kind === 'frame');
  const placed = frame ? readPlacedOnFigJam(figma, layout, frame) : nothingPlaced();
  return { layout, placed, plan: planSync(placed.records, layout) };
}

function nothingPlaced(): PlacedOnFigJam {
  return { records: [], nodes: new Map(), data: new Map(), nodeIdByKey: new Map(), section: null };
}
