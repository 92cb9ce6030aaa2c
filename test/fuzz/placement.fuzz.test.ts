import fc from 'fast-check';
import { describe, test } from 'vitest';
import { fuzzParameters } from '../hardening/importer-inputs.js';
import { figJamFaultsThenResume, miroFaultsThenResume } from '../hardening/placement-properties.js';

// The host-fault properties `npm test` runs a few dozen times, run for minutes. FUZZ_RUNS sets every count.
describe('any pattern of host faults, then a healthy placement (long)', () => {
  test('Miro', async () => {
    await fc.assert(miroFaultsThenResume(), fuzzParameters(1_500));
  });

  test('FigJam', async () => {
    await fc.assert(figJamFaultsThenResume(), fuzzParameters(3_000));
  });
});
