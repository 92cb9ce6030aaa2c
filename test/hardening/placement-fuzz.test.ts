import fc from 'fast-check';
import { describe, test } from 'vitest';
import { fuzzParameters } from './importer-inputs.js';
import { figJamFaultsThenResume, miroFaultsThenResume } from './placement-properties.js';

// Short runs; test/fuzz/placement.fuzz.test.ts runs the same properties for minutes.
describe('any pattern of host faults, then a healthy placement', () => {
  test('Miro: every failure reported, every unmarked item named, then a clean board', async () => {
    await fc.assert(miroFaultsThenResume(), fuzzParameters(25));
  });

  test('FigJam: never a throw, every node without data named, then a clean board', async () => {
    await fc.assert(figJamFaultsThenResume(), fuzzParameters(40));
  });
});
