import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { JourneySchema } from '../../core/src/model/journey.js';

const HEADERS = ['Étape', 'Stage', 'Participant', 'Persona', 'Actions', 'Points de contact', 'Channel', 'Pain points', 'Questions', 'Quote', 'Émotion', 'Emotion (1-5)', 'Opportunités', 'Phase', 'Notes', 'Réservation / Site web', 'Âge', 'NPS', ''];
const CELL = fc.oneof(
  fc.constantFrom('', 'Découverte', 'Achat', 'achat ', 'P1', 'P2', '3', '3,5', '-1', '105', 'ravi', '😡', 'n/a', 'NaN', 'Site web (web)', 'a | b', 'x\ny', '"quoted"', "'=1+1", '1e309'),
  fc.string({ maxLength: 12 }),
);

/** A CSV from a random header and random rows, written by papaparse with a random delimiter. */
const CSV = fc
  .record({
    header: fc.uniqueArray(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 7 }),
    rows: fc.array(fc.array(CELL, { minLength: 0, maxLength: 8 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
  })
  .map(({ header, rows, delimiter }) => Papa.unparse([header, ...rows], { delimiter, newline: '\r\n' }));

describe('import properties', () => {
  it('never throws; a success is a valid journey whose report counts match, a failure says why', () => {
    fc.assert(
      fc.property(CSV, (text) => {
        const result = importJourney(text, { filename: 'random.csv' });
        if (result.ok) {
          expect(JourneySchema.safeParse(result.journey).success).toBe(true);
          expect(result.report).toMatchObject({ stages: result.journey.stages.length, cards: result.journey.cards.length, personas: result.journey.personas.length });
        } else {
          expect(result.problems.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = importJourney(bytes);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same journey, ids included, for the same input', () => {
    fc.assert(
      fc.property(CSV, (text) => {
        expect(importJourney(text)).toEqual(importJourney(text));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the ids of untouched stages and cards when one cell of a wide file changes', () => {
    const cells = fc.array(fc.constantFrom('Lit un avis', 'Compare', 'Paie', 'Appelle', 'Attend'), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom('Découverte', 'Considération', 'Achat', 'Usage', 'Fidélisation'), { minLength: 2, maxLength: 5 }),
        fc.array(cells, { minLength: 5, maxLength: 5 }),
        fc.nat(),
        (stages, actions, pick) => {
          const write = (rows: string[][]) => Papa.unparse([['Étape', 'Actions'], ...rows], { delimiter: ';' });
          const rows = stages.map((stage, index) => [stage, (actions[index] ?? []).join('\n')]);
          const changed = rows.map((row) => [...row]);
          const at = pick % changed.length;
          const target = changed[at];
          if (target !== undefined) target[1] = 'Un texte nouveau';
          const before = importJourney(write(rows));
          const after = importJourney(write(changed));
          if (!before.ok || !after.ok) throw new Error('both files import');
          expect(after.journey.stages.map((stage) => stage.id)).toEqual(before.journey.stages.map((stage) => stage.id));
          const touched = before.journey.stages[at]?.id;
          const untouched = (cards: typeof before.journey.cards) => cards.filter((card) => card.stageId !== touched).map((card) => card.id);
          expect(untouched(after.journey.cards)).toEqual(untouched(before.journey.cards));
        },
      ),
      { numRuns: 100 },
    );
  });
});
