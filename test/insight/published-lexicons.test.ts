import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeLexicon } from '../../core/src/insight/sentiment/lexicon-text.js';
import { publishedLexiconTexts } from '../../core/src/insight/sentiment/published-lexicon-texts.js';
import { scoreVerbatim } from '../../core/src/insight/sentiment/score-verbatim.js';

// The packages' own data, read here the way Node reads it, not through core.
const require = createRequire(import.meta.url);
const vader = (require('vader-sentiment/src/vader_lexicon.js') as { lexicon: Record<string, number> }).lexicon;
const patternFr = require('@nlpjs/lang-fr/src/sentiment/pattern_fr.json') as Record<string, number>;

/** A word a lower-cased verbatim can hold whole: letters, digits, hyphens, inner apostrophes. */
const isVerbatimWord = (word: string) => /^[\p{Ll}\p{N}-]([\p{Ll}\p{N}'-]*[\p{Ll}\p{N}-])?$/u.test(word) && word === word.toLowerCase();

describe('publishedLexiconTexts', () => {
  const en = decodeLexicon(publishedLexiconTexts().en);
  const fr = decodeLexicon(publishedLexiconTexts().fr);

  it('keeps every VADER entry a verbatim word can be, with its published valence', () => {
    const expected = Object.entries(vader).filter(([word]) => isVerbatimWord(word));
    expect(expected.length).toBeGreaterThan(7000);
    expect(en).toEqual(new Map(expected));
  });

  it('leaves out only the emoticons, none of which a lower-cased verbatim word can be', () => {
    const left = Object.keys(vader).filter((word) => !en.has(word));
    expect(left).toEqual(expect.arrayContaining([':-)', ':(', '<3', ':D', 'O.o']));
    expect(left.length + en.size).toBe(Object.keys(vader).length);
    expect(left.filter((word) => isVerbatimWord(word))).toEqual([]);
  });

  it("keeps every Pattern entry with a polarity, with its published polarity", () => {
    const expected = Object.entries(patternFr).filter(([, polarity]) => polarity !== 0);
    expect(expected.length).toBeGreaterThan(1500);
    expect(fr).toEqual(new Map(expected));
  });

  it('scores an emoticon-only verbatim as knowing no word, as the full lexicon did (it never looked them up)', () => {
    expect(scoreVerbatim(':-) :D <3', 'en')).toEqual({ polarity: 0, hits: 0 });
  });
});
