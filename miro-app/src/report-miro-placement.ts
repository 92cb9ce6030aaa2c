import { keptCounts, type PlacementReport, type Problem, quoted, waitingProblem } from '../../core/src/index.js';
import type { ApplyResult } from './miro-run.js';
import type { MiroErrorKind } from './classify-miro-error.js';
import type { MiroSyncPlan } from './plan-miro-sync.js';

/** How the report names the errors a call was retried after. */
const RETRIED_AFTER: Record<MiroErrorKind, string> = { rateLimit: 'rate-limit', transient: 'transient', unknown: 'unexpected', permanent: 'permanent' };

/**
 * The report of a placement on Miro, the last step of `placeOnMiro`: the items kept because edited
 * by hand and the changes waiting on them first, then what the writes met (`applyMiroPlan`), why they
 * stopped, and how many host calls were retried after which errors.
 *
 * @example reportMiroPlacement(sync, await applyMiroPlan(board, sync, write, options), new Map()).created
 */
export function reportMiroPlacement(sync: MiroSyncPlan, result: ApplyResult, retries: ReadonlyMap<MiroErrorKind, number>): PlacementReport {
  const problems: Problem[] = sync.plan.keep.map(({ record, beside }) => {
    const besideNote = beside ? "; the data's version is beside it, marked as updated from the data" : '';
    return { message: `Kept ${quoted(record.text ?? '')}: edited by hand since it was placed, so it was neither overwritten nor removed${besideNote}.`, field: record.key };
  });
  problems.push(...sync.plan.waiting.map(waitingProblem));
  problems.push(...result.problems);
  if (result.stopped) {
    problems.push({
      message: `Stopped after an error the host will not get over by retrying (${result.stopped.kind}). What was placed is recorded on the items: place again to resume without duplicates.`,
    });
  }
  if (result.cancelled) problems.push({ message: 'Cancelled: what was placed is recorded on the items; place again to resume.' });
  const retried = [...retries.entries()].map(([kind, count]) => `${count} after ${RETRIED_AFTER[kind]} errors`);
  if (retried.length > 0) problems.push({ message: `Host calls retried: ${retried.join(', ')}.` });

  return {
    created: result.created,
    updated: result.updated,
    removed: result.removed,
    kept: sync.plan.keep.length,
    ...keptCounts(sync.plan),
    failed: result.failed,
    cancelled: result.cancelled,
    problems,
  };
}
