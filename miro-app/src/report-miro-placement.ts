import { keptCounts, say, type PlacementReport, type Problem, waitingProblem } from '../../core/src/index.js';
import type { ApplyResult } from './miro-run.js';
import type { MiroErrorKind } from './classify-miro-error.js';
import type { MiroSyncPlan } from './plan-miro-sync.js';


/**
 * The report of a placement on Miro, the last step of `placeOnMiro`: the items kept because edited
 * by hand and the changes waiting on them first, then what the writes met (`applyMiroPlan`), why they
 * stopped, and how many host calls were retried after which errors.
 *
 * @example reportMiroPlacement(sync, await applyMiroPlan(board, sync, write, options), new Map()).created
 */
export function reportMiroPlacement(sync: MiroSyncPlan, result: ApplyResult, retries: ReadonlyMap<MiroErrorKind, number>): PlacementReport {
  const problems: Problem[] = sync.plan.keep.map(({ record, beside }) => ({ ...say('miro.kept', { text: record.text ?? '', beside: beside !== undefined }), field: record.key }));
  problems.push(...sync.plan.waiting.map(waitingProblem));
  problems.push(...result.problems);
  if (result.stopped) {
    problems.push(say('miro.stopped', { kind: result.stopped.kind }));
  }
  if (result.cancelled) problems.push(say('miro.cancelled'));
  const retried = [...retries.entries()].map(([kind, count]) => `${kind}:${count}`);
  if (retried.length > 0) problems.push(say('miro.retried', { retries: retried }));

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
