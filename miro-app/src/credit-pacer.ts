import { systemClock, type Clock } from './clock.js';

/** A rolling credit budget: at most `credits` spent in any `ms` window. */
export interface CreditWindow {
  credits: number;
  ms: number;
}

/**
 * Miro's Web SDK limits at the time of writing (developers.miro.com, "Rate limiting"): 100,000
 * credits per minute and 1,000,000 per hour per user; most calls cost 50 credits.
 */
export const MIRO_CREDIT_WINDOWS: CreditWindow[] = [
  { credits: 100_000, ms: 60_000 },
  { credits: 1_000_000, ms: 3_600_000 },
];
/** Credits of one Web SDK call on a board item (level 1); images and embeds cost 500. */
export const MIRO_CALL_CREDITS = 50;

export interface CreditPacerOptions {
  windows: CreditWindow[];
  /** Calls allowed in flight at once. */
  maxInFlight: number;
  /** Share of each budget kept free for calls we do not pace (other panels, the user). Default 0.05. */
  headroom?: number;
  clock?: Clock;
}

/** A pacer: `run` each host call through it. */
export interface CreditPacer {
  /** Runs `call` once its credits fit every window and a slot is free; calls start in FIFO order. */
  run<T>(credits: number, call: () => Promise<T>): Promise<T>;
  /** Starts nothing new for `ms` (after a rate-limit error: the host's budget is not ours alone). */
  pause(ms: number): void;
  /** Credits spent so far and the most calls seen in flight. */
  readonly stats: { credits: number; calls: number; maxInFlight: number };
}

interface Charge {
  at: number;
  credits: number;
}

interface Waiter {
  credits: number;
  start: () => void;
}

/** Expiry guard: our clock and the host's are read microseconds apart. */
const GUARD_MS = 1;

/**
 * Paces host calls inside rolling credit budgets with several calls in flight, so a large placement
 * runs at the budget's pace instead of tripping the limit: the first window's worth goes out at
 * full concurrency, then each call starts as soon as old charges leave the window.
 *
 * @example const pacer = createCreditPacer({ windows: MIRO_CREDIT_WINDOWS, maxInFlight: 8 });
 *          await pacer.run(50, () => board.createStickyNote(props));
 */
export function createCreditPacer(options: CreditPacerOptions): CreditPacer {
  const clock = options.clock ?? systemClock;
  const headroom = options.headroom ?? 0.05;
  const windows = options.windows.map((window) => ({
    budget: Math.max(1, Math.floor(window.credits * (1 - headroom))),
    ms: window.ms,
    head: 0,
    spent: 0,
  }));
  const charges: Charge[] = [];
  const queue: Waiter[] = [];
  const stats = { credits: 0, calls: 0, maxInFlight: 0 };
  let inFlight = 0;
  let pausedUntil = -Infinity;
  let wakeAt = Infinity;
  let wakeController: AbortController | undefined;

  function expire(now: number): void {
    for (const window of windows) {
      while (window.head < charges.length && charges[window.head]!.at + window.ms + GUARD_MS <= now) {
        window.spent -= charges[window.head]!.credits;
        window.head++;
      }
    }
    if (windows.length === 0) return;
    const oldest = Math.min(...windows.map((window) => window.head));
    if (oldest > 1024 && oldest * 2 > charges.length) {
      charges.splice(0, oldest);
      for (const window of windows) window.head -= oldest;
    }
  }

  /** When `credits` more will fit every window, or `now` if they fit already. */
  function fitsAt(credits: number, now: number): number {
    let at = now;
    for (const window of windows) {
      let excess = window.spent + credits - window.budget;
      for (let index = window.head; excess > 0 && index < charges.length; index++) {
        excess -= charges[index]!.credits;
        at = Math.max(at, charges[index]!.at + window.ms + GUARD_MS);
      }
    }
    return at;
  }

  function wake(at: number, now: number): void {
    if (at >= wakeAt) return;
    wakeController?.abort();
    const controller = new AbortController();
    wakeController = controller;
    wakeAt = at;
    clock.sleep(at - now, controller.signal).then(
      () => {
        if (wakeController !== controller) return;
        wakeController = undefined;
        wakeAt = Infinity;
        pump();
      },
      () => undefined,
    );
  }

  function pump(): void {
    while (queue.length > 0 && inFlight < options.maxInFlight) {
      const now = clock.now();
      if (now < pausedUntil) return wake(pausedUntil, now);
      expire(now);
      const next = queue[0]!;
      const at = fitsAt(next.credits, now);
      if (at > now) return wake(at, now);
      queue.shift();
      const charge = { at: now, credits: next.credits };
      if (windows.length > 0) charges.push(charge);
      for (const window of windows) window.spent += next.credits;
      stats.credits += next.credits;
      stats.calls++;
      inFlight++;
      stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
      next.start();
      // Stamp the charge once the call has left: the host cannot have seen it earlier, so our
      // window never frees its credits before the host's does (a GC pause in between included).
      charge.at = clock.now();
    }
  }

  return {
    stats,
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, clock.now() + ms);
    },
    run<T>(credits: number, call: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({
          credits,
          start: () => {
            let result: Promise<T>;
            try {
              result = call();
            } catch (error) {
              result = Promise.reject(error);
            }
            result.then(resolve, reject).finally(() => {
              inFlight--;
              pump();
            });
          },
        });
        pump();
      });
    },
  };
}
