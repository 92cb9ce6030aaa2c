// Typings for the two published lexicons we read; the packages ship none.
declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** VADER's lexicon: word or emoticon → mean valence on −4…+4 (Hutto & Gilbert, 2014). */
  export const lexicon: Record<string, number>;
}
declare module '@nlpjs/lang-fr/src/stemmer-fr.js' {
  /** The Snowball French stemmer, as nlp.js ships it. */
  export default class StemmerFr {
    stemWord(word: string): string;
  }
}
