import { keptCounts, type PlacementReport, type Problem, quoted, waitingProblem } from '../../core/src/index.js';
import type { ApplyResult } from './figjam-run.js';
import { describe } from './figjam-report-text.js';
import type { FigJamSyncPlan } from './plan-figjam-sync.js';

/**
 * The report of a placement on FigJam, the last step of `placeOnFigJam` (as `reportMiroPlacement`):
 * the items kept because edited by hand and the changes waiting on them first, then what the writes
 * met (`applyFigJamPlan`, or the font loading that stopped them).
 *
 * @example reportFigJamPlacement(sync, await applyFigJamPlan(figma, sync, {})).created
 */
export function reportFigJamPlacement(sync: FigJamSyncPlan, result: ApplyResult): PlacementReport {
  const { plan } = sync;
  const problems: Problem[] = plan.keep.map(({ record, primitive, beside }) => {
    const besideNote = beside ? "; the data's version is beside it, marked as updated from the data" : '';
    return { message: `Kept as edited by hand: ${primitive ? describe(primitive, record.key) : quoted(record.text ?? '')}${besideNote}.`, field: record.key };
  });
  problems.push(...plan.waiting.map(waitingProblem), ...result.problems);
  return {
    created: result.created,
    updated: result.updated,
    removed: result.removed,
    kept: plan.keep.length + result.kept,
    ...keptCounts(plan),
    failed: result.failed,
    cancelled: result.cancelled,
    problems,
  };
}
