import { say, type Layout, type PlacementReport, tooManyItems } from '../../core/src/index.js';
import { applyFigJamPlan } from './apply-figjam-plan.js';
import type { FigJamApi } from './figjam-api.js';
import type { FigJamRunOptions } from './figjam-run.js';
import { FIGJAM_CALL_TIMEOUT_MS, loadFigJamFonts } from './load-figjam-fonts.js';
import { planFigJamSync } from './plan-figjam-sync.js';
import { reportFigJamPlacement } from './report-figjam-placement.js';

/** `PlaceOptions`, the panel's hashes, and the time limit of each awaited host call. */
export interface FigJamPlaceOptions extends FigJamRunOptions {
  /** Default `FIGJAM_CALL_TIMEOUT_MS`. */
  timeoutMs?: number;
}

/**
 * Places a journey map on the current FigJam page, or brings an existing one up to date: a first
 * placement is a sync onto an empty page. The same steps as `placeOnMiro`: read and plan
 * (`planFigJamSync`: the nodes carrying this journey's plugin data, then `planSync`), load the fonts,
 * write (`applyFigJamPlan`: the section holding everything, then stickies, shapes with text, text, a
 * vector per curve, connectors; updates, moves and removes, writing only what differs), report
 * (`reportFigJamPlacement`).
 * Nodes edited by hand and nodes without our data are never touched.
 *
 * Failures: a font that cannot load, or does not load within `timeoutMs`, stops everything before
 * the first write, and a cancel while fonts load ends the placement at once; a create that throws
 * removes what this run created, so the board is as before; an update, move or remove that throws is
 * reported by item and the rest goes on (placing again finishes it). A cancel stops between two host
 * calls and keeps what is done, which carries its plugin data, so placing again resumes without
 * duplicates. Everything lands in one undo step (`commitUndo` once, at the end).
 *
 * @example const report = await placeOnFigJam(figma, layoutJourney(journey, { stickySize: { w: 240, h: 240 } }))
 */
export async function placeOnFigJam(figma: FigJamApi, layout: Layout, options: FigJamPlaceOptions = {}): Promise<PlacementReport> {
  const report: PlacementReport = { created: 0, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] };

  if (!layout.primitives.some((primitive) => primitive.kind === 'frame')) {
    return { ...report, problems: [say('figjam.noFrame')] };
  }
  const items = layout.primitives.length;
  const tooMany = tooManyItems(items);
  if (tooMany) return { ...report, failed: items, problems: [tooMany] };
  options.onProgress?.({ phase: 'plan', done: 0, total: 0 });
  const sync = planFigJamSync(figma, layout);

  // FigJam refuses to change text before its font is loaded: every font first, or nothing is written.
  const fontProblems = await loadFigJamFonts(figma, sync, options.timeoutMs ?? FIGJAM_CALL_TIMEOUT_MS, options.signal);
  if (options.signal?.aborted) {
    return reportFigJamPlacement(sync, { ...report, cancelled: true, problems: [say('figjam.fontsCancelled')] });
  }
  if (fontProblems.length > 0) {
    const { add, update, move, remove } = sync.plan;
    const failed = add.length + update.length + move.length + remove.length;
    return reportFigJamPlacement(sync, { ...report, failed, problems: [...fontProblems, say('figjam.nothingPlaced')] });
  }

  const result = await applyFigJamPlan(figma, sync, options);
  return reportFigJamPlacement(sync, result);
}
