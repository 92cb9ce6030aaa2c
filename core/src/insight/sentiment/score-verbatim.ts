import { SERVICE_TERMS } from './service-terms.js';
import { VALENCE_SHIFTERS, type ValenceShifters } from './valence-shifters.js';
import { negationScopes } from './negation-scopes.js';
import { phraseIndex, verbatimClauses, type PhraseIndex, type VerbatimClause } from './verbatim-clauses.js';
import { verbatimLexicon, type VerbatimLexicon } from './verbatim-lexicon.js';
import { wordValence } from './word-valence.js';

/** What one verbatim says: its polarity on −1…+1 and how many of its words the lexicon knows. */
export interface VerbatimScore {
  /** VADER's normalisation of the summed valences, `sum / √(sum² + 15)`: 0 when no word is known. */
  polarity: number;
  hits: number;
}

/** VADER's constants: a negated word keeps 74 % of its valence, reversed; boosters add 0.293; alpha 15. */
const NEGATED = -0.74;
const BOOST = 0.293;
const ALPHA = 15;
/** VADER's "but" rule: the words before a contrast weigh half, those after it 1.5 times. */
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/**
 * What a negated service event with no feeling word of its own weighs ("nobody called back", "ils ne
 * répondent jamais", "without any warning"): in journey research an expected step that did not happen is
 * the complaint. A mild −1 on VADER's scale, the weight of "waited" or "confusing" being −1.5 to −2.
 */
const UNMET = -1;
/** "no need to call", "pas besoin de se déplacer": an effort spared, mildly good. */
const SPARED = 1;
/** "too many steps", "trop d'étapes": an excess of something neutral, mildly bad. */
const EXCESS = -1;
/** "three times", "plusieurs fois", "twice": a step done again, mildly bad. */
const REPEATED = -0.8;

/**
 * Scores one verbatim with the published lexicon of its language (`verbatimLexicon`) and VADER's rules
 * for the words around them, written for English and French (`VALENCE_SHIFTERS`):
 * - a negator reverses the next three words of its clause (×−0.74); in French from "ne" to three words
 *   past "pas"/"jamais"/"rien"… ("ne … que" is not a negation); a negation that reverses no known word
 *   is an expected step that did not happen (`UNMET`), unless it spares an effort ("no need", `SPARED`);
 * - after a contrast ("but", "however", "mais", "sauf que"…) words weigh 1.5 and those before 0.5; a
 *   concession ("although", "même si") halves its own clause;
 * - boosters and diminishers move the next known word's valence by VADER's 0.293; "too"/"trop" before
 *   a neutral word is an excess (`EXCESS`), "three times"/"deux fois" a repetition (`REPEATED`).
 * The sum is normalised to −1…+1 as VADER does. A verbatim in which the journey's language finds no known
 * word is tried in the other language (mixed studies).
 *
 * @example scoreVerbatim('Le formulaire a planté deux fois', 'fr').polarity < 0 // true
 */
export function scoreVerbatim(text: string, locale: 'en' | 'fr'): VerbatimScore {
  const first = scoreIn(text, locale);
  if (first.hits > 0) return first;
  const other = scoreIn(text, locale === 'fr' ? 'en' : 'fr');
  return other.hits > 0 ? other : first;
}

interface Grammar {
  shifters: ValenceShifters;
  phrases: PhraseIndex;
  contrasts: ReadonlySet<string>;
  openingContrasts: ReadonlySet<string>;
  concessions: ReadonlySet<string>;
  diminishers: ReadonlySet<string>;
  notNegations: ReadonlySet<string>;
  effortSpared: ReadonlySet<string>;
}

const grammars: Partial<Record<'en' | 'fr', Grammar>> = {};

function grammarOf(locale: 'en' | 'fr'): Grammar {
  const cached = grammars[locale];
  if (cached !== undefined) return cached;
  const shifters = VALENCE_SHIFTERS[locale];
  const all = [...Object.keys(SERVICE_TERMS[locale]), ...shifters.negators, ...shifters.remedies, ...shifters.notNegations, ...shifters.effortSpared, ...shifters.contrasts, ...shifters.openingContrasts, ...shifters.concessions, ...shifters.diminishers, ...shifters.repeated];
  const grammar: Grammar = {
    shifters,
    phrases: phraseIndex(all),
    contrasts: new Set(shifters.contrasts),
    openingContrasts: new Set(shifters.openingContrasts),
    concessions: new Set(shifters.concessions),
    diminishers: new Set(shifters.diminishers),
    notNegations: new Set(shifters.notNegations),
    effortSpared: new Set(shifters.effortSpared),
  };
  grammars[locale] = grammar;
  return grammar;
}

function scoreIn(text: string, locale: 'en' | 'fr'): VerbatimScore {
  const lexicon = verbatimLexicon(locale);
  const grammar = grammarOf(locale);
  let sum = 0;
  let hits = 0;
  let afterContrast = false;
  for (const clause of verbatimClauses(text, locale, grammar.phrases)) {
    const scored = scoreClause(clause, locale, lexicon, grammar);
    hits += scored.hits;
    let conceding = false;
    for (const event of scored.events) {
      if (event === CONTRAST) {
        // Everything said before the contrast is discounted, however many clauses ago it was said.
        sum *= BEFORE_CONTRAST;
        afterContrast = true;
        conceding = false;
      } else if (event === CONCESSION) {
        conceding = true;
      } else {
        sum += event * (afterContrast ? AFTER_CONTRAST : 1) * (conceding ? BEFORE_CONTRAST : 1);
      }
    }
    // "Although the staff were kind, the wait was awful": the main clause weighs as after a contrast.
    if (scored.events[0] === CONCESSION) afterContrast = true;
  }
  return { polarity: hits === 0 ? 0 : sum / Math.sqrt(sum * sum + ALPHA), hits };
}

