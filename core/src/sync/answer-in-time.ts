import { createCancelSource, type CancelSignal } from './cancel-signal.js';

/** Resolves after `ms`, or rejects with the signal's reason once it is aborted. */
export type Sleep = (ms: number, signal: CancelSignal) => Promise<void>;

/** How long a host call may take, who is asked, and on which timer. */
export interface TimeLimit {
  ms: number;
  /** Who did not answer, as the error says it: `'FigJam'`, `'the host'`. */
  host: string;
  /** Default the runtime's `setTimeout` (browsers, Node, FigJam's sandbox); tests and benches pass their own clock. */
  sleep?: Sleep;
}

/** A host call that did not answer within its time limit; its message ends in "(timed out)". */
export class HostTimeoutError extends Error {
  constructor(
    readonly ms: number,
    host: string,
  ) {
    super(`${host} did not answer within ${ms / 1_000} s (timed out)`);
    this.name = 'HostTimeoutError';
  }
}

/**
 * The host call's answer, or a `HostTimeoutError` once `limit.ms` pass without one, or the signal's
 * reason as soon as it is aborted: a host may never answer (a font server down, a network gone) and
 * Cancel must not wait for it. A call whose signal is already aborted is not made; a call that
 * throws at once rejects. A call given up on (timed out or aborted) may still reach the host:
 * `onAbandoned` receives its promise, to deal with a late answer.
 *
 * @example await answerInTime(() => loadFont(font), { ms: 30_000, host: 'FigJam' }, signal) // or HostTimeoutError after 30 s
 */
export function answerInTime<T>(call: () => Promise<T>, limit: TimeLimit, signal?: CancelSignal, onAbandoned?: (late: Promise<T>) => void): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  let pending: Promise<T>;
  try {
    pending = call();
  } catch (error) {
    return Promise.reject(error);
  }
  const sleep = limit.sleep ?? timerSleep;
  return new Promise<T>((resolve, reject) => {
    const deadline = createCancelSource();
    let settled = false;
    // The first of answer, time limit and abort wins; the others find the promise settled.
    const settle = (finish: () => void): boolean => {
      if (settled) return false;
      settled = true;
      deadline.cancel();
      signal?.removeEventListener('abort', onAbort);
      finish();
      return true;
    };
    const abandon = (reason: unknown) => {
      if (settle(() => reject(reason))) onAbandoned?.(pending);
    };
    const onAbort = () => abandon(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    sleep(limit.ms, deadline.signal).then(
      () => abandon(new HostTimeoutError(limit.ms, limit.host)),
      () => undefined,
    );
    pending.then(
      (value) => settle(() => resolve(value)),
      (error: unknown) => settle(() => reject(error)),
    );
  });
}

function timerSleep(ms: number, signal: CancelSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
