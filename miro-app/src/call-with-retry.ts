import { answerInTime, type CancelSignal, type TimeLimit } from '../../core/src/index.js';
import { classifyMiroError, type MiroErrorKind } from './classify-miro-error.js';
import { systemClock, type Clock } from './clock.js';
import type { CreditPacer } from './credit-pacer.js';
import { miroErrorMessage } from './miro-error-message.js';

export interface RetryOptions {
  /** Attempts after the first. Default 6. */
  retries?: number;
  /** Of those, at most this many after errors no documented shape names (`unknown`). Default 2. */
  unknownRetries?: number;
  /** First back-off; doubles each attempt. Default 1,000 ms. */
  baseMs?: number;
  /** Longest back-off. Default 60,000 ms (Miro's budget window). */
  maxMs?: number;
  /** Source of jitter in [0, 1). */
  random?: () => number;
  clock?: Clock;
  /** Longest wait for one call's answer once it has started; past it the call is a transient error. Default 30,000 ms. */
  timeoutMs?: number;
  /**
   * Clock the time limit runs on. Default the real clock, whatever `clock` is: a time limit is about
   * a host that does not answer in real time, and a clock that skips its sleeps (a bench, a test)
   * would otherwise time out every call.
   */
  timeoutClock?: Clock;
}

/** How long one host call may take before it counts as lost: Miro answers in well under a second. */
export const DEFAULT_CALL_TIMEOUT_MS = 30_000;

/** How one call is run, besides pacing and retries. */
export interface CallOptions<T> {
  onRetry?: (kind: MiroErrorKind, attempt: number, delayMs: number) => void;
  /** Ends every wait at once (queued, in flight or backing off). */
  signal?: CancelSignal;
  /** Receives a call given up on (timed out or aborted) that may still reach the host. */
  onAbandoned?: (late: Promise<T>) => void;
  /**
   * For a call that may take effect and still fail (a create, whose answer can be lost): looks on
   * the board for its effect before trying again, one host call paced like the others. What it
   * finds is the call's answer; `undefined` means not there, so the call is made again.
   */
  recover?: () => Promise<T | undefined>;
}

/** A host call that failed for good: why, and the host's own error. */
export class MiroCallError extends Error {
  constructor(
    readonly kind: MiroErrorKind,
    readonly attempts: number,
    readonly cause: unknown,
    /** The last attempt may have taken effect, and looking for it on the board did not tell. */
    readonly mayHaveTakenEffect = false,
  ) {
    super(miroErrorMessage(cause));
    this.name = 'MiroCallError';
  }
}

/**
 * Runs one host call through the pacer; on a rate-limit, transient or unknown error backs off
 * exponentially with jitter (half fixed, half random, so parallel retries spread out) and tries
 * again, at most `retries` times, and at most `unknownRetries` of them after unknown errors (an
 * error no documented shape names may be lasting: it is reported after a few tries, not after a
 * minute). A rate-limit error also pauses the pacer, since every call in flight would meet the same
 * wall. Permanent errors are not retried. Each call started gets `timeoutMs` to answer, then counts
 * as a transient error (and frees its pacer slot). A transient or unknown error may come after the
 * call took effect: with `recover`, the board is looked at before the call is made again (a
 * rate-limit error is a refusal: nothing was done). `signal` ends every wait at once (queued, in
 * flight or backing off) with its reason, and a call not yet started never starts. A call given up
 * on (timed out or aborted) may still reach the host: `onAbandoned` receives its promise, to deal
 * with a late answer.
 *
 * @example await callWithRetry(pacer, 50, () => item.sync(), { baseMs: 500 }, { onRetry })
 */
