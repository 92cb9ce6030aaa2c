/** English keeps apostrophes inside words ("didn't"); French splits elisions ("n'est" → n, est). */
const SPLIT: Record<'en' | 'fr', RegExp> = { en: /[^\p{L}\p{N}'-]+/u, fr: /[^\p{L}\p{N}-]+/u };

/**
 * The words of a verbatim as the scorer reads them (`scoreVerbatim`): lower-cased, curly quotes as
 * apostrophes, split on what is not a letter, digit, hyphen (or, in English, apostrophe), apostrophes
 * trimmed from both ends. A lexicon entry this cannot produce is never looked up, which is what
 * lets the panel bundles leave such entries out (`publishedLexiconTexts`).
 *
 * @example verbatimWords("Didn't work :(", 'en') // ["didn't", 'work']
 */
export function verbatimWords(text: string, locale: 'en' | 'fr'): string[] {
  const words: string[] = [];
  for (const raw of text.toLowerCase().replace(/[’‘`]/g, "'").split(SPLIT[locale])) if (raw !== '') words.push(raw.replace(/^'+|'+$/g, ''));
  return words;
}
