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
}

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
 * flight would meet the same wall. Permanent errors are not retried. `signal` aborts the wait.
 *
 * @example await callWithRetry(pacer, 50, () => item.sync(), { baseMs: 500 }, onRetry)
 */
export async function callWithRetry<T>(
  pacer: CreditPacer,
  credits: number,
  call: () => Promise<T>,
  options: RetryOptions = {},
  onRetry?: (kind: MiroErrorKind, attempt: number, delayMs: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  const retries = options.retries ?? 6;
  const baseMs = options.baseMs ?? 1_000;
  const maxMs = options.maxMs ?? 60_000;
  const random = options.random ?? Math.random;
  const clock = options.clock ?? systemClock;
  for (let attempt = 0; ; attempt++) {
    try {
      return await pacer.run(credits, call);
    } catch (error) {
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