export async function callWithRetry<T>(pacer: CreditPacer, credits: number, call: () => Promise<T>, options: RetryOptions = {}, how: CallOptions<T> = {}): Promise<T> {
  const retries = options.retries ?? 6;
  const unknownRetries = options.unknownRetries ?? 2;
  const baseMs = options.baseMs ?? 1_000;
  const maxMs = options.maxMs ?? 60_000;
  const random = options.random ?? Math.random;
  const clock = options.clock ?? systemClock;
  const timeoutClock = options.timeoutClock ?? systemClock;
  const { signal, onAbandoned, recover } = how;
  // Past the limit the call fails with "… (timed out)": `classifyMiroError` retries it as transient.
  const limit: TimeLimit = { ms: options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS, host: 'the host', sleep: (ms, deadline) => timeoutClock.sleep(ms, deadline) };
  /** Runs one host call in a pacer slot; `until` ends its wait (queued, or for its answer). */
  const paced = <R>(run: () => Promise<R>, until: CancelSignal | undefined, abandoned?: (late: Promise<R>) => void): Promise<R> => {
    let started = false;
    const answer = pacer.run(credits, () => {
      started = true;
      return answerInTime(run, limit, until, abandoned);
    });
    // Once started, `answerInTime` decides: an answer already in must reach the caller.
    return untilAborted(answer, until, () => !started);
  };
  let unknowns = 0;
  // The last failure of `call` may have come after it took effect: look before making it again.
  let mayHaveLanded = false;
  const settling = () => mayHaveLanded && recover !== undefined;
  let lookFirst = false;
  /** Reports the error, unless a last look finds that the call took effect after all. */
  const giveUp = async (kind: MiroErrorKind, attempts: number, error: unknown): Promise<T> => {
    let unsure = mayHaveLanded;
    if (settling()) {
      try {
        const found = await paced(recover!, undefined);
        if (found !== undefined) return found;
        unsure = false;
      } catch {
        // The board cannot be read either: whether the call took effect stays unknown.
      }
    }
    throw new MiroCallError(kind, attempts, error, unsure);
  };
  for (let attempt = 0; ; attempt++) {
    // Once cancelled, a call that may have landed is still looked for (what it made would be left
    // unrecognisable otherwise), deaf to the signal; it is never made again.
    const cancelled = signal?.aborted === true;
    // Whether the last failure was the call's (rather than a look's): the next step is a look.
    lookFirst = false;
    try {
      if (settling()) {
        const found = await paced(recover!, cancelled ? undefined : signal);
        if (found !== undefined) return found;
        mayHaveLanded = false;
      }
      if (cancelled) throw signal!.reason;
      try {
        return await paced(call, signal, onAbandoned);
      } catch (error) {
        // A rate-limit error is a refusal ("wait for new credits before making calls") and a
        // permanent one says what the host refused: only the others may come after the effect.
        // Cut short by Cancel: `onAbandoned` deals with the answer if it comes.
        const kind = classifyMiroError(error);
        if ((kind === 'transient' || kind === 'unknown') && !(signal?.aborted && error === signal.reason)) mayHaveLanded = true;
        lookFirst = settling();
        throw error;
      }
    } catch (error) {
      // Cancelled: whatever went wrong meanwhile, nothing more is tried (but looked for, above).
      if (signal?.aborted && !settling()) throw error;
      const kind = classifyMiroError(error);
      if (kind === 'unknown') unknowns++;
      if (kind === 'permanent' || attempt >= retries || unknowns > unknownRetries) return giveUp(kind, attempt + 1, error);
      const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
      const delay = ceiling / 2 + (random() * ceiling) / 2;
      if (kind === 'rateLimit') pacer.pause(delay);
      how.onRetry?.(kind, attempt + 1, delay);
      // Cancelled after the call failed: look at once (Cancel is not kept waiting); a look that
      // failed waits its back-off, deaf to the signal.
      if (signal?.aborted && lookFirst) continue;
      await clock.sleep(delay, signal?.aborted ? undefined : signal).catch((reason: unknown) => {
        if (!settling()) throw reason;
      });
    }
  }
}

/** `work`, or the signal's reason if it is aborted while `queued()` (a call waiting in the pacer). */
function untilAborted<T>(work: Promise<T>, signal: CancelSignal | undefined, queued: () => boolean): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      if (queued()) reject(signal.reason);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