/** Markers in a clause's events, between the valences (numbers) in word order. */
const CONTRAST = 'contrast';
const CONCESSION = 'concession';
type ClauseEvent = number | typeof CONTRAST | typeof CONCESSION;

interface ScoredClause {
  events: ClauseEvent[];
  hits: number;
}

function scoreClause(clause: VerbatimClause, locale: 'en' | 'fr', lexicon: VerbatimLexicon, grammar: Grammar): ScoredClause {
  const { keys, words } = clause;
  const { shifters } = grammar;
  const scored: ScoredClause = { events: [], hits: 0 };
  const own = keys.map((key, index) => contextualValence(words[index] ?? key, key, index, keys, lexicon, locale));
  const valences = keys.map((key, index) => (isShifter(key, index, keys, own, grammar) ? undefined : own[index]));
  const { negated, unmet, spared } = negationScopes(keys, valences, shifters, grammar.effortSpared, locale);
  const extra = new Map<number, number>([...unmet.map((at) => [at, UNMET] as const), ...spared.map((at) => [at, SPARED] as const)]);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] ?? '';
    if (grammar.contrasts.has(key) || (index === 0 && grammar.openingContrasts.has(key))) scored.events.push(CONTRAST);
    if (grammar.concessions.has(key)) scored.events.push(CONCESSION);
    const unmetOrSpared = extra.get(index);
    if (unmetOrSpared !== undefined) {
      scored.hits++;
      scored.events.push(unmetOrSpared);
    }
    const valence = valences[index];
    if (valence !== undefined) {
      scored.hits++;
      let value = valence + boostOf(keys, index, grammar) * Math.sign(valence);
      if (negated[index]) value *= NEGATED;
      scored.events.push(value);
      continue;
    }
    if (shifters.excess.has(key)) {
      let next = index + 1;
      while (next < keys.length && shifters.excessLinks.has(keys[next] ?? '')) next++;
      if (valences[next] === undefined) {
        scored.hits++;
        scored.events.push(negated[index] ? EXCESS * NEGATED : EXCESS);
      }
    } else if (shifters.repeated.has(key) || (shifters.times.has(key) && index > 0 && (shifters.counts.has(keys[index - 1] ?? '') || /^[2-9]\d*$/.test(keys[index - 1] ?? '')))) {
      scored.hits++;
      scored.events.push(REPEATED);
    }
  }
  return scored;
}

/** Words that only shift others: never scored themselves ("no", "kind of", "super" before a known word). */
function isShifter(key: string, index: number, keys: readonly string[], own: readonly (number | undefined)[], grammar: Grammar): boolean {
  const { shifters } = grammar;
  if (shifters.negators.has(key) || grammar.notNegations.has(key) || grammar.effortSpared.has(key)) return true;
  if (grammar.contrasts.has(key) || grammar.concessions.has(key) || grammar.diminishers.has(key)) return true;
  if (index === 0 && grammar.openingContrasts.has(key)) return true;
  // A booster before a known word boosts it ("super fluide"); elsewhere it may be a word ("super suivi", "c'était super").
  if (!shifters.boosters.has(key)) return false;
  const next = keys[index + 1] ?? '';
  return own[index + 1] !== undefined || own[index + 2] !== undefined || shifters.excess.has(next) || shifters.boosters.has(next);
}

/** English "like" is a feeling only after a subject or an auxiliary ("I like", "didn't like"); elsewhere "such as". */
const LIKERS = new Set(['i', 'we', 'you', 'they', 'really', "don't", "didn't", 'dont', 'didnt', 'would', "i'd", 'do', 'did', 'to', 'also', 'always']);

/** French "juste" before these is "just", "only" ("juste pour changer d'adresse"); elsewhere "fair", "right". */
const AFTER_JUST = new Set(['pour', 'un', 'une', 'le', 'la', 'les', 'des', 'de', 'd', 'a', 'au', 'apres', 'avant', 'besoin', 'ce', 'ca', 'me', 'm', 'quand', 'en', 'que', 'qu']);

function contextualValence(word: string, key: string, index: number, keys: readonly string[], lexicon: VerbatimLexicon, locale: 'en' | 'fr'): number | undefined {
  if (locale === 'en' && key === 'like' && !LIKERS.has(keys[index - 1] ?? '')) return undefined;
  if (locale === 'fr' && key === 'juste' && AFTER_JUST.has(keys[index + 1] ?? '')) return undefined;
  return wordValence(word, key, lexicon, locale);
}

/** The summed boost of the boosters and diminishers in the three words before `index` (VADER's decay 1, 0.95, 0.9). */
function boostOf(keys: readonly string[], index: number, grammar: Grammar): number {
  let boost = 0;
  for (let distance = 1; distance <= 3 && index - distance >= 0; distance++) {
    const key = keys[index - distance] ?? '';
    const decay = distance === 1 ? 1 : distance === 2 ? 0.95 : 0.9;
    if (grammar.shifters.boosters.has(key)) boost += BOOST * decay;
    else if (grammar.diminishers.has(key)) boost -= BOOST * decay;
  }
  return boost;
}
