import fc from 'fast-check';
import { describe, test } from 'vitest';
import { fuzzParameters } from './importer-inputs.js';
import { importIsDeterministic, importNeverThrows, jsonRoundTrip, mermaidRoundTrip, wideCsvRoundTrip } from './importer-properties.js';

// Short runs; test/fuzz/importers.fuzz.test.ts runs the same properties for minutes.
describe('every importer, any input', () => {
  test('never throws: a valid journey that lays out and renders, or located problems, under every format override and file name', () => {
    fc.assert(importNeverThrows(), fuzzParameters(400));
  });

  test('is deterministic: the same input and options give the same result, ids included', () => {
    fc.assert(importIsDeterministic(), fuzzParameters(100));
  });
});

describe('export → importJourney gives the journey back', () => {
  test('JSON: any journey, as a file in any encoding, named or recognised by its content', () => {
    fc.assert(jsonRoundTrip(), fuzzParameters(150));
  });

  test('wide CSV: any journey it can express, both languages, as a UTF-8 or UTF-16 file', () => {
    fc.assert(wideCsvRoundTrip(), fuzzParameters(200));
  });

  test('Mermaid: any journey Mermaid can express, as a .mmd file or recognised by its content', () => {
    fc.assert(mermaidRoundTrip(), fuzzParameters(200));
  });
});
