import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesKey } from '../../core/src/import/names/matches-key.js';
import { normalizeKey } from '../../core/src/import/names/normalize-key.js';

/** Pieces of text that `normalizeKey` treats specially, and a few it leaves alone: short texts of them often share a key. */
const PIECE = fc.constantFrom('a', 'A', 'b', 'B', 'é', 'É', 'e\u0301', 'E', ' ', '  ', '\t', '\n', '\r\n', '.', '..', '…', '`', '’', "'", 'œ', 'Œ', 'oe', '\u00a0', 'İ', 'ß', '1', '!', '-', '😡');
const TEXT = fc.array(PIECE, { maxLength: 8 }).map((pieces) => pieces.join(''));

describe('matchesKey', () => {
  it.each([
    ['Too slow', 'too slow', true],
    ['  Too   SLOW. ', 'too slow', true],
    ['Too slow. .', 'too slow', true],
    ['Too. slow', 'too. slow', true],
    ['. Too slow', '. too slow', true],
    ['It`s slow', "it's slow", true],
    ['Trop chér', 'trop cher', true],
    ['Œuvre', 'oeuvre', true],
    ['Too slow', 'too slow!', false],
    ['Too slow!', 'too slow', false],
    ['Too  slow', 'too  slow', false],
    ['', '', true],
    [' . ', '', true],
    ['Too slow', '', false],
  ])('matchesKey(%j, %j) is %s', (text, key, expected) => {
    expect(normalizeKey(text) === key).toBe(expected);
    expect(matchesKey(text, key)).toBe(expected);
  });

  it('answers as comparing normalizeKey would', () => {
    fc.assert(
      fc.property(TEXT, TEXT, (text, other) => {
        expect(matchesKey(text, normalizeKey(other))).toBe(normalizeKey(text) === normalizeKey(other));
        expect(matchesKey(text, normalizeKey(text))).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('answers as comparing normalizeKey would for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ maxLength: 20 }), (text, other) => {
        expect(matchesKey(text, normalizeKey(other))).toBe(normalizeKey(text) === normalizeKey(other));
        expect(matchesKey(text, normalizeKey(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
