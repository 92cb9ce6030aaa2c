import { decodeLexicon } from './lexicon-text.js';
import { publishedLexiconTexts } from './published-lexicon-texts.js';
import { SERVICE_TERMS } from './service-terms.js';

/** Valences on VADER's −4…+4 scale, by word (French: without accents, and by stem). */
export type VerbatimLexicon = ReadonlyMap<string, number>;

const built: Partial<Record<'en' | 'fr', VerbatimLexicon>> = {};

/**
 * The lexicon verbatims in `locale` are scored with, built on first use (thousands of entries:
 * nothing is spent on them until a file has quotes and no scores).
 *
 * - English: VADER's lexicon (Hutto & Gilbert 2014, ~7,500 entries rated by human judges on −4…+4),
 *   from the `vader-sentiment` package.
 * - French: the Pattern lexicon of French adjectives (CLiPS, De Smedt & Daelemans 2012, polarity on
 *   −1…+1, keyed by Snowball stem without accents), as the `@nlpjs/lang-fr` package ships it; scaled ×4
 *   to VADER's range.
 * - Both: the project's `SERVICE_TERMS`, which take precedence.
 *
 * Both published lexicons come as text (`publishedLexiconTexts`), only the entries the scorer can use.
 *
 * @example verbatimLexicon('en').get('frustrating') // −2.2 (VADER)
 */
export function verbatimLexicon(locale: 'en' | 'fr'): VerbatimLexicon {
  const cached = built[locale];
  if (cached !== undefined) return cached;
  const map = decodeLexicon(publishedLexiconTexts()[locale]);
  if (locale === 'fr') for (const [stem, polarity] of map) map.set(stem, polarity * 4);
  for (const [word, valence] of Object.entries(SERVICE_TERMS[locale])) map.set(word, valence);
  built[locale] = map;
  return map;
}
