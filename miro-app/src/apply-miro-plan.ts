import type { HostWrite } from './host-write.js';
import type { MiroBoardApi } from './miro-board-api.js';
import { startMiroRun, type ApplyOptions, type ApplyResult } from './miro-run.js';
import { finishMiroMap } from './finish-miro-map.js';
import type { MiroSyncPlan } from './plan-miro-sync.js';
import { writeMiroFrame } from './write-miro-frame.js';
import { writeMiroItems } from './write-miro-items.js';

export type { ApplyOptions, ApplyResult } from './miro-run.js';

/**
 * Applies a sync plan to the board, in the steps `applyFigJamPlan` takes on FigJam: the frame
 * (`writeMiroFrame`: created in free space, or updated and grown), the items (`writeMiroItems`:
 * removes, updates, moves and creates in several pipelines at once, connectors last), the finish
 * (`finishMiroMap`: the frame shrunk to the map, a new map in view). A cancel starts nothing new and
 * ends the wait for creates at once; other started calls finish (no item is left without its
 * metadata); a permanent error does the same and is reported. A create given up on that answers
 * later is marked or removed (`miroItemWrites`). Returns what was written, for `reportMiroPlacement`.
 *
 * @example reportMiroPlacement(sync, await applyMiroPlan(board, sync, write, { style, concurrency: 16 }), retries)
 */
export async function applyMiroPlan(board: MiroBoardApi, sync: MiroSyncPlan, write: HostWrite, options: ApplyOptions): Promise<ApplyResult> {
  const run = startMiroRun(board, sync, write, options);
  if (await writeMiroFrame(run)) {
    await writeMiroItems(run);
    await finishMiroMap(run);
  } else {
    // The frame failed: nothing else was started, only late creates are waited for.
    await run.items.settle();
  }
  return run.result;
}
