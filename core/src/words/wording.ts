import type { EmotionScale, Message, MessageParam } from '../model/problem.js';

/** The languages Parcours speaks. */
export type Lang = 'en' | 'fr';

/** A value a coded message carries. */
export type Param = MessageParam;

/**
 * A message as core says it: a `code` each language words from its own table (`core/src/words/en.ts`,
 * `fr.ts`), the `params` the wording needs, and `message`, its English wording without `Intl` (what
 * the §7 contract, logs and older callers read).
 */
export type Said = Required<Message>;

/**
 * What a word table gets to word a message in its language: numbers, plurals, quotes, lists,
 * scales and nested messages, each the language's way.
 */
export interface Wording {
  readonly lang: Lang;
  /** A number: `3,5` and `12 000` (narrow no-break space) in French, `3.5` and `12,000` in English. */
  n(value: number): string;
  /** The number and the noun that agrees with it: `count(3, 'row', 'rows')` → `3 rows`; French `count(0, 'ligne', 'lignes')` → `0 ligne`. */
  count(value: number, one: string, other: string): string;
  /** The form that agrees with `value` without the number (`Intl.PluralRules`). */
  plural(value: number, one: string, other: string): string;
  /** A text from the file, quoted the language's way: `"Prix"`, `« Prix »`. */
  q(text: string): string;
  /** Names joined: `a, b and c` / `a, b et c`. */
  list(items: readonly string[]): string;
  /** A nested message worded in this language. */
  say(said: Said): string;
}

/** How the word tables name a scale in each language, shared by both tables so they cannot drift. */
export function scaleWords(scale: EmotionScale, lang: Lang): string {
  switch (scale) {
    case '-2..2':
      return '−2…+2';
    case '-3..3':
      return '−3…+3';
    case 'percent':
      return lang === 'fr' ? 'pourcentages' : 'percentages';
    case 'words':
      return lang === 'fr' ? 'mots ou emoji' : 'words or emoji';
    case 'none':
      return lang === 'fr' ? 'aucune échelle' : 'no scale';
    default:
      return scale.replace('-', '–');
  }
}
