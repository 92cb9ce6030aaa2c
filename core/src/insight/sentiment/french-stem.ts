/// <reference path="./published-lexicons.d.ts" />
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr.js';

let stemmer: StemmerFr | undefined;

/**
 * The Snowball stem of a French word (nlp.js's stemmer), which is how the French lexicon
 * (`verbatimLexicon`) keys most of its entries. Built on first use.
 *
 * @example frenchStem('abandonnées') // 'abandon'
 */
export function frenchStem(word: string): string {
  stemmer ??= new StemmerFr();
  return stemmer.stemWord(word);
}
