import type { Column } from './column.js';

const FRENCH_LETTERS = /[àâçéèêëîïôûùüÿœ]/i;
const FRENCH_WORDS = /(?:^|[\s'’])(?:de|du|des|la|le|les|et|en|au|aux|d|l)(?=[\s'’]|$)/i;

/**
 * The journey's language from its headers: the language of the recognised synonyms when they lean
 * one way, else French when the headers carry French accents or little words, else English.
 *
 * @example detectLocale(mapColumns(['Étape', 'Irritants'], …)) // 'fr'
 */
export function detectLocale(columns: readonly Pick<Column, 'header' | 'language'>[]): 'fr' | 'en' {
  let french = 0;
  let english = 0;
  for (const column of columns) {
    if (column.language === 'fr') french++;
    else if (column.language === 'en') english++;
  }
  if (french !== english) return french > english ? 'fr' : 'en';
  return columns.some((column) => FRENCH_LETTERS.test(column.header) || FRENCH_WORDS.test(column.header)) ? 'fr' : 'en';
}
