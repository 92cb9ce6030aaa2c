import { frenchStem } from './french-stem.js';
import type { VerbatimLexicon } from './verbatim-lexicon.js';

/** French words already looked up (a study repeats the same words thousands of times). */
const frenchValences = new Map<string, number | null>();
const englishValences = new Map<string, number | null>();
const CACHE_LIMIT = 50_000;

/**
 * A word's valence in the lexicon of its language, or undefined. English: the word, then its base
 * form (plural, past, -ing, British -ise; VADER lists mostly base forms: "wasted" → "waste"). French
 * (`key` is the word without accents): the word, then its masculine singular ("bloquées" →
 * "bloque", "attentive" → "attentif": the project's terms are written that way), then its Snowball
 * stem (how Pattern's lexicon is keyed).
 *
 * @example wordValence('plantée', 'plantee', verbatimLexicon('fr'), 'fr') // −2, the term "plante"
 */
export function wordValence(word: string, key: string, lexicon: VerbatimLexicon, locale: 'en' | 'fr'): number | undefined {
  const cache = locale === 'fr' ? frenchValences : englishValences;
  const known = cache.get(word);
  if (known !== undefined) return known ?? undefined;
  let valence = locale === 'fr' ? frenchValence(word, key, lexicon) : englishValence(word, lexicon);
  // A 0 in the project's terms takes back a general lexicon's feeling ("sinistre" is an insurance claim).
  if (valence === 0) valence = undefined;
  if (cache.size < CACHE_LIMIT) cache.set(word, valence ?? null);
  return valence;
}

function englishValence(word: string, lexicon: VerbatimLexicon): number | undefined {
  const exact = lexicon.get(word);
  if (exact !== undefined) return exact;
  if (word.length < 4 || word.includes(' ')) return undefined;
  for (const base of englishBases(word)) {
    const valence = lexicon.get(base);
    if (valence !== undefined) return valence;
  }
  return undefined;
}

/** Candidate base forms of an English word not in the lexicon, most likely first. */
function englishBases(word: string): string[] {
  const bases: string[] = [];
  const stem = word.endsWith("'s") ? word.slice(0, -2) : word;
  if (stem !== word) bases.push(stem);
  if (/is(e|ed|es|ing)$/.test(stem)) bases.push(stem.replace(/is(e|ed|es|ing)$/, 'iz$1'));
  if (stem.endsWith('ies')) bases.push(`${stem.slice(0, -3)}y`);
  if (stem.endsWith('ied')) bases.push(`${stem.slice(0, -3)}y`);
  if (stem.endsWith('es')) bases.push(stem.slice(0, -2));
  if (stem.endsWith('s') && !stem.endsWith('ss')) bases.push(stem.slice(0, -1));
  for (const ending of ['ed', 'ing']) {
    if (!stem.endsWith(ending)) continue;
    const root = stem.slice(0, -ending.length);
    bases.push(root, `${root}e`);
    if (root.length > 2 && root.at(-1) === root.at(-2)) bases.push(root.slice(0, -1));
  }
  if (stem.endsWith('ly')) bases.push(stem.slice(0, -2));
  return bases;
}

/** French feminine and plural endings, and the masculine singular they come from. */
const FRENCH_INFLECTIONS: readonly (readonly [string, string])[] = [
  ['euses', 'eux'], ['euse', 'eux'], ['ives', 'if'], ['ive', 'if'], ['elles', 'el'], ['elle', 'el'], ['ennes', 'en'], ['enne', 'en'],
  ['eres', 'er'], ['ere', 'er'], ['aux', 'al'], ['ees', 'e'], ['ee', 'e'], ['es', 'e'], ['es', ''], ['s', ''], ['x', ''], ['e', ''], ['ent', 'e'],
];

function frenchValence(word: string, key: string, lexicon: VerbatimLexicon): number | undefined {
  const exact = lexicon.get(key);
  if (exact !== undefined) return exact;
  if (key.includes(' ')) return undefined;
  for (const [ending, base] of FRENCH_INFLECTIONS) {
    // Four letters at least: shorter candidates are mostly grammar words ("mes" is not a form of "me").
    if (key.length - ending.length + base.length < 4 || !key.endsWith(ending)) continue;
    const valence = lexicon.get(key.slice(0, -ending.length) + base);
    if (valence !== undefined) return valence;
  }
  return lexicon.get(frenchStem(word).normalize('NFD').replace(/[\u0300-\u036f]/g, '')) ?? lexicon.get(frenchStem(key));
}
