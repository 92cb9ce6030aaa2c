import { describe, expect, it } from 'vitest';
import { encodeText } from '../../core/src/import/text/encode-text.js';
import { importJourney } from '../../core/src/import/import-journey.js';
import { LIMITS } from '../../core/src/model/limits.js';
import type { ImportResult, Problem } from '../../core/src/model/problem.js';
import { asWritten } from '../words/as-written.js';

function problems(result: ImportResult): Problem[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : asWritten(result.problems);
}

describe('bad input gets a clear, located message and no journey', () => {
  it.each([
    ['an empty file', new Uint8Array(0)],
    ['blank lines only', '\r\n  \r\n\t\n'],
  ])('%s', (_, input) => {
    expect(asWritten(problems(importJourney(input, { filename: 'empty.csv' })))).toEqual([{ file: 'empty.csv', message: 'the file is empty' }]);
  });

  it('a header without rows', () => {
    expect(asWritten(problems(importJourney('Étape;Actions;Émotion\r\n', { filename: 'h.csv' })))).toEqual([
      { file: 'h.csv', row: 1, message: 'the file has a header but no data rows below it' },
    ]);
  });

  it('binary garbage', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, index) => (index * 37 + 11) % 256);
    expect(asWritten(problems(importJourney(bytes, { filename: 'x.csv' })))).toEqual([{ file: 'x.csv', message: expect.stringMatching(/^This file is not text: /) }]);
  });

  it('an Excel workbook renamed .csv', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encodeText('[Content_Types].xml', 'utf-8')]);
    expect(problems(importJourney(bytes, { filename: 'parcours.csv' }))[0]?.message).toContain('Excel (.xlsx)');
  });

  it('an unbalanced quote, located by row and column', () => {
    const text = 'Stage,Actions,Emotion\nDiscover,Reads,4\nBuy,"Pays,2\nUse,Uses,5\n';
    expect(asWritten(problems(importJourney(text, { filename: 'q.csv' })))).toEqual([
      {
        file: 'q.csv',
        row: 3,
        column: 'Actions',
        message: 'a quote opens this cell and is never closed, so the rest of the file would be read as one cell; close it, or write a quote inside a cell as ""',
      },
    ]);
  });

  it('an unbalanced quote after a multi-line cell names the line too', () => {
    const text = 'Stage,Actions\nDiscover,"Reads\nCompares"\nBuy,"Pays\n';
    expect(asWritten(problems(importJourney(text))[0])).toMatchObject({ row: 3, column: 'Actions', message: expect.stringContaining('(line 4 of the file)') });
  });

  it('no column it recognises', () => {
    expect(asWritten(problems(importJourney('Foo,Bar,Baz\nx,y,z\nu,v,w\n', { filename: 'f.csv' })))).toEqual([
      {
        file: 'f.csv',
        row: 1,
        message:
          'no column was recognised (found "Foo", "Bar", "Baz"). Expected headers such as Étape/Stage, Actions, Points de contact/Touchpoints, Difficultés/Pain points, Émotion/Emotion, Participant, or a survey with rating columns',
      },
    ]);
  });

  it('lane columns but no stage column', () => {
    expect(asWritten(problems(importJourney('Participant,Actions,Emotion\nP1,Reads,4\n')))).toEqual([
      { row: 1, message: 'no stage column: name the column of stages "Étape" or "Stage", or map one to the role "stage"' },
    ]);
  });

  it('ragged rows: a warning for each, missing cells read as empty, extra values kept under unnamed columns', () => {
    const text = 'Stage,Actions,Emotion\nDiscover,Reads\nBuy,Pays,2,Cash only\nUse,Uses,5\n';
    const result = importJourney(text, { filename: 'r.csv' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(asWritten(result.warnings)).toEqual([
      { file: 'r.csv', column: 'Column 4', message: 'unknown column: read as a custom lane titled "Column 4"; map it to a role to change that' },
      { file: 'r.csv', row: 2, message: 'this row has 2 cells where the header has 3; the missing cells are read as empty' },
      { file: 'r.csv', row: 3, column: 'Column 4', message: 'this row has values past the last named column (3); they are read under unnamed columns' },
    ]);
    expect(asWritten(result.journey.cards.map((card) => card.text))).toEqual(['Reads', 'Pays', 'Cash only', 'Uses']);
  });

  it('ragged rows: most rows longer than the header is a problem', () => {
    expect(asWritten(problems(importJourney('Stage,Actions\nA,x,1,2\nB,y,3,4\nC,z\n')))).toEqual([
      { row: 1, message: '2 of 3 rows have more values than the header has names (2); check the delimiter or name every column' },
    ]);
  });

  it('a 60 MB file, refused by its size before anything is decoded', () => {
    const bytes = new Uint8Array(60 * 1024 * 1024);
    expect(asWritten(problems(importJourney(bytes, { filename: 'big.csv' })))).toEqual([
      { file: 'big.csv', message: 'the file is 60 MB; Parcours reads files up to 50 MB. Split it, or remove the columns you do not need' },
    ]);
  });

  it('60 MB of text, refused by its size', () => {
    expect(problems(importJourney('a'.repeat(60 * 1024 * 1024)))[0]?.message).toMatch(/^the file is 60 MB/);
  });

  it('more rows than the limit', () => {
    const text = `Stage,Emotion\n${'A,1\n'.repeat(LIMITS.rows + 1)}`;
    expect(asWritten(problems(importJourney(text)))).toEqual([{ message: 'the file has more than 200,000 rows, the most Parcours reads; split it' }]);
  });

  it('far more rows than the limit, refused without parsing them all', () => {
    const text = `Stage,Emotion\n${'A,1\n'.repeat(LIMITS.rows * 2)}`;
    expect(asWritten(problems(importJourney(text)))).toEqual([{ message: 'the file has more than 200,000 rows, the most Parcours reads; split it' }]);
  });

  it('exactly the row limit is fine', () => {
    const text = `Stage,Emotion\n${'A,1\n'.repeat(LIMITS.rows)}`;
    expect(importJourney(text)).toMatchObject({ ok: true, report: { rows: LIMITS.rows, format: 'interview-csv' } });
  });

  it('more columns than the limit', () => {
    const header = ['Stage', ...Array.from({ length: LIMITS.columns }, (_, index) => `C${index}`)].join(',');
    expect(asWritten(problems(importJourney(`${header}\nA,${'x,'.repeat(LIMITS.columns)}\n`)))).toEqual([{ row: 1, message: 'the header has 501 columns; Parcours reads at most 500' }]);
  });

  it.each([
    ['a wide file', 'Stage,Actions\nA,x\nB,'],
    ['an interview file', 'Participant,Stage,Actions\nP1,A,x\nP2,B,'],
  ])('text longer than the limit in %s, located', (_, start) => {
    const text = `${start}${'y'.repeat(LIMITS.textLength + 1)}\n`;
    expect(asWritten(problems(importJourney(text, { filename: 'long.csv' })))).toEqual([
      { file: 'long.csv', row: 3, column: 'Actions', message: 'this cell holds 10,001 characters; the limit is 10,000' },
    ]);
  });

  it('scores outside the scale: each located, left out, the rest imported', () => {
    const result = importJourney('Participant,Stage,Emotion (1-5)\nP1,A,4\nP2,A,9\nP3,A,-1\nP4,A,NaN\nP5,A,1e309\n', { filename: 's.csv' });
    expect(asWritten(result)).toMatchObject({ ok: true, journey: { emotions: [{ score: 1, n: 1 }] } });
    expect(asWritten(result.ok && result.warnings)).toEqual([
      { file: 's.csv', row: 3, column: 'Emotion (1-5)', message: '9 is outside the scale 1–5: left out' },
      { file: 's.csv', row: 4, column: 'Emotion (1-5)', message: '-1 is outside the scale 1–5: left out' },
      { file: 's.csv', row: 5, column: 'Emotion (1-5)', message: '"NaN" is not a number, a percentage or an emotion word: left out' },
      { file: 's.csv', row: 6, column: 'Emotion (1-5)', message: 'the number is too large to be a score: left out' },
    ]);
  });

  it('thousands of bad rows give twenty located warnings and one summary', () => {
    const rows = Array.from({ length: 1000 }, (_, index) => `P${index},A,${index % 2 === 0 ? 'xyz' : '3'}`);
    const result = importJourney(`Participant,Stage,Emotion\n${rows.join('\n')}\n`);
    expect(result.ok && result.warnings.length).toBe(21);
    expect(asWritten(result.ok && result.warnings[20])).toEqual({ message: '…and 480 more like this (emotions left out)' });
  });

  it('a stage column left empty everywhere', () => {
    expect(asWritten(problems(importJourney('Participant,Stage,Actions\nP1,,x\nP2,,y\n')))).toEqual([{ row: 1, column: 'Stage', message: 'no stage: every row leaves the stage column empty' }]);
  });
});

describe('a quote longer than the text limit', () => {
  it('is refused, located, when it would become a card', () => {
    const text = `Participant,Stage,Quote,Emotion\nP1,A,Fine,3\nP2,A,${'z'.repeat(LIMITS.textLength + 1)},1\n`;
    expect(asWritten(problems(importJourney(text, { filename: 'q.csv' })))).toEqual([
      { file: 'q.csv', row: 3, column: 'Quote', message: 'this cell holds 10,001 characters; the limit is 10,000' },
    ]);
  });
});
