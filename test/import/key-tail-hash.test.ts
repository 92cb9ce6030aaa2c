import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyTailHash, tailHashOf } from '../../core/src/import/names/key-tail-hash.js';
import { normalizeKey } from '../../core/src/import/names/normalize-key.js';

/** Pieces of text that `normalizeKey` treats specially, and a few it leaves alone. */
const PIECE = fc.constantFrom(
  'a', 'A', 'b', 'é', 'É', 'e\u0301', '\u0301', 'ç', 'Ø', 'ß', 'ı', 'İ', 'œ', 'Œ', 'æ', 'Æ', 'oe', 'ǅ', 'ʰ',
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '.', '..', '…', '`', '’', '‘', '´', "'",
  '1', '!', '-', '\u0001', 'Σ', 'ς', 'Ж', '😡', '가', '\u212a', '\u2013', '\u201c', '\u202f', '\u2009',
);
const TEXT = fc.array(PIECE, { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('keyTailHash', () => {
  it.each([
    ['Too slow', 'too slow'],
    ['  Too   SLOW. ', 'too slow'],
    ['. Too. slow …', '. too. slow'],
    ['Trop chér', 'trop cher'],
    ['L’œuvre', "l'oeuvre"],
    ['', ''],
    [' . ', ''],
    ['Слишком медленно', 'слишком медленно'],
    ['A much longer quote than twelve characters…', 'a much longer quote than twelve characters'],
    ['  . Leading full stop', '. leading full stop'],
  ])('hashes %j as its key %j', (text, key) => {
    expect(normalizeKey(text)).toBe(key);
    expect(keyTailHash(text)).toBe(tailHashOf(key));
  });

  it('hashes the last twelve letters and digits of a key, nothing else', () => {
    expect(tailHashOf('way too slow')).not.toBe(tailHashOf('way too fast'));
    expect(tailHashOf('way too slow!')).toBe(tailHashOf('way too slow'));
    expect(tailHashOf('honestly, the app is way too slow')).toBe(tailHashOf('frankly the app is way too slow'));
  });

  it('is the tail hash of normalizeKey for texts made of what normalizeKey treats specially', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        expect(keyTailHash(text)).toBe(tailHashOf(normalizeKey(text)));
      }),
      { numRuns: 5000 },
    );
  });

  it('is the tail hash of normalizeKey for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(keyTailHash(text)).toBe(tailHashOf(normalizeKey(text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('is the tail hash of normalizeKey for every character it reads without normalising, between letters', () => {
    const codes = [...Array.from({ length: 0x370 }, (_, code) => code), ...Array.from({ length: 0x27 }, (_, at) => 0x2009 + at)];
    for (const code of codes) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(keyTailHash(text), `U+${code.toString(16)}`).toBe(tailHashOf(normalizeKey(text)));
    }
  });
});
