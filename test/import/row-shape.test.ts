import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../core/src/import/problem-list.js';
import { RowShape } from '../../core/src/import/csv/row-shape.js';

function check(header: string[], record: string[]): { verdict: ReturnType<RowShape['check']>; warnings: string[] } {
  const warnings = new ProblemList();
  const verdict = new RowShape(header, warnings, ',').check(record, 5);
  return { verdict, warnings: warnings.all().map((problem) => problem.message) };
}

describe('RowShape: a row repeating the header', () => {
  it.each([
    ['the same names', ['Stage', 'Actions', 'Emotion']],
    ['another case and blanks around', [' STAGE ', 'actions', 'Emotion  ']],
    ['a capital İ, which lower case lengthens', ['aİ', 'Actions', 'Emotion']],
  ])('is skipped and named: %s', (_, record) => {
    const header = record[0] === 'aİ' ? ['Aİ', 'Actions', 'Emotion'] : ['Stage', 'Actions', 'Emotion'];
    expect(check(header, record)).toEqual({ verdict: 'blank', warnings: ['this row repeats the header (files pasted one after the other?): skipped'] });
  });

  it.each([
    ['a first cell that starts like the header', ['S1', 'Actions', 'Emotion']],
    ['a first cell longer than the header', ['Stages', 'Actions', 'Emotion']],
    ['the same first name, another second one', ['Stage', 'Action', 'Emotion']],
    ['a first cell led by a blank', ['\u00a0Stage', 'Reads', '4']],
  ])('is read as data: %s', (_, record) => {
    expect(check(['Stage', 'Actions', 'Emotion'], record)).toEqual({ verdict: 'row', warnings: [] });
  });
});
