import { describe, expect, it } from 'vitest';
import type { EmotionScale } from '../../core/src/model/problem.js';
import { detectScale } from '../../core/src/import/emotion/detect-scale.js';
import { normalizeScore } from '../../core/src/import/emotion/normalize-score.js';
import { readEmotion } from '../../core/src/import/emotion/read-emotion.js';
import { ScaleStats } from '../../core/src/import/emotion/scale-stats.js';
import type { ScaleHint } from '../../core/src/import/emotion/scale-hint.js';
import { asWritten } from '../words/as-written.js';

function statsOf(cells: readonly string[]): ScaleStats {
  const stats = new ScaleStats();
  for (const cell of cells) stats.add(readEmotion(cell));
  return stats;
}

describe('detectScale', () => {
  it.each<[string[], EmotionScale]>([
    [['1', '3', '5'], '1-5'],
    [['2', '3,5', '4'], '1-5'],
    [['0', '3', '5'], '0-5'],
    [['1', '6', '7'], '1-7'],
    [['1', '8', '10'], '1-10'],
    [['0', '7', '10'], '0-10'],
    [['-3', '0', '2'], '-3..3'],
    [['-2', '0', '1,5'], '-2..2'],
    [['12', '55', '90', '100'], 'percent'],
    [['ravi', 'frustré', '😐'], 'words'],
    [['75 %', '20 %'], 'percent'],
    [[], 'none'],
    [['', 'n/a'], 'none'],
  ])('reads %j as %s', (cells, scale) => {
    expect(detectScale(statsOf(cells), {}).scale).toBe(scale);
  });

  it('does not let one typo (55 among 1–5) turn a file into percentages', () => {
    const cells = [...Array.from({ length: 40 }, (_, index) => String(1 + (index % 5))), '55'];
    expect(asWritten(detectScale(statsOf(cells), {}))).toEqual({ scale: '1-5', reason: 'values from 1 to 55' });
  });

  it('takes the header hint over the values', () => {
    expect(asWritten(detectScale(statsOf(['1', '2']), { hint: { scale: '-2..2' } }))).toEqual({ scale: '-2..2', reason: 'the header says −2…+2' });
  });

  it.each<[string[], ScaleHint, EmotionScale]>([
    [['0', '6', '9'], { max: 10 }, '0-10'],
    [['2', '6', '9'], { max: 10 }, '1-10'],
    [['2', '4'], { max: 5 }, '1-5'],
  ])('completes a "/N" hint from the values: %j %j → %s', (cells, hint, scale) => {
    expect(detectScale(statsOf(cells), { hint }).scale).toBe(scale);
  });

  it('warns about a scale hint it does not know and detects from the values', () => {
    expect(asWritten(detectScale(statsOf(['1', '4']), { hint: { unsupported: '1…4' } }))).toEqual({
      scale: '1-5',
      reason: 'values from 1 to 4',
      warning: "the header's scale 1…4 is not one Parcours knows; values from 1 to 4 suggest 1–5",
    });
  });

  it('takes the scale the options force over everything', () => {
    expect(asWritten(detectScale(statsOf(['1', '2']), { forced: '0-10', hint: { scale: '1-5' } }))).toEqual({ scale: '0-10', reason: 'set in the import options' });
  });
});

describe('normalizeScore', () => {
  it.each<[string, EmotionScale, number | undefined]>([
    ['1', '1-5', -2],
    ['3', '1-5', 0],
    ['5', '1-5', 2],
    ['3,5', '1-5', 0.5],
    ['4', '1-7', 0],
    ['7', '1-7', 2],
    ['1', '1-10', -2],
    ['10', '1-10', 2],
    ['5', '0-10', 0],
    ['0', '0-10', -2],
    ['2,5', '0-5', 0],
    ['-3', '-3..3', -2],
    ['1,5', '-3..3', 1],
    ['0.1', '-2..2', 0.1],
    ['-2', '-2..2', -2],
    ['75', 'percent', 1],
    ['75 %', '1-5', 1],
    ['4/5', '1-10', 1.2000000000000002],
    ['ravi', '1-5', 2],
    ['6', '1-5', undefined],
    ['0', '1-5', undefined],
    ['-4', '-3..3', undefined],
    ['3', 'words', undefined],
    ['n/a', '1-5', undefined],
  ])('puts "%s" on %s at %s', (cell, scale, score) => {
    expect(normalizeScore(readEmotion(cell), scale)).toBe(score);
  });
});
