import type { Layout, SyncPlan } from '../../core/src/index.js';
import { MIRO_CALL_CREDITS, MIRO_CREDIT_WINDOWS, type CreditWindow } from './credit-pacer.js';
import { expandForMiro } from './expand-for-miro.js';

/** What a placement will cost, said to the user before it starts. */
export interface MiroEstimate {
  /** Items the map will create on the board. */
  items: number;
  /** Host calls: writes plus the reads that find what is already placed. */
  calls: number;
  writes: number;
  credits: number;
  /** About how long, limited by call latency or by the credit budget, whichever is slower. */
  seconds: number;
}

export interface EstimateOptions {
  /** The plan of a re-import; default: a first placement (every item added). */
  plan?: SyncPlan;
  /** Host reads the plan needed (`board.get` + `getMetadata`); default 1 for a first placement. */
  reads?: number;
  windows?: CreditWindow[];
  headroom?: number;
  maxInFlight?: number;
  /** Typical Web SDK call latency; an assumption, ~100 ms from a browser panel. */
  latencyMs?: number;
}

/** Calls per operation, as `placeOnMiro` makes them. */
export const MIRO_CALLS_PER = {
  /** viewport.get, findEmptySpace, createFrame, setMetadata, viewport.zoomTo. */
  frame: 5,
  /** create, setMetadata, frame.add. */
  item: 3,
  /** create, setMetadata (connectors follow their ends, they are not frame children). */
  connector: 2,
  /** sync, setMetadata. */
  update: 2,
  /** sync. */
  move: 1,
  /** board.remove. */
  remove: 1,
} as const;

/**
 * Says before a placement starts how many items, host calls and credits it needs and about how
 * long it will take under Miro's credit budget (50 credits a call, 100,000 a minute, 1,000,000 an
 * hour at the time of writing) and call latency with several calls in flight.
 *
 * @example estimateMiroPlacement(layout) // { items: 1052, calls: 3100, credits: 155000, seconds: 35, … }
 */
export function estimateMiroPlacement(layout: Layout, options: EstimateOptions = {}): MiroEstimate {
  const plan = options.plan;
  const added = plan ? plan.add : expandForMiro(layout).primitives;
  let writes = 0;
  for (const primitive of added) {
    writes += primitive.kind === 'frame' ? MIRO_CALLS_PER.frame : primitive.kind === 'connector' ? MIRO_CALLS_PER.connector : MIRO_CALLS_PER.item;
  }
  if (plan) {
    writes += plan.update.length * MIRO_CALLS_PER.update + plan.move.length * MIRO_CALLS_PER.move + plan.remove.length * MIRO_CALLS_PER.remove;
  }
  const reads = options.reads ?? 1;
  const calls = writes + reads;
  const credits = calls * MIRO_CALL_CREDITS;
  const headroom = options.headroom ?? 0.05;
  const latencySeconds = (calls * (options.latencyMs ?? 100)) / (options.maxInFlight ?? 8) / 1000;
  let creditSeconds = 0;
  for (const window of options.windows ?? MIRO_CREDIT_WINDOWS) {
    const budget = window.credits * (1 - headroom);
    creditSeconds = Math.max(creditSeconds, (Math.max(0, credits - budget) / budget) * (window.ms / 1000));
  }
  return { items: added.length, calls, writes, credits, seconds: Math.ceil(Math.max(latencySeconds, creditSeconds)) };
}
