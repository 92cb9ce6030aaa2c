import { describe, expect, it } from 'vitest';
import { CancelledError, createCancelSource, type CancelSignal } from '../../core/src/sync/cancel-signal.js';

describe('createCancelSource', () => {
  it('is not cancelled until cancel is called', () => {
    const source = createCancelSource();
    expect(source.signal.aborted).toBe(false);
    expect(source.signal.reason).toBeUndefined();
  });

  it('cancels with a CancelledError named like the DOM abort by default', () => {
    const source = createCancelSource();
    source.cancel();
    expect(source.signal.aborted).toBe(true);
    expect(source.signal.reason).toBeInstanceOf(CancelledError);
    expect((source.signal.reason as Error).name).toBe('AbortError');
  });

  it('keeps the reason it was given', () => {
    const source = createCancelSource();
    const why = new Error('panel closed');
    source.cancel(why);
    expect(source.signal.reason).toBe(why);
  });

  it('calls each listener once, in the order added, and only on the first cancel', () => {
    const source = createCancelSource();
    const calls: string[] = [];
    source.signal.addEventListener('abort', () => calls.push('a'));
    source.signal.addEventListener('abort', () => calls.push('b'), { once: true });
    source.cancel('first');
    source.cancel('second');
    expect(calls).toEqual(['a', 'b']);
    expect(source.signal.reason).toBe('first');
  });

  it('does not call a removed listener', () => {
    const source = createCancelSource();
    const calls: string[] = [];
    const listener = () => calls.push('removed');
    source.signal.addEventListener('abort', listener);
    source.signal.addEventListener('abort', () => calls.push('kept'));
    source.signal.removeEventListener('abort', listener);
    source.cancel();
    expect(calls).toEqual(['kept']);
  });

  it('never calls a listener added after the cancel', () => {
    const source = createCancelSource();
    source.cancel();
    let called = false;
    source.signal.addEventListener('abort', () => (called = true));
    expect(called).toBe(false);
  });

  it('accepts a DOM AbortSignal where a CancelSignal is expected', () => {
    const controller = new AbortController();
    const signal: CancelSignal = controller.signal;
    controller.abort();
    expect(signal.aborted).toBe(true);
  });
});
