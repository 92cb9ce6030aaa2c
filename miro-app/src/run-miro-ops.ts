import type { CancelSignal, PlacementProgress, Primitive } from '../../core/src/index.js';
import { MiroCallError } from './call-with-retry.js';

/** What one write did, for the placement's counts. */
export type Outcome = 'created' | 'updated' | 'removed' | 'none';

/** One write of a placement: its phase, the primitive and label the report names it by, and the calls it makes. */
export interface MiroOp {
  phase: PlacementProgress['phase'];
  primitive?: Primitive;
  label: string;
  run: () => Promise<Outcome>;
}

/** What the placement running the ops hears from them. */
export interface MiroOpEvents {
  /** `true` once a permanent error stopped the placement: no op starts after it. */
  stopped: () => boolean;
  done: (op: MiroOp, outcome: Outcome) => void;
  failed: (op: MiroOp, error: unknown) => void;
  /** Cancel was asked: no op starts after it, and an op it cut short is not a failure. */
  cancelled: () => void;
  /** After each op, done or failed. */
  step: (op: MiroOp) => void;
}

/**
 * Runs `ops` in order with `concurrency` pipelines at once (each op is a few calls in a row, so about
 * twice as many calls are in flight). A cancel or a stop starts nothing new; ops already started finish.
 *
 * @example await runMiroOps(ops, 16, signal, events)
 */
export async function runMiroOps(ops: readonly MiroOp[], concurrency: number, signal: CancelSignal | undefined, on: MiroOpEvents): Promise<void> {
  let next = 0;
  const pipeline = async () => {
    while (next < ops.length && !on.stopped()) {
      if (signal?.aborted) {
        on.cancelled();
        return;
      }
      const op = ops[next++]!;
      try {
        on.done(op, await op.run());
      } catch (error) {
        // A call Cancel cut short is not a failure; a permanent error still is.
        if (signal?.aborted && !(error instanceof MiroCallError)) on.cancelled();
        else on.failed(op, error);
      }
      on.step(op);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ops.length) }, pipeline));
}
