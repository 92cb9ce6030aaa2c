import { defineConfig } from 'vitest/config';

/**
 * `npm run fuzz`: the long property runs of test/fuzz (minutes), apart from `npm test` (seconds).
 * FUZZ_RUNS=<n> sets the runs of every property; FUZZ_SEED=<n> replays a run.
 */
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.test.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
