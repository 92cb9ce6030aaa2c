/** How one host write is run, besides pacing, retries and its time limit. */
export interface WriteOptions<T> {
  /** An abort ends its wait at once. */
  cancellable?: boolean;
  /** Receives a call given up on (timed out, or cut short by the abort) that may still reach the host. */
  onAbandoned?: (late: Promise<T>) => void;
  /** Finds the call's effect on the board after a failure that may have come after it (see `callWithRetry`). */
  recover?: () => Promise<T | undefined>;
}

/** Runs one host write, paced, retried and bounded in time. */
export type HostWrite = <T>(name: string, call: () => Promise<T>, how?: WriteOptions<T>) => Promise<T>;
