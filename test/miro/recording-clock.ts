import type { Clock } from '../../miro-app/src/clock.js';

/**
 * A clock whose sleeps return at once and move its time forward: back-offs cost no real time, and
 * `sleeps` lists every wait asked for.
 *
 * @example const clock = recordingClock(); await callWithRetry(pacer, 50, call, { clock }); clock.sleeps
 */
export function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  let slept = 0;
  return {
    sleeps,
    now: () => performance.now() + slept,
    sleep: async (ms) => {
      sleeps.push(ms);
      slept += ms;
    },
  };
}
