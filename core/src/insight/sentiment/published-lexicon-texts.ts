/// <reference path="./published-lexicons.d.ts" />
import patternFr from '@nlpjs/lang-fr/src/sentiment/pattern_fr.json' with { type: 'json' };
import { lexicon as vader } from 'vader-sentiment/src/vader_lexicon.js';
import { encodeLexicon } from './lexicon-text.js';
import { phraseIndex, verbatimClauses } from './verbatim-clauses.js';

/** The published lexicons as `encodeLexicon` writes them. */
export interface PublishedLexiconTexts {
  /** VADER's entries the English scorer can look up, on −4…+4. */
  en: string;
  /** Pattern's French entries with a polarity, on −1…+1, keyed by stem without accents. */
  fr: string;
}

let texts: PublishedLexiconTexts | undefined;

/**
 * The published lexicons, read from their packages, as text (`encodeLexicon`), keeping only what
 * the scorer can use: VADER's entries one of its words can be (`verbatimClauses`: not the emoticons such
 * as `:-)`, nor capitalised entries, since verbatims are lower-cased) and Pattern's entries with
 * a polarity (`0` adds nothing). Nothing is changed in the kept entries.
 *
 * In the panel bundles (Miro, FigJam, playground) this module is replaced by its result, computed
 * at build time (scripts/sentiment-lexicons-as-text.mjs): the packages' data is not bundled, and
 * the text is decoded only when a file has quotes and no scores (`verbatimLexicon`).
 *
 * @example decodeLexicon(publishedLexiconTexts().en).get('frustrating') // −2.2
 */
export function publishedLexiconTexts(): PublishedLexiconTexts {
  texts ??= {
    en: encodeLexicon(Object.entries(vader).filter(([word]) => isOneWord(word))),
    fr: encodeLexicon(Object.entries(patternFr as Record<string, number>).filter(([, polarity]) => polarity !== 0)),
  };
  return texts;
}

const NO_PHRASES = phraseIndex([]);

/** True when the scorer reads `entry` as one word, itself: the only way it can look the entry up. */
function isOneWord(entry: string): boolean {
  const clauses = verbatimClauses(entry, 'en', NO_PHRASES);
  return clauses.length === 1 && clauses[0]?.words.length === 1 && clauses[0].words[0] === entry;
}
