import { keptCounts, say, type Layout, type PlacementReport, type PlaceOptions, tooManyItems, waitingProblem } from '../../core/src/index.js';
import { applyFigJamPlan } from './apply-figjam-plan.js';
import type { FigJamApi } from './figjam-api.js';
import { describe } from './figjam-report-text.js';
import { FIGJAM_CALL_TIMEOUT_MS, loadFigJamFonts } from './load-figjam-fonts.js';
import { planFigJamSync } from './plan-figjam-sync.js';

/** `PlaceOptions` plus the time limit of each awaited host call. */
export interface FigJamPlaceOptions extends PlaceOptions {
  /** Default `FIGJAM_CALL_TIMEOUT_MS`. */
  timeoutMs?: number;
}

/**
 * Places a journey map on the current FigJam page, or brings an existing one up to date: a first
 * placement is a sync onto an empty page. The same steps as `placeOnMiro`: read and plan
 * (`planFigJamSync`: the nodes carrying this journey's plugin data, then `planSync`), load the fonts,
 * write (`applyFigJamPlan`: creates a section holding everything, stickies, shapes with text, text, a
 * vector per curve, connectors; updates, moves and removes, writing only what differs), report.
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
  const frame = layout.primitives.find((primitive) => primitive.kind === 'frame');
  if (!frame) {
    report.problems.push({ message: 'The map has no frame to hold it: nothing was placed.' });
    return report;
  }
  const tooMany = tooManyItems(layout.primitives.length);
  if (tooMany) {
    report.failed = layout.primitives.length;
    report.problems.push(tooMany);
    return report;
  }
  options.onProgress?.({ phase: 'plan', done: 0, total: 0 });
  const sync = planFigJamSync(figma, layout);
  const { plan } = sync;
  for (const { record, primitive, beside } of plan.keep) {
    report.kept++;
    const item = primitive ? describe(primitive, record.key) : say('item.quoted', { text: record.text ?? '' });
    report.problems.push({ ...say('figjam.kept', { item, beside: beside !== undefined }), field: record.key });
  }
  Object.assign(report, keptCounts(plan));
  report.problems.push(...plan.waiting.map(waitingProblem));
  const total = plan.add.length + plan.update.length + plan.move.length + plan.remove.length;

  const fontProblems = await loadFigJamFonts(figma, sync, options.timeoutMs ?? FIGJAM_CALL_TIMEOUT_MS, options.signal);
  if (options.signal?.aborted) {
    report.cancelled = true;
    report.problems.push({ message: 'Cancelled while the fonts were loading: nothing was placed, the board is as before.' });
    return report;
  }
  if (fontProblems.length > 0) {
    report.failed = total;
    report.problems.push(...fontProblems, { message: 'Nothing was placed: the board is as before.' });
    return report;
  }

  await applyFigJamPlan(figma, sync, options, report);
  return report;
}
