import { frenchStem } from './french-stem.js';
import { verbatimLexicon, type VerbatimLexicon } from './verbatim-lexicon.js';
import { verbatimWords } from './verbatim-words.js';

/** What one verbatim says: its polarity on −1…+1 and how many of its words the lexicon knows. */
export interface VerbatimScore {
  /** VADER's normalisation of the summed valences, `sum / √(sum² + 15)`: 0 when no word is known. */
  polarity: number;
  hits: number;
}

/** A word that flips the valence of the few words after it (VADER's negation window is three words). */
const NEGATORS: Record<'en' | 'fr', ReadonlySet<string>> = {
  en: new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'nor', 'neither', 'without', 'cannot', 'hardly']),
  fr: new Set(['pas', 'jamais', 'rien', 'personne', 'aucun', 'aucune', 'sans', 'ni', 'guere']),
};
/** Words after which the clause that follows weighs more ("the staff were nice but the wait was awful"). */
const BUT: Record<'en' | 'fr', string> = { en: 'but', fr: 'mais' };
/** VADER's constants: a negated word keeps 74 % of its valence, reversed; normalisation alpha 15. */
const NEGATED = -0.74;
const ALPHA = 15;
const WINDOW = 3;

const ACCENTS = /[\u0300-\u036f]/g;

/**
 * Scores one verbatim with the published lexicon of its language (`verbatimLexicon`): the sum of
 * its words' valences, a word in a negator's three-word window reversed (VADER's rule), words after
 * "but"/"mais" weighing 1.5 and those before 0.5, normalised to −1…+1 as VADER does. Words are
 * matched lower-cased; French ones without accents, then by Snowball stem. A verbatim in which
 * the journey's language finds no known word is tried in the other language (mixed studies).
 *
 * @example scoreVerbatim('Le formulaire a planté deux fois', 'fr').polarity < 0 // true
 */
export function scoreVerbatim(text: string, locale: 'en' | 'fr'): VerbatimScore {
  const first = scoreIn(text, locale);
  if (first.hits > 0) return first;
  const other = scoreIn(text, locale === 'fr' ? 'en' : 'fr');
  return other.hits > 0 ? other : first;
}

function scoreIn(text: string, locale: 'en' | 'fr'): VerbatimScore {
  const lexicon = verbatimLexicon(locale);
  const words = verbatimWords(text, locale);
  const negators = NEGATORS[locale];
  const but = BUT[locale];
  let before = 0;
  let after = 0;
  let afterBut = false;
  let negatedFor = 0;
  let hits = 0;
  for (const word of words) {
    if (word === but) {
      afterBut = true;
      negatedFor = 0;
      continue;
    }
    if (negators.has(word) || (locale === 'en' && word.endsWith("n't"))) {
      negatedFor = WINDOW;
      continue;
    }
    const valence = valenceOf(word, lexicon, locale);
    if (valence !== undefined) {
      hits++;
      const value = negatedFor > 0 ? valence * NEGATED : valence;
      if (afterBut) after += value;
      else before += value;
    }
    if (negatedFor > 0) negatedFor--;
  }
  const sum = afterBut ? before * 0.5 + after * 1.5 : before;
  return { polarity: hits === 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA), hits };
}

/** Stems already looked up: a study repeats the same words thousands of times. */
const frenchValences = new Map<string, number | null>();

function valenceOf(word: string, lexicon: VerbatimLexicon, locale: 'en' | 'fr'): number | undefined {
  if (locale === 'en') return lexicon.get(word);
  const known = frenchValences.get(word);
  if (known !== undefined) return known ?? undefined;
  const plain = word.normalize('NFD').replace(ACCENTS, '');
  const valence = lexicon.get(plain) ?? lexicon.get(frenchStem(word).normalize('NFD').replace(ACCENTS, '')) ?? lexicon.get(frenchStem(plain));
  if (frenchValences.size < 50_000) frenchValences.set(word, valence ?? null);
  return valence;
}
