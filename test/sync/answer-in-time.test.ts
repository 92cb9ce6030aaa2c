import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerInTime, HostTimeoutError, type TimeLimit } from '../../core/src/sync/answer-in-time.js';
import type { CancelSignal } from '../../core/src/sync/cancel-signal.js';

/** A promise settled from outside. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A time limit whose timer only fires when the test says so, and which shows whether it was cleared. */
function manualLimit(ms = 30_000, host = 'FigJam') {
  let fire = () => {};
  let deadline: CancelSignal | undefined;
  const limit: TimeLimit = {
    ms,
    host,
    sleep: (_ms, signal) => {
      deadline = signal;
      return new Promise<void>((resolve, reject) => {
        fire = resolve;
        signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    },
  };
  return { limit, fire: () => fire(), cleared: () => deadline?.aborted === true };
}

/** Lets every settled promise run its handlers. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('answerInTime', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the answer and clears the timer', async () => {
    const timer = manualLimit();
    await expect(answerInTime(async () => 'loaded', timer.limit)).resolves.toBe('loaded');
    expect(timer.cleared()).toBe(true);
  });

  it("gives the call's own error", async () => {
    const timer = manualLimit();
    await expect(answerInTime(() => Promise.reject(new Error('font not found')), timer.limit)).rejects.toThrow('font not found');
    expect(timer.cleared()).toBe(true);
  });

  it('rejects a call that throws before returning a promise, without starting a timer', async () => {
    const sleep = vi.fn<NonNullable<TimeLimit['sleep']>>();
    const call = () => {
      throw new Error('not a function');
    };
    await expect(answerInTime(call, { ms: 1_000, host: 'FigJam', sleep })).rejects.toThrow('not a function');
    expect(sleep).not.toHaveBeenCalled();
  });

  it('does not make a call whose signal is already aborted', async () => {
    const call = vi.fn(async () => 'loaded');
    const controller = new AbortController();
    controller.abort(new Error('closed'));
    await expect(answerInTime(call, manualLimit().limit, controller.signal)).rejects.toThrow('closed');
    expect(call).not.toHaveBeenCalled();
  });

  it('times out with a HostTimeoutError naming the host and the limit, and hands the late call over', async () => {
    const timer = manualLimit(30_000, 'FigJam');
    const late = deferred<string>();
    const onAbandoned = vi.fn();
    const answer = answerInTime(() => late.promise, timer.limit, undefined, onAbandoned);
    timer.fire();
    const error = await answer.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HostTimeoutError);
    expect(error).toMatchObject({ ms: 30_000, message: 'FigJam did not answer within 30 s (timed out)' });
    expect(onAbandoned).toHaveBeenCalledExactlyOnceWith(late.promise);
  });

  it('ends at once on abort with the signal reason, and hands the late call over', async () => {
    const timer = manualLimit();
    const late = deferred<string>();
    const controller = new AbortController();
    const onAbandoned = vi.fn();
    const answer = answerInTime(() => late.promise, timer.limit, controller.signal, onAbandoned);
    controller.abort(new Error('Cancelled'));
    await expect(answer).rejects.toThrow('Cancelled');
    expect(onAbandoned).toHaveBeenCalledExactlyOnceWith(late.promise);
    expect(timer.cleared()).toBe(true);
  });

  it('ignores an abort that comes after the answer', async () => {
    const controller = new AbortController();
    const onAbandoned = vi.fn();
    await expect(answerInTime(async () => 'loaded', manualLimit().limit, controller.signal, onAbandoned)).resolves.toBe('loaded');
    controller.abort(new Error('Cancelled'));
    await flush();
    expect(onAbandoned).not.toHaveBeenCalled();
  });

  it("runs on the runtime's timer when no sleep is given", async () => {
    vi.useFakeTimers();
    const answer = answerInTime(() => new Promise<never>(() => {}), { ms: 5_000, host: 'the host' });
    const outcome = answer.catch((caught: unknown) => caught);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await outcome).toMatchObject({ message: 'the host did not answer within 5 s (timed out)' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('settles once, as the first of answer, time limit and abort decides', async () => {
    const event = fc.constantFrom('answer', 'fail', 'timeout', 'abort');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(event, { minLength: 1, maxLength: 4 }), async (order) => {
        const timer = manualLimit(2_000, 'the host');
        const call = deferred<string>();
        const controller = new AbortController();
        const onAbandoned = vi.fn();
        const outcome = answerInTime(() => call.promise, timer.limit, controller.signal, onAbandoned).then(
          (value) => `answered ${value}`,
          (error: unknown) => (error instanceof Error ? error.message : String(error)),
        );
        for (const next of order) {
          if (next === 'answer') call.resolve('yes');
          else if (next === 'fail') call.reject(new Error('refused'));
          else if (next === 'timeout') timer.fire();
          else controller.abort(new Error('cancelled'));
          await flush();
        }
        const expected = { answer: 'answered yes', fail: 'refused', timeout: 'the host did not answer within 2 s (timed out)', abort: 'cancelled' }[order[0] as string];
        expect(await outcome).toBe(expected);
        expect(onAbandoned).toHaveBeenCalledTimes(order[0] === 'timeout' || order[0] === 'abort' ? 1 : 0);
        expect(timer.cleared()).toBe(true);
      }),
    );
  });
});
