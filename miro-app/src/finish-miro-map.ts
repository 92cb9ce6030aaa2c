import { fail, type MiroRun } from './miro-run.js';
import { resizeMiroFrame } from './resize-miro-frame.js';

/**
 * The last step of the writes, as `finishFigJamMap` on FigJam: shrinks the frame to the map (never
 * smaller than what stays where it was: items kept because edited, items added by hand), zooms to a
 * new map, and waits for the creates that answered late (`miroItemWrites`' settle).
 *
 * @example await finishMiroMap(run)
 */
export async function finishMiroMap(run: MiroRun): Promise<void> {
  const { frame, result, sync, write } = run;
  const placed = run.placedFrame!;
  try {
    const staying = [...sync.plan.keep.map((entry) => entry.record.box), ...sync.placed.strangers];
    const width = Math.max(frame.box.w, ...staying.map((box) => box.x + box.w - frame.box.x));
    const height = Math.max(frame.box.h, ...staying.map((box) => box.y + box.h - frame.box.y));
    if (result.stopped === undefined && !result.cancelled && (placed.width > width || placed.height > height)) {
      run.frameResized = (await resizeMiroFrame(placed, run.origin!, width, height, write)) || run.frameResized;
    }
    if (run.createdFrame) await write('viewport.zoomTo', () => run.board.viewport.zoomTo(placed));
  } catch (error) {
    fail(run, error, 'frame', frame);
  }
  if (run.frameResized && !run.frameUpdated) result.updated++;
  await run.items.settle();
  run.options.onProgress?.({ phase: 'finish', done: run.done, total: run.total });
}
