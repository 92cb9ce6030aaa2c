import { describe, expect, it } from 'vitest';
import { readEmotion } from '../../core/src/import/emotion/read-emotion.js';
import { asWritten } from '../words/as-written.js';

describe('readEmotion', () => {
  it.each([
    ['3', 3],
    ['10', 10],
    ['3,5', 3.5],
    ['3.5', 3.5],
    [' 4 ', 4],
    ['-1', -1],
    ['−1', -1],
    ['+2', 2],
    ['0', 0],
  ])('reads the number "%s"', (cell, value) => {
    expect(asWritten(readEmotion(cell))).toEqual({ kind: 'number', value });
  });

  it.each([
    ['75%', 75],
    ['75 %', 75],
    ['12,5 %', 12.5],
    ['4/5', 80],
    ['7 / 10', 70],
    ['3,5/5', 70],
  ])('reads "%s" as a percentage', (cell, value) => {
    expect(asWritten(readEmotion(cell))).toEqual({ kind: 'percent', value });
  });

  it.each([
    ['😡', -2],
    ['😠', -2],
    ['😟', -1],
    ['😐', 0],
    ['🙂', 1],
    ['😍', 2],
    ['☹️', -1],
    ['frustré', -2],
    ['Frustrée', -2],
    ['FRUSTRE', -2],
    ['agacé', -1],
    ['Agacée', -1],
    ['neutre', 0],
    ['content', 1],
    ['Contente', 1],
    ['ravi', 2],
    ['Ravie', 2],
    ['très satisfait', 2],
    ['frustrated', -2],
    ['Annoyed', -1],
    ['neutral', 0],
    ['happy', 1],
    ['Delighted', 2],
    ['😡 bloqué au guichet', -2],
    ['frustré et perdu', -2],
    ['ravie, enfin', 2],
  ])('reads the word or emoji "%s" as %d', (cell, score) => {
    expect(asWritten(readEmotion(cell))).toEqual({ kind: 'word', score, label: cell.trim() });
  });

  it.each(['', '  ', '-', '—', 'n/a', 'N/A', 'NC', '?'])('reads "%s" as no answer', (cell) => {
    expect(asWritten(readEmotion(cell))).toEqual({ kind: 'empty' });
  });

  it.each([
    ['NaN', '"NaN" is not a number, a percentage or an emotion word'],
    ['1e309', 'the number is too large to be a score'],
    ['Infinity', '"Infinity" is not a number, a percentage or an emotion word'],
    ['0x10', '"0x10" is not a number, a percentage or an emotion word'],
    ['quatre', '"quatre" is not a number, a percentage or an emotion word'],
  ])('refuses "%s" with a reason', (cell, why) => {
    expect(asWritten(readEmotion(cell))).toEqual({ kind: 'invalid', why });
  });
});
