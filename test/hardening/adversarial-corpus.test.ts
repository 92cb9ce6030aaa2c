import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importJourney, JourneySchema, layoutJourney, type ImportResult, type Journey, type Problem } from '../../core/src/index.js';
import * as large from '../fixtures/adversarial/large-inputs.js';
import { asWritten } from '../words/as-written.js';

/** A corpus file's bytes, as the panel and the CLI hand them to `importJourney`. */
function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/adversarial/${name}`, import.meta.url)));
}

function journeyOf(result: ImportResult): Journey {
  if (!result.ok) throw new Error(`expected an import, got ${JSON.stringify(result.problems)}`);
  expect(JourneySchema.safeParse(result.journey).success).toBe(true);
  return result.journey;
}

function problemsOf(result: ImportResult): Problem[] {
  if (result.ok) throw new Error('expected located problems, got a journey');
  expect(result.problems.length).toBeGreaterThan(0);
  return asWritten(result.problems);
}

const names = (journey: Journey) => journey.stages.map((stage) => stage.name);
const texts = (journey: Journey) => journey.cards.map((card) => card.text);
const warningsOf = (result: ImportResult) => asWritten(result.ok ? result.warnings : []);

describe('adversarial corpus: refused with a located message', () => {
  test.each<[string, Problem[]]>([
    [
      'truncated-quote.csv',
      [
        {
          file: 'truncated-quote.csv',
          row: 3,
          column: 'Actions',
          message: 'a quote opens this cell and is never closed, so the rest of the file would be read as one cell; close it, or write a quote inside a cell as ""',
        },
      ],
    ],
    ['truncated.json', [{ file: 'truncated.json', row: 6, column: '41', message: 'invalid JSON: Unterminated string' }]],
    [
      'nul-byte.csv',
      [
        {
          file: 'nul-byte.csv',
          message: 'This file is not text: it contains NUL bytes (the first at byte 29). Parcours reads CSV, JSON and Mermaid files; from Excel, use "Save as" › CSV.',
        },
      ],
    ],
    ['json-numbers.json', [{ file: 'json-numbers.json', field: 'emotions[0].score', message: 'expected number, received Infinity' }]],
  ])('%s', (name, expected) => {
    expect(asWritten(problemsOf(importJourney(fixture(name), { filename: name })))).toEqual(expected);
  });
});

describe('adversarial corpus: imported, every oddity told by a located warning', () => {
  test('a row cut short at the end of the file: read as far as it goes, the short row named', () => {
    const result = importJourney(fixture('truncated-row.csv'), { filename: 'truncated-row.csv' });
    expect(asWritten(texts(journeyOf(result)))).toEqual(['Reads a review', 'Pa']);
    expect(asWritten(warningsOf(result))).toEqual([{ file: 'truncated-row.csv', row: 3, message: 'this row has 2 cells where the header has 3; the missing cells are read as empty' }]);
  });

  test('a Mermaid file cut in the last actor name keeps what it holds', () => {
    const journey = journeyOf(importJourney(fixture('truncated.mmd'), { filename: 'truncated.mmd' }));
    expect(names(journey)).toEqual(['Discover', 'Buy']);
    expect(journey.personas.map((persona) => persona.name)).toEqual(['Me', 'M']);
  });

  test('a row written with another delimiter than the header is named, its cells kept as text', () => {
    const result = importJourney(fixture('mixed-delimiters.csv'), { filename: 'mixed-delimiters.csv' });
    expect(asWritten(result)).toMatchObject({ ok: true, report: { delimiter: ';' } });
    expect(asWritten(names(journeyOf(result)))).toEqual(['Découverte', 'Achat,Paie,2', 'Usage']);
    expect(asWritten(warningsOf(result))).toEqual([
      {
        file: 'mixed-delimiters.csv',
        row: 3,
        message: 'this row has 1 cells where the header has 3: it seems written with "," instead of ";" (pasted from another file?); its text is read as it stands, the missing cells as empty',
      },
    ]);
  });

  test('doubled quotes inside quotes are read exactly; a stray quote is kept and warned about on its row', () => {
    const result = importJourney(fixture('quotes-in-quotes.csv'), { filename: 'quotes-in-quotes.csv' });
    expect(asWritten(texts(journeyOf(result)))).toEqual(['Reads "the" review', 'She said "it\'s ""fine""', 'Pays "cash" only', 'ok']);
    expect(warningsOf(result)).toContainEqual(expect.objectContaining({ row: 3, message: 'a quote inside a quoted cell should be doubled (""); the cell was read as best it could' }));
  });

  // Issue 8: papaparse reports this cell's two stray quotes twice, at the cell; the row's last
  // column ("Thoughts") is not where they are.
  test('the stray-quote warning names the cell that holds the quote, once', () => {
    const result = importJourney(fixture('quotes-in-quotes.csv'), { filename: 'quotes-in-quotes.csv' });
    expect(asWritten(warningsOf(result).filter((warning) => warning.message.startsWith('a quote inside')))).toEqual([
      { file: 'quotes-in-quotes.csv', row: 3, column: 'Actions', message: 'a quote inside a quoted cell should be doubled (""); the cell was read as best it could' },
    ]);
  });

  test('lines ended by a lone \\r (old Mac files) read like any other', () => {
    const journey = journeyOf(importJourney(fixture('lone-cr.csv'), { filename: 'lone-cr.csv' }));
    expect(names(journey)).toEqual(['Discover', 'Buy']);
    expect(journey.emotions.map((emotion) => emotion.score)).toEqual([1, -1]);
  });

  test('a lone \\r inside a cell is a line break: two cards', () => {
    expect(texts(journeyOf(importJourney(fixture('cr-inside-cell.csv'), { filename: 'cr-inside-cell.csv' })))).toEqual(['Reads', 'a review', 'Pays']);
  });

  test('a header repeated mid-file (two exports pasted together) is skipped and named, never read as a stage', () => {
    const result = importJourney(fixture('header-repeated.csv'), { filename: 'header-repeated.csv' });
    const journey = journeyOf(result);
    expect(names(journey)).toEqual(['Discover', 'Buy']);
    expect(texts(journey)).toEqual(['Reads a review', 'Pays']);
    expect(asWritten(warningsOf(result))).toEqual([{ file: 'header-repeated.csv', row: 3, message: expect.stringContaining('repeats the header') }]);
  });

  test('the same stage name on several rows: rows of one stage (interview reading), one id per stage', () => {
    const result = importJourney(fixture('duplicate-stages.csv'), { filename: 'duplicate-stages.csv' });
    const journey = journeyOf(result);
    expect(names(journey)).toEqual(['Découverte', 'Achat']);
    expect(texts(journey)).toEqual(['Voit une pub', 'Compare', 'Lit un avis', 'Paie']);
  });

  test('the same stage name on several rows of a wide template: separate stages with distinct ids', () => {
    const journey = journeyOf(importJourney(fixture('duplicate-stages.csv'), { filename: 'duplicate-stages.csv', format: 'wide-csv' }));
    expect(names(journey)).toEqual(['Découverte', 'Découverte', 'découverte', 'Achat']);
    expect(new Set(journey.stages.map((stage) => stage.id)).size).toBe(4);
  });

  test('emoji, ZWJ sequences, combining accents and right-to-left text arrive byte for byte', () => {
    const journey = journeyOf(importJourney(fixture('emoji-rtl.csv'), { filename: 'emoji-rtl.csv' }));
    expect(names(journey)).toEqual(['اكتشاف', 'שלב\u200f']);
    expect(texts(journey)).toEqual(['يقرأ مراجعة 😀', 'קונה 👨\u200d👩\u200d👧 e\u0301']);
    expect(journey.emotions.map((emotion) => emotion.score)).toEqual([2, -2]);
  });

  test('bytes that are not UTF-8 are read as Windows-1252 (Excel) and the report says so', () => {
    const result = importJourney(fixture('invalid-utf8.csv'), { filename: 'invalid-utf8.csv' });
    expect(asWritten(result)).toMatchObject({ ok: true, report: { encoding: 'windows-1252' } });
    expect(asWritten(names(journeyOf(result)))).toEqual(['Découverte', 'Achat']);
    expect(asWritten(texts(journeyOf(result)))).toEqual(['Voit une pub € promo', 'Paie ÿ']);
  });

  // Issue 8: read as Windows-1252, every accent would become mojibake ("DÃ©couverte").
  test('a UTF-8 file with one bad byte keeps its accents and the bad byte is located', () => {
    const result = importJourney(fixture('utf8-one-bad-byte.csv'), { filename: 'utf8-one-bad-byte.csv' });
    expect(asWritten(result)).toMatchObject({ ok: true, report: { encoding: 'utf-8' } });
    expect(asWritten(names(journeyOf(result)))).toEqual(['Découverte', 'Achat']);
    expect(asWritten(texts(journeyOf(result)))).toEqual(['Voit une pub', 'Paie \ufffd']);
    expect(asWritten(warningsOf(result))).toEqual([
      { file: 'utf8-one-bad-byte.csv', row: 3, message: 'byte 52 of the file is not valid UTF-8 (the rest is): it reads as \ufffd. Fix this line, or save the file again as UTF-8' },
    ]);
  });

  test('UTF-16 cut in the middle of a character: what is whole is read, the cut is a visible U+FFFD', () => {
    const result = importJourney(fixture('utf16-truncated.csv'), { filename: 'utf16-truncated.csv' });
    expect(asWritten(result)).toMatchObject({ ok: true, report: { encoding: 'utf-16le' } });
    expect(asWritten(names(journeyOf(result)))).toEqual(['Discover', '\ufffd']);
  });

  test('1e309, NaN, Infinity, hex are left out with a located reason; -0 reads as 0, -1e-320 as itself', () => {
    const result = importJourney(fixture('numbers.csv'), { filename: 'numbers.csv' });
    const journey = journeyOf(result);
    const stageOf = (stageId: string) => journey.stages.find((stage) => stage.id === stageId)?.name;
    expect(journey.emotions.map((emotion) => [stageOf(emotion.stageId), emotion.score === 0, emotion.score])).toEqual([
      ['C', true, expect.any(Number)],
      ['F', false, -1e-320],
    ]);
    expect(asWritten(warningsOf(result))).toEqual([
      { file: 'numbers.csv', row: 2, column: 'Emotion', message: 'the number is too large to be a score: left out' },
      { file: 'numbers.csv', row: 3, column: 'Emotion', message: '"NaN" is not a number, a percentage or an emotion word: left out' },
      { file: 'numbers.csv', row: 5, column: 'Emotion', message: '"Infinity" is not a number, a percentage or an emotion word: left out' },
      { file: 'numbers.csv', row: 6, column: 'Emotion', message: '"0x10" is not a number, a percentage or an emotion word: left out' },
    ]);
    // A score of -0 (or one that rounds to it) must never be shown as "−0".
    const labels = layoutJourney(journey).primitives.map((primitive) => primitive.text);
    expect(labels.filter((label) => /[−-]0(?![.,\d])/.test(label))).toEqual([]);
  });

  test('scores outside every scale: each one left out and located, the stages still imported', () => {
    const result = importJourney(fixture('scores-outside-every-scale.csv'), { filename: 'scores-outside-every-scale.csv' });
    const journey = journeyOf(result);
    expect(names(journey)).toEqual(['Discover', 'Buy']);
    expect(journey.emotions).toEqual([]);
    expect(asWritten(warningsOf(result).map((warning) => [warning.row, warning.column]))).toEqual([
      [2, 'Emotion'],
      [3, 'Emotion'],
      [4, 'Emotion'],
      [5, 'Emotion'],
    ]);
  });

  test('Mermaid scores 1e309, NaN, -0 and 99: located warnings, never a NaN or an out-of-range score', () => {
    const result = importJourney(fixture('mermaid-numbers.mmd'), { filename: 'mermaid-numbers.mmd' });
    const journey = journeyOf(result);
    expect(journey.cards.map((card) => card.score)).toEqual([undefined, undefined, -2, 2, 1]);
    expect(asWritten(warningsOf(result).map((warning) => warning.row))).toEqual([4, 5, 6, 7]);
  });

  test('JSON with -0 imports; the score reads as 0', () => {
    const journey = journeyOf(importJourney(fixture('json-negative-zero.json'), { filename: 'json-negative-zero.json' }));
    expect(journey.emotions[0]?.score === 0).toBe(true);
  });
});

// The large members: each must finish (the test timeout is the guard) with a located message or an import.
describe('adversarial corpus, large inputs built in memory', () => {
  const TIMEOUT = 20_000;

  test.each([
    ['1 MB in one card cell', large.oneMegabyteCell(), { row: 3, column: 'Actions', message: 'this cell holds 1,048,576 characters; the limit is 10,000' }],
    ['1 MB in one quoted multi-line cell', large.oneMegabyteQuotedCell(), { row: 2, column: 'Actions', message: 'this cell holds 1,048,576 characters; the limit is 10,000' }],
    ['100,000 columns in the header', large.hundredThousandColumns(), { row: 1, message: 'the header has 100000 columns; Parcours reads at most 500' }],
    ['100,000 cells in one data row', large.hundredThousandCellRow(), { row: 3, message: '100001 cells in this row; Parcours reads at most 500 columns' }],
    ['a million blank lines', large.millionBlankLines(), { message: 'the file has more than 200,000 rows, the most Parcours reads; split it' }],
  ])(
    '%s: refused with a located message',
    (_, text, problem) => {
      expect(asWritten(problemsOf(importJourney(text, { filename: 'big.csv' })))).toEqual([{ file: 'big.csv', ...problem }]);
    },
    TIMEOUT,
  );

  test(
    'a 1 MB header name: imported, the lane title shortened to the model limit',
    () => {
      const journey = journeyOf(importJourney(large.oneMegabyteHeader(), { filename: 'big.csv' }));
      expect(journey.lanes.map((lane) => lane.title.length)).toEqual([7, 500]);
    },
    TIMEOUT,
  );

  test(
    'a Mermaid file with 10,000 sections: refused, it says how many and the limit',
    () => {
      expect(asWritten(problemsOf(importJourney(large.mermaidSections(10_000), { filename: 'big.mmd' })))).toEqual([
        { file: 'big.mmd', message: '10000 sections; a map holds at most 500 stages' },
      ]);
    },
    TIMEOUT,
  );

  test(
    'a Mermaid file with 150,000 tasks in one section: imported, no call-stack overflow',
    () => {
      const journey = journeyOf(importJourney(large.mermaidTasksInOneSection(150_000), { filename: 'big.mmd' }));
      expect(journey.cards).toHaveLength(150_000);
      expect(journey.emotions).toEqual([{ stageId: journey.stages[0]?.id, score: 0, n: 150_000, min: -2, max: 2 }]);
    },
    TIMEOUT,
  );

  test(
    'a Mermaid task naming 50,000 actors: imported in linear time',
    () => {
      const journey = journeyOf(importJourney(large.mermaidManyActors(50_000), { filename: 'big.mmd' }));
      expect(journey.personas).toHaveLength(50_000);
      expect(journey.emotions).toHaveLength(50_000);
    },
    TIMEOUT,
  );

  test(
    'a Mermaid file of 300,000 unclosed "%%{": read in linear time',
    () => {
      expect(journeyOf(importJourney(large.mermaidUnclosedDirectives(300_000), { filename: 'big.mmd' })).cards).toHaveLength(1);
    },
    TIMEOUT,
  );

  test(
    'a Mermaid file behind 200,000 lines of front matter: its title read, no call-stack overflow',
    () => {
      expect(journeyOf(importJourney(large.mermaidHugeFrontMatter(200_000), { filename: 'big.mmd' })).title).toBe('Behind a long preamble');
    },
    TIMEOUT,
  );

  test(
    '20,000 interview rows, every text different, in one stage: the 100 most said kept, the rest reported',
    () => {
      const result = importJourney(large.interviewOneStage(20_000), { filename: 'big.csv' });
      expect(journeyOf(result).cards).toHaveLength(100);
      expect(warningsOf(result)).toContainEqual({ file: 'big.csv', message: 'stage "Discover", lane "Actions": 20000 different texts; the 100 said most often are kept' });
    },
    TIMEOUT,
  );
});
