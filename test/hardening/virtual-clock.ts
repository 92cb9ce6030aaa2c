import type { Clock } from '../../miro-app/src/clock.js';

/**
 * A clock for fault tests: time stands still until everything else is idle, then jumps to the next
 * sleep that is due. A placement that backs off for a minute thus costs no real time, and parallel
 * sleeps overlap as they would on a real clock. `drive(promise)` runs the clock until it settles.
 *
 * @example const clock = new VirtualClock(); await clock.drive(placeOnMiro(board, layout, { clock }));
 */
export class VirtualClock implements Clock {
  private time = 0;
  private sleeps: { at: number; order: number; resolve: () => void }[] = [];
  private order = 0;

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const entry = { at: this.time + Math.max(0, ms), order: this.order++, resolve };
      this.sleeps.push(entry);
      signal?.addEventListener(
        'abort',
        () => {
          this.sleeps = this.sleeps.filter((each) => each !== entry);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  }

  /**
   * Settles `work`, jumping the time to the next due sleep whenever nothing else can run (a
   * macrotask comes round only once every pending microtask has run).
   */
  async drive<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.finally(() => {
      settled = true;
    });
    while (!settled) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (settled || this.sleeps.length === 0) continue;
      this.sleeps.sort((a, b) => a.at - b.at || a.order - b.order);
      const next = this.sleeps.shift()!;
      this.time = Math.max(this.time, next.at);
      next.resolve();
    }
    return done;
  }
}
