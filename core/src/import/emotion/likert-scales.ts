import { normalizeKey } from '../names/normalize-key.js';

/** A labelled answer scale, lowest answer first, in one language. */
export interface LikertScale {
  /** What it measures, for the report: satisfaction, agreement, quality, likelihood. */
  measures: 'satisfaction' | 'agreement' | 'quality' | 'likelihood';
  language: 'fr' | 'en';
  /** The labels as survey tools print them, lowest first (5 or 7 of them). */
  labels: readonly string[];
}

/**
 * The labelled scales survey tools offer by default, in English and French, lowest answer first.
 * The 5-point wordings are those of the tools' Likert presets (SurveyMonkey's and Qualtrics'
 * satisfaction and agreement scales, Google Forms' and Microsoft Forms' Likert questions); the
 * 7-point ones add "Somewhat"/"Plutôt" on both sides. The middle answer is "Neither … nor …" /
 * "Ni … ni …" in whichever order the tool writes it, so both orders are listed.
 */
export const LIKERT_SCALES: readonly LikertScale[] = [
  { measures: 'satisfaction', language: 'en', labels: ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'] },
  { measures: 'satisfaction', language: 'en', labels: ['Very dissatisfied', 'Dissatisfied', 'Somewhat dissatisfied', 'Neither satisfied nor dissatisfied', 'Somewhat satisfied', 'Satisfied', 'Very satisfied'] },
  { measures: 'satisfaction', language: 'en', labels: ['Extremely dissatisfied', 'Somewhat dissatisfied', 'Neither satisfied nor dissatisfied', 'Somewhat satisfied', 'Extremely satisfied'] },
  { measures: 'satisfaction', language: 'en', labels: ['Extremely dissatisfied', 'Moderately dissatisfied', 'Slightly dissatisfied', 'Neither satisfied nor dissatisfied', 'Slightly satisfied', 'Moderately satisfied', 'Extremely satisfied'] },
  { measures: 'satisfaction', language: 'en', labels: ['Not at all satisfied', 'Slightly satisfied', 'Moderately satisfied', 'Very satisfied', 'Extremely satisfied'] },
  { measures: 'agreement', language: 'en', labels: ['Strongly disagree', 'Disagree', 'Neither agree nor disagree', 'Agree', 'Strongly agree'] },
  { measures: 'agreement', language: 'en', labels: ['Strongly disagree', 'Disagree', 'Somewhat disagree', 'Neither agree nor disagree', 'Somewhat agree', 'Agree', 'Strongly agree'] },
  { measures: 'quality', language: 'en', labels: ['Very poor', 'Poor', 'Fair', 'Good', 'Excellent'] },
  { measures: 'quality', language: 'en', labels: ['Terrible', 'Poor', 'Average', 'Good', 'Excellent'] },
  { measures: 'likelihood', language: 'en', labels: ['Very unlikely', 'Unlikely', 'Neither likely nor unlikely', 'Likely', 'Very likely'] },
  { measures: 'satisfaction', language: 'fr', labels: ['Pas du tout satisfait', 'Peu satisfait', 'Ni satisfait ni insatisfait', 'Satisfait', 'Très satisfait'] },
  { measures: 'satisfaction', language: 'fr', labels: ['Très insatisfait', 'Insatisfait', 'Ni satisfait ni insatisfait', 'Satisfait', 'Très satisfait'] },
  { measures: 'satisfaction', language: 'fr', labels: ['Très mécontent', 'Mécontent', 'Ni content ni mécontent', 'Content', 'Très content'] },
  { measures: 'satisfaction', language: 'fr', labels: ['Très insatisfait', 'Insatisfait', 'Plutôt insatisfait', 'Ni satisfait ni insatisfait', 'Plutôt satisfait', 'Satisfait', 'Très satisfait'] },
  { measures: 'satisfaction', language: 'fr', labels: ['Pas du tout satisfait', 'Plutôt pas satisfait', 'Plutôt satisfait', 'Tout à fait satisfait'] },
  { measures: 'agreement', language: 'fr', labels: ["Pas du tout d'accord", "Pas d'accord", "Ni d'accord ni pas d'accord", "D'accord", "Tout à fait d'accord"] },
  { measures: 'agreement', language: 'fr', labels: ["Pas du tout d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "Tout à fait d'accord"] },
  { measures: 'agreement', language: 'fr', labels: ["Fortement en désaccord", 'En désaccord', "Ni en accord ni en désaccord", "D'accord", "Fortement d'accord"] },
  { measures: 'agreement', language: 'fr', labels: ["Pas du tout d'accord", "Pas d'accord", "Plutôt pas d'accord", "Ni d'accord ni pas d'accord", "Plutôt d'accord", "D'accord", "Tout à fait d'accord"] },
  { measures: 'quality', language: 'fr', labels: ['Très mauvais', 'Mauvais', 'Moyen', 'Bon', 'Excellent'] },
  { measures: 'likelihood', language: 'fr', labels: ['Très improbable', 'Improbable', 'Ni probable ni improbable', 'Probable', 'Très probable'] },
];

/** Answers that say "no answer" on a labelled scale: read as empty, never as a rating. */
const NO_ANSWER_WORDS = ['n/a', 'na', 'not applicable', 'does not apply', "don't know", 'do not know', 'prefer not to say', 'sans objet', 'non applicable', 'ne sait pas', 'je ne sais pas', 'nsp', 'non concerne', 'non concernee', 'pas concerne'];

const NO_ANSWER = new Set(NO_ANSWER_WORDS.map((word) => labelKey(word)));
/** Each label's key → its scales, and each scale's score per key. */
const KEYS = LIKERT_SCALES.map((scale) => new Map(scale.labels.map((label, index) => [labelKey(label), -2 + (4 * index) / (scale.labels.length - 1)])));

/**
 * The key a label is compared by: case, accents, apostrophes, "Neither X nor Y" / "Ni X ni Y" word
 * order of the middle answer, and the feminine and plural endings of French adjectives do not matter.
 *
 * @example labelKey('Très satisfaite') === labelKey('Très satisfait') // true
 */
export function labelKey(label: string): string {
  const key = normalizeKey(label)
    .replace(/\((?:e|s|es)\)/g, '')
    .replace(/[^a-z' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\b(satisfait|insatisfait|mecontent|content)(?:e|es|s)\b/g, '$1');
  // The middle answer is written both ways round: "Neither dissatisfied nor satisfied".
  const middle = /^(neither|ni) (.+) (nor|ni) (.+)$/.exec(key);
  if (middle === null) return key;
  const [first, second] = [middle[2] ?? '', middle[4] ?? ''].sort();
  return `${middle[1]} ${first} ${middle[3]} ${second}`;
}

/** A column's labelled scale. */
export interface LikertMatch {
  scale: LikertScale;
}

/**
 * The labelled scale a column's distinct answers come from: the scale holding every answer (no-answer
 * words aside), the shorter scale when several do (a lone "Very satisfied" is +2 on either). A single
 * respondent's answer is enough: a column holding nothing but a scale's labels is a rating. Returns `undefined` when the answers are not all labels of one scale.
 *
 * @example detectLikert(['Satisfied', 'Very satisfied', 'Dissatisfied'])?.scale.labels.length // 5
 */
export function detectLikert(values: readonly string[]): LikertMatch | undefined {
  const keys = values.map(labelKey).filter((key) => key !== '' && !NO_ANSWER.has(key));
  if (keys.length === 0) return undefined;
  let best: LikertMatch | undefined;
  LIKERT_SCALES.forEach((scale, index) => {
    const known = KEYS[index];
    if (known === undefined || !keys.every((key) => known.has(key))) return;
    if (best === undefined || scale.labels.length < best.scale.labels.length) best = { scale };
  });
  return best;
}

/**
 * The score of one answer on a labelled scale, on −2…+2 (evenly spaced: the 2nd of 5 labels is −1),
 * `null` for a no-answer word or an empty cell, `undefined` for a word that is not one of its labels.
 *
 * @example likertScore(scale, 'Very satisfied') // 2
 */
export function likertScore(scale: LikertScale, cell: string): number | null | undefined {
  const key = labelKey(cell);
  if (key === '' || NO_ANSWER.has(key)) return null;
  return KEYS[LIKERT_SCALES.indexOf(scale)]?.get(key);
}
