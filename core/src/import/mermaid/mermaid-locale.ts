const FRENCH_WORDS = new Set([
  'le', 'la', 'les', 'des', 'du', 'un', 'une', 'et', 'pour', 'avec', 'sur', 'dans', 'au', 'aux', 'est',
  'pas', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'je', 'il', 'elle', 'nous', 'vous', 'ils', 'chez',
  'être', 'avoir', 'fait', 'très', 'ou', 'où', 'à', 'étape', 'parcours', 'client', 'achat',
]);
const ENGLISH_WORDS = new Set([
  'the', 'a', 'an', 'and', 'to', 'of', 'for', 'with', 'on', 'in', 'is', 'my', 'your', 'go', 'get', 'from',
  'at', 'by', 'it', 'this', 'that', 'up', 'down', 'out', 'journey', 'user', 'day', 'work', 'home',
]);

/**
 * Guesses the language of a diagram's text: `'fr'` only when it is clearly French (French function
 * words or accents clearly outnumber English ones), `'en'` otherwise.
 *
 * @example mermaidLocale(['Mon parcours', 'Aller au travail']) // 'fr'
 */
export function mermaidLocale(texts: readonly string[]): 'fr' | 'en' {
  let french = 0;
  let english = 0;
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}']+/u)) {
      if (FRENCH_WORDS.has(word)) french++;
      if (ENGLISH_WORDS.has(word)) english++;
    }
    french += (text.match(/[éèêàçùâîôœ]/giu) ?? []).length;
  }
  return french >= 2 && french > 2 * english ? 'fr' : 'en';
}
