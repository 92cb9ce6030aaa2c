import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLexicon, encodeLexicon } from '../../core/src/insight/sentiment/lexicon-text.js';

describe('encodeLexicon / decodeLexicon', () => {
  it('writes the example in its doc comment', () => {
    expect(encodeLexicon([['badly', -2.1], ['bad', -2.5]])).toBe('-2.5,-2.1\nAbadDly\n!#');
    expect(decodeLexicon('-2.5,-2.1\nAbadDly\n!#')).toEqual(new Map([['bad', -2.5], ['badly', -2.1]]));
  });

  it('reads back any lexicon of lower-case words exactly (values compared with Object.is)', () => {
    const word = fc.stringMatching(/^[a-z0-9'-]{1,40}$/);
    const value = fc.oneof(fc.integer({ min: -400, max: 400 }).map((n) => n / 100), fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)));
    fc.assert(
      fc.property(fc.dictionary(word, value, { maxKeys: 300 }), (lexicon) => {
        const decoded = decodeLexicon(encodeLexicon(Object.entries(lexicon)));
        expect(decoded.size).toBe(Object.keys(lexicon).length);
        for (const [key, expected] of Object.entries(lexicon)) expect(Object.is(decoded.get(key), expected)).toBe(true);
      }),
    );
  });

  it('writes two characters per valence past 94 distinct ones, and reads them back', () => {
    const lexicon = Array.from({ length: 500 }, (_, index) => [`word${index}`, index / 100 - 2.5] as const);
    const text = encodeLexicon(lexicon);
    expect(text.split('\n')[2]).toHaveLength(1000);
    expect(decodeLexicon(text)).toEqual(new Map(lexicon));
  });

  it('shares prefixes of at most 25 characters (one capital letter)', () => {
    const long = 'a'.repeat(40);
    const lexicon: [string, number][] = [[long, 1], [`${long}b`, 2]];
    expect(encodeLexicon(lexicon).split('\n')[1]).toBe(`A${long}Z${'a'.repeat(15)}b`);
    expect(decodeLexicon(encodeLexicon(lexicon))).toEqual(new Map(lexicon));
  });

  it('refuses words it could not read back', () => {
    expect(() => encodeLexicon([['Paris', 1]])).toThrow(/cannot write the word "Paris"/);
    expect(() => encodeLexicon([['', 1]])).toThrow(/cannot write the word ""/);
    expect(() => encodeLexicon([['a\nb', 1]])).toThrow(/cannot write/);
  });

  it('reads an empty lexicon as an empty map', () => {
    expect(encodeLexicon([])).toBe('\n\n');
    expect(decodeLexicon('\n\n').size).toBe(0);
  });
});
