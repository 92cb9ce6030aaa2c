import { hostErrorSaid, say, type Layout, type PlacementReport, type PlaceOptions, tooManyItems } from '../../core/src/index.js';
import { applyMiroPlan } from './apply-miro-plan.js';
import type { HostWrite } from './host-write.js';
import { callWithRetry, MiroCallError, type RetryOptions } from './call-with-retry.js';
import type { MiroErrorKind } from './classify-miro-error.js';
import type { Clock } from './clock.js';
import { createCreditPacer, MIRO_CALL_CREDITS, MIRO_CREDIT_WINDOWS, type CreditPacer, type CreditWindow } from './credit-pacer.js';
import { estimateMiroPlacement, type MiroEstimate } from './estimate-miro-placement.js';
import { expandForMiro } from './expand-for-miro.js';
import type { MiroBoardApi } from './miro-board-api.js';
import { DEFAULT_ITEM_STYLE, type MiroItemStyle } from './miro-create-call.js';
import { planExpandedMiroSync, type MiroSyncPlan } from './plan-miro-sync.js';
import { reportMiroPlacement } from './report-miro-placement.js';

export { estimateMiroPlacement, type MiroEstimate } from './estimate-miro-placement.js';

/** Pacing of host calls: Miro's credit budgets and how many calls may be in flight. */
export interface MiroPacing {
  windows: CreditWindow[];
  maxInFlight: number;
  /** Share of each budget left for calls we do not pace. */
  headroom: number;
}

/** Miro's budgets, 8 calls in flight, 5 % of each budget left free. */
export const DEFAULT_PACING: MiroPacing = { windows: MIRO_CREDIT_WINDOWS, maxInFlight: 8, headroom: 0.05 };

/** `PlaceOptions` plus what only Miro needs: item style, pacing, retries, the estimate. */
export interface MiroPlaceOptions extends PlaceOptions {
  style?: Partial<MiroItemStyle>;
  pacing?: Partial<MiroPacing>;
  /** Retries and the time limit of each host call (`timeoutMs`, default 30 s). */
  retry?: RetryOptions;
  clock?: Clock;
  /** Told once, after the board was read and before any write, what the placement will take. */
  onEstimate?: (estimate: MiroEstimate, sync: MiroSyncPlan) => void;
  /** A plan already read (the panel's preview); it is read again when absent. */
  planned?: MiroSyncPlan;
}

/**
 * Places a layout on a Miro board, or brings a map already there up to date, in the same steps as
 * `placeOnFigJam`: read and plan (`planExpandedMiroSync`, as the preview's `planMiroSync`: what this
 * journey placed, by item metadata, then `planSync`), say what it will cost (`onEstimate`), write (`applyMiroPlan`, paced inside Miro's
 * credit budget with several calls in flight, retrying rate-limit and transient errors with
 * back-off, and errors of no documented shape a few times), report (`reportMiroPlacement`). A first
 * placement is a sync onto an empty board, so an interrupted placement resumes without duplicates
 * and placing the same layout twice writes nothing the second time. Items edited by hand are kept
 * and listed; items added by hand (no metadata) and other journeys' items are never touched.
 *
 * @example const report = await placeOnMiro(miro.board, layoutJourney(journey), { onProgress });
 */
export async function placeOnMiro(board: MiroBoardApi, layout: Layout, options: MiroPlaceOptions = {}): Promise<PlacementReport> {
  const pacing = { ...DEFAULT_PACING, ...options.pacing };
  const style = { ...DEFAULT_ITEM_STYLE, palette: layout.palette, ...options.style };
  const pacer = createCreditPacer({ ...pacing, ...(options.clock ? { clock: options.clock } : {}) });
  const retries = new Map<MiroErrorKind, number>();
  const host = hostCalls(pacer, options, (kind) => retries.set(kind, (retries.get(kind) ?? 0) + 1));
  const report: PlacementReport = { created: 0, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] };

  if (options.signal?.aborted) return { ...report, cancelled: true };
  // Counted as Miro draws it (curves become points and connectors), before the board is read.
  const expanded = options.planned?.layout ?? expandForMiro(layout);
  const items = expanded.primitives.length;
  const tooMany = tooManyItems(items);
  if (tooMany) return { ...report, failed: items, problems: [tooMany] };
  options.onProgress?.({ phase: 'plan', done: 0, total: 1 });
  let sync: MiroSyncPlan;
  try {
    sync = options.planned ?? (await planExpandedMiroSync(board, expanded, (name, call) => host(name, call, { cancellable: true })));
  } catch (error) {
    if (options.signal?.aborted && !(error instanceof MiroCallError)) return { ...report, cancelled: true };
    return { ...report, failed: 1, problems: [say('miro.readFailed', { error: hostErrorSaid(error) })] };
  }
  options.onProgress?.({ phase: 'plan', done: 1, total: 1 });
  options.onEstimate?.(
    estimateMiroPlacement(sync.layout, { plan: sync.plan, reads: sync.placed.reads, windows: pacing.windows, headroom: pacing.headroom, maxInFlight: pacing.maxInFlight }),
    sync,
  );

  const result = await applyMiroPlan(board, sync, host, {
    style,
    concurrency: pacing.maxInFlight * 2,
    ...(options.origin ? { origin: options.origin } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  return reportMiroPlacement(sync, result, retries);
}

/** Every host call goes through the pacer and the retry loop (time limit included), each counted at Miro's 50 credits. */
function hostCalls(pacer: CreditPacer, options: MiroPlaceOptions, onRetry: (kind: MiroErrorKind) => void): HostWrite {
  return (_name, call, how = {}) =>
    callWithRetry(pacer, MIRO_CALL_CREDITS, call, { ...options.retry, ...(options.clock ? { clock: options.clock } : {}) }, {
      onRetry: (kind) => onRetry(kind),
      ...(how.cancellable && options.signal ? { signal: options.signal } : {}),
      ...(how.onAbandoned ? { onAbandoned: how.onAbandoned } : {}),
      ...(how.recover ? { recover: how.recover } : {}),
    });
}
