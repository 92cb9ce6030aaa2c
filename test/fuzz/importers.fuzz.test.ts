import fc from 'fast-check';
import { describe, test } from 'vitest';
import { fuzzParameters } from '../hardening/importer-inputs.js';
import { importIsDeterministic, importNeverThrows, jsonRoundTrip, largeImportNeverThrows, mermaidRoundTrip, wideCsvRoundTrip } from '../hardening/importer-properties.js';

// The properties `npm test` runs a few hundred times, run for minutes. FUZZ_RUNS sets every count.
describe('every importer, any input (long)', () => {
  test('never throws, under every format override and file name', () => {
    fc.assert(importNeverThrows(), fuzzParameters(150_000));
  });

  test('never throws nor hangs on large repeated inputs', () => {
    fc.assert(largeImportNeverThrows(), fuzzParameters(1_500));
  });

  test('is deterministic', () => {
    fc.assert(importIsDeterministic(), fuzzParameters(20_000));
  });
});

describe('export → importJourney gives the journey back (long)', () => {
  test('JSON', () => {
    fc.assert(jsonRoundTrip(), fuzzParameters(25_000));
  });

  test('wide CSV', () => {
    fc.assert(wideCsvRoundTrip(), fuzzParameters(25_000));
  });

  test('Mermaid', () => {
    fc.assert(mermaidRoundTrip(), fuzzParameters(25_000));
  });
});
