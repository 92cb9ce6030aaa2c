import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportJourney, type ImportResult, type Journey } from '../../core/src/index.js';
import { importJourney } from '../../core/src/import/import-journey.js';

/** Lane headers a filled-in template uses, by language. */
const LANE_HEADERS = {
  en: ['Actions', 'Touchpoints', 'Pain points', 'Questions', 'Thoughts', 'Opportunities', 'Backstage', 'Notes [custom]'],
  fr: ['Actions', 'Points de contact', 'Difficultés', 'Questions', 'Verbatims', 'Opportunités', 'Coulisses', 'Remarques [custom]'],
} as const;
const EMOTION_HEADERS = {
  en: [['Emotion (1-5)', 1, 5], ['Emotion (-2..+2)', -2, 2], ['Satisfaction /10', 0, 10]],
  fr: [['Émotion (1-5)', 1, 5], ['Émotion (-2..+2)', -2, 2], ['Note /10', 0, 10]],
} as const;

/** Card texts: words, accents, quotes, the separators a cell may hold, and formula starts. */
const word = fc.constantFrom('Voit', 'une', 'pub', 'Reads', 'a', 'review', 'prix', 'élevé', '"quoted"', 'a;b', 'c,d', '=SUM(A1)', '+33', '-x', '@home', "'=z", '(web)', '😀', '42');
const text = fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

const wideTable = fc.constantFrom('en' as const, 'fr' as const).chain((locale) =>
  fc
    .record({
      lanes: fc.shuffledSubarray([...LANE_HEADERS[locale]], { minLength: 1, maxLength: 4 }),
      emotion: fc.option(fc.constantFrom(...EMOTION_HEADERS[locale]), { nil: undefined }),
      emotionAt: fc.nat(4),
      withPhase: fc.boolean(),
      withDescription: fc.boolean(),
      stages: fc.uniqueArray(text, { minLength: 1, maxLength: 6, selector: (name) => name.toLowerCase() }),
      cells: fc.array(fc.array(fc.array(text, { maxLength: 3 }), { minLength: 8, maxLength: 8 }), { minLength: 6, maxLength: 6 }),
      extras: fc.array(fc.tuple(fc.option(text, { nil: '' }), fc.option(text, { nil: '' }), fc.nat(100)), { minLength: 6, maxLength: 6 }),
      joiner: fc.constantFrom('\n', ' | '),
    })
    .map(({ lanes, emotion, emotionAt, withPhase, withDescription, stages, cells, extras, joiner }) => {
      const header: string[] = [locale === 'fr' ? 'Étape' : 'Stage', ...(withPhase ? ['Phase'] : []), ...(withDescription ? ['Description'] : [])];
      const laneHeaders: string[] = [...lanes];
      const emotionIndex = Math.min(emotionAt, laneHeaders.length);
      if (emotion !== undefined) laneHeaders.splice(emotionIndex, 0, emotion[0]);
      const rows = stages.map((stage, row) => {
        const [phase, description, seed] = extras[row] ?? ['', '', 0];
        const cellsOfRow = laneHeaders.map((_, column) => {
          if (emotion !== undefined && column === emotionIndex) {
            const [, low, high] = emotion;
            return seed % 5 === 0 ? '' : String(low + (seed % (high - low + 1)));
          }
          return (cells[row]?.[column] ?? []).join(joiner);
        });
        return [stage, ...(withPhase ? [phase] : []), ...(withDescription ? [description] : []), ...cellsOfRow];
      });
      return { locale, csv: Papa.unparse([[...header, ...laneHeaders], ...rows], { delimiter: locale === 'fr' ? ';' : ',' }) };
    }),
);

function journeyOf(result: ImportResult): Journey {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.journey;
}

describe('wide CSV export → import', () => {
  it('gives back the same journey for any filled-in wide template', () => {
    fc.assert(
      fc.property(wideTable, ({ csv }) => {
        const first = journeyOf(importJourney(csv, { filename: 'table.csv' }));
        const again = importJourney(exportJourney(first, 'csv'), { filename: 'table.csv' });
        expect(again.ok && again.report.format).toBe('wide-csv');
        expect(journeyOf(again)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('gives back cards that start like formulas, without the guard', () => {
    const first = journeyOf(importJourney('Stage,Actions\nPay,"=1+1\n@home"\n-x,"\'=quoted"', { filename: 'f.csv' }));
    expect(first.cards.map((card) => card.text)).toEqual(['=1+1', '@home', '=quoted']);
    expect(first.stages.map((stage) => stage.name)).toEqual(['Pay', '-x']);
    const exported = exportJourney(first, 'csv');
    expect(exported).toContain(`"'=1+1\n@home"`);
    expect(exported).toContain("'-x,");
    expect(journeyOf(importJourney(exported, { filename: 'f.csv' }))).toEqual(first);
  });

  it('gives back a card that really starts with an apostrophe before a formula sign', () => {
    const first = journeyOf(importJourney('Stage,Actions\nPay,Check', { filename: 'f.csv' }));
    const quoted: Journey = { ...first, cards: first.cards.map((card) => ({ ...card, text: "'=quoted" })) };
    expect(exportJourney(quoted, 'csv')).toContain("Pay,,''=quoted");
    expect(journeyOf(importJourney(exportJourney(quoted, 'csv'), { filename: 'f.csv' })).cards[0]?.text).toBe("'=quoted");
  });

  it('keeps a French journey French: headers, ";" and decimal commas', () => {
    const first = journeyOf(importJourney('Étape;Actions;Émotion (-2..+2)\nDécouverte;Voit une pub;0,5', { filename: 'parcours.csv' }));
    const exported = exportJourney(first, 'csv');
    expect(exported.split('\r\n')).toEqual(['Étape;Phase;Actions;Émotion (-2..+2)', 'Découverte;;Voit une pub;0,5']);
    expect(journeyOf(importJourney(exported, { filename: 'parcours.csv' }))).toEqual(first);
  });
});
