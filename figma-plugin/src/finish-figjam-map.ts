import type { FigJamRun } from './figjam-run.js';

/**
 * The last step of the writes, as `finishMiroMap` on Miro: says where a cancel stopped, makes the
 * whole run one undo step, then selects and shows the map.
 *
 * @example finishFigJamMap(run)
 */
export function finishFigJamMap(run: FigJamRun): void {
  const { figma, result } = run;
  if (result.cancelled) {
    result.problems.push({ message: `Cancelled after ${run.done} of ${run.total} changes: what is on the board stays, placing again finishes it.` });
  }
  if (run.wrote) figma.commitUndo();
  run.options.onProgress?.({ phase: 'finish', done: run.done, total: run.total });
  const section = run.placedFrame;
  if (section && !section.removed) {
    figma.currentPage.selection = [section];
    figma.viewport.scrollAndZoomIntoView([section]);
  }
}
