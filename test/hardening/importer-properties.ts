/**
 * The importer properties, run short by `npm test` (test/hardening) and long by `npm run fuzz`
 * (test/fuzz): every importer survives any input, and every export format gives back the journeys
 * it can express when read again through `importJourney`.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { encodeText, exportJourney, importJourney, JourneySchema, layoutJourney, renderSvg, type ImportOptions, type ImportResult, type Journey } from '../../core/src/index.js';
import { anyJourney, mermaidContent, mermaidJourney } from '../export/arbitrary-journey.js';
import { anyImport, anyLargeImport } from './importer-inputs.js';
import { wideCsvContent, wideCsvJourney } from './wide-csv-journey.js';

/**
 * What every import must be, whatever it was given: a result, never a throw; a journey the schema
 * accepts whose report counts it, or problems that each say something, carrying the file name when
 * there is one. A journey must then lay out and render.
 */
export function expectSoundImport(input: string | Uint8Array, options: ImportOptions): ImportResult {
  const result = importJourney(input, options);
  if (result.ok) {
    expect(JourneySchema.safeParse(result.journey).success).toBe(true);
    expect(result.report).toMatchObject({ stages: result.journey.stages.length, cards: result.journey.cards.length, personas: result.journey.personas.length });
    for (const warning of result.warnings) expect(warning.message).not.toBe('');
    renderSvg(layoutJourney(result.journey));
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      expect(problem.message).not.toBe('');
      if (options.filename !== undefined) expect(problem.file).toBe(options.filename);
    }
  }
  return result;
}

const ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'] as const;

function journeyOf(result: ImportResult, exported: string): Journey {
  if (!result.ok) throw new Error(`${JSON.stringify(result.problems)}\n${exported}`);
  return result.journey;
}

/** `importJourney` never throws, whatever the input, format override, file name or option. */
export const importNeverThrows = () =>
  fc.property(anyImport, ({ input, options }) => {
    expectSoundImport(input, options);
  });

/** Large repeated inputs: never a throw, and never a hang (the test timeout is the guard). */
export const largeImportNeverThrows = () =>
  fc.property(anyLargeImport, ({ input, options }) => {
    expectSoundImport(input, options);
  });

/** The same input and options give the same result, ids included. */
export const importIsDeterministic = () =>
  fc.property(anyImport, ({ input, options }) => {
    expect(importJourney(input, options)).toEqual(importJourney(input, options));
  });

/** JSON: any journey, as a file in any encoding, named `.json` or recognised by its content. */
export const jsonRoundTrip = () =>
  fc.property(anyJourney, fc.constantFrom(...ENCODINGS), fc.constantFrom('map.json', undefined), (journey, encoding, filename) => {
    const exported = exportJourney(journey, 'json');
    expect(journeyOf(importJourney(encodeText(exported, encoding), { filename }), exported)).toEqual(journey);
  });

/** Wide CSV: any journey it can express, in either language, as a UTF-8 or UTF-16 file. */
export const wideCsvRoundTrip = () =>
  fc.property(wideCsvJourney, fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'), (journey, encoding) => {
    const exported = exportJourney(journey, 'csv');
    const back = importJourney(encodeText(exported, encoding), { filename: 'wide.csv', title: journey.title });
    expect(back.ok && back.report.format).toBe('wide-csv');
    expect(wideCsvContent(journeyOf(back, exported))).toEqual(wideCsvContent(journey));
  });

/** Mermaid: any journey Mermaid can express, as a `.mmd` file or recognised by its content. */
export const mermaidRoundTrip = () =>
  fc.property(mermaidJourney({ withoutNul: true }), fc.constantFrom('journey.mmd', undefined), (journey, filename) => {
    const exported = exportJourney(journey, 'mermaid');
    const back = importJourney(encodeText(exported, 'utf-8'), { filename });
    expect(back.ok && back.report.format).toBe('mermaid');
    expect(mermaidContent(journeyOf(back, exported))).toEqual(mermaidContent(journey));
  });
