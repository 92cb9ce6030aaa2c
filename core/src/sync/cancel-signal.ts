/**
 * What placement reads of a cancellation: whether it happened, why, and a call when it does. A DOM
 * `AbortSignal` fits it, so a panel passes its `AbortController`'s signal unchanged; where there is
 * no `AbortController` (FigJam's main thread runs in Figma's QuickJS sandbox, which has none:
 * https://developers.figma.com/docs/plugins/how-plugins-run/ and figma/plugin-typings#207),
 * `createCancelSource` makes one.
 */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** A `CancelSignal` and the one call that cancels it. */
export interface CancelSource {
  readonly signal: CancelSignal;
  /** Cancels once; later calls change nothing. Default reason: a `CancelledError`. */
  cancel(reason?: unknown): void;
}

/** The default reason of a cancel, named like the DOM's so callers test `error.name === 'AbortError'` either way. */
export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'AbortError';
  }
}

/**
 * A cancellation made of plain JavaScript: no DOM, no `AbortController`, nothing the FigJam sandbox
 * lacks. Listeners run once, in the order they were added, when `cancel` is first called; one added
 * after that never runs (read `aborted` first, as with an `AbortSignal`).
 *
 * @example const source = createCancelSource(); source.cancel(); source.signal.aborted // true
 */
export function createCancelSource(): CancelSource {
  let listeners: (() => void)[] = [];
  let reason: unknown;
  let aborted = false;
  const signal: CancelSignal = {
    get aborted() {
      return aborted;
    },
    get reason() {
      return reason;
    },
    addEventListener(_type, listener) {
      if (!aborted) listeners.push(listener);
    },
    removeEventListener(_type, listener) {
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    },
  };
  return {
    signal,
    cancel(why?: unknown) {
      if (aborted) return;
      aborted = true;
      reason = why === undefined ? new CancelledError() : why;
      const called = listeners;
      listeners = [];
      for (const listener of called) listener();
    },
  };
}
