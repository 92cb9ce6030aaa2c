import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { STEPS } from './vendor-exports.js';
import { VENDOR_FIXTURES } from './vendor-fixtures.js';

const read = (file: string) => new Uint8Array(readFileSync(new URL(`../fixtures/vendors/${file}`, import.meta.url)));

describe('committed survey-tool exports (test/fixtures/vendors/)', () => {
  for (const fixture of VENDOR_FIXTURES) {
    it(`${fixture.file} is what the generator writes, and imports with the steps as stages`, () => {
      const bytes = read(fixture.file);
      expect(bytes).toEqual(fixture.bytes());
      const result = importJourney(bytes, { filename: fixture.file });
      if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
      expect(result.report.vendor?.name).toBe(fixture.vendor);
      const steps = fixture.vendor === 'google-forms' ? STEPS.fr : fixture.vendor === 'microsoft-forms' || fixture.vendor === 'typeform' ? ['Booking', 'Check-in', 'Boarding', 'Time on board', 'Arrival'] : STEPS.en;
      expect(result.journey.stages.map((stage) => stage.name).slice(0, 5)).toEqual(steps);
    });
  }
});
