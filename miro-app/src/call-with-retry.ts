import { answerInTime, type TimeLimit } from '../../core/src/sync/answer-in-time.js';
import type { CancelSignal } from '../../core/src/sync/cancel-signal.js';
import { classifyMiroError, type MiroErrorKind } from './classify-miro-error.js';
import { systemClock, type Clock } from './clock.js';
import type { CreditPacer } from './credit-pacer.js';

export interface RetryOptions {
  /** Attempts after the first. Default 6. */
  retries?: number;
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

/** A host call that failed for good: why, and the host's own error. */
export class MiroCallError extends Error {
  constructor(
    readonly kind: MiroErrorKind,
    readonly attempts: number,
    readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'MiroCallError';
  }
}

/**
 * Runs one host call through the pacer; on a rate-limit or transient error backs off
 * exponentially with jitter (half fixed, half random, so parallel retries spread out) and tries
 * again, at most `retries` times. A rate-limit error also pauses the pacer, since every call in
 * flight would meet the same wall. Permanent errors are not retried. Each call started gets
 * `timeoutMs` to answer, then counts as a transient error (and frees its pacer slot). `signal`
 * ends every wait at once (queued, in flight or backing off) with its reason, and a call not yet
 * started never starts. A call given up on (timed out or aborted) may still reach the host:
 * `onAbandoned` receives its promise, to deal with a late answer.
 *
 * @example await callWithRetry(pacer, 50, () => item.sync(), { baseMs: 500 }, onRetry)
 */
export async function callWithRetry<T>(
  pacer: CreditPacer,
  credits: number,
  call: () => Promise<T>,
  options: RetryOptions = {},
  onRetry?: (kind: MiroErrorKind, attempt: number, delayMs: number) => void,
  signal?: CancelSignal,
  onAbandoned?: (late: Promise<T>) => void,
): Promise<T> {
  const retries = options.retries ?? 6;
  const baseMs = options.baseMs ?? 1_000;
  const maxMs = options.maxMs ?? 60_000;
  const random = options.random ?? Math.random;
  const clock = options.clock ?? systemClock;
  const timeoutClock = options.timeoutClock ?? systemClock;
  // Past the limit the call fails with "… (timed out)": `classifyMiroError` retries it as transient.
  const limit: TimeLimit = { ms: options.timeoutMs ?? DEFAULT_CALL_TIMEOUT_MS, host: 'the host', sleep: (ms, deadline) => timeoutClock.sleep(ms, deadline) };
  for (let attempt = 0; ; attempt++) {
    try {
      let started = false;
      const answer = pacer.run(credits, () => {
        started = true;
        return answerInTime(call, limit, signal, onAbandoned);
      });
      // Once started, `answerInTime` decides: an answer already in must reach the caller.
      return await untilAborted(answer, signal, () => !started);
    } catch (error) {
      // Cancelled: whatever went wrong meanwhile, nothing more is tried.
      if (signal?.aborted) throw error;
      const kind = classifyMiroError(error);
      if (kind === 'permanent' || attempt >= retries) throw new MiroCallError(kind, attempt + 1, error);
      const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
      const delay = ceiling / 2 + (random() * ceiling) / 2;
      if (kind === 'rateLimit') pacer.pause(delay);
      onRetry?.(kind, attempt + 1, delay);
      await clock.sleep(delay, signal);
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
