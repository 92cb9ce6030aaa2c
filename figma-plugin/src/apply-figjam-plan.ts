import type { FigJamApi } from './figjam-api.js';
import { startFigJamRun, type ApplyResult, type FigJamRunOptions } from './figjam-run.js';
import { finishFigJamMap } from './finish-figjam-map.js';
import type { FigJamSyncPlan } from './plan-figjam-sync.js';
import { writeFigJamFrame } from './write-figjam-frame.js';
import { writeFigJamItems } from './write-figjam-items.js';

/**
 * Applies a sync plan to the current page, in the steps `applyMiroPlan` takes on Miro: the frame
 * (`writeFigJamFrame`: the section created, or a kept one fitted to the map), the items
 * (`writeFigJamItems`: creates, updates, moves, removes, writing only what differs), the finish
 * (`finishFigJamMap`: one undo step, the map selected and in view). Returns what was written, for
 * `reportFigJamPlacement`. The layout must have a frame (`placeOnFigJam` checks).
 *
 * @example reportFigJamPlacement(sync, await applyFigJamPlan(figma, sync, {}))
 */
export async function applyFigJamPlan(figma: FigJamApi, sync: FigJamSyncPlan, options: FigJamRunOptions): Promise<ApplyResult> {
  const run = startFigJamRun(figma, sync, options);
  if (writeFigJamFrame(run)) await writeFigJamItems(run);
  finishFigJamMap(run);
  return run.result;
}
