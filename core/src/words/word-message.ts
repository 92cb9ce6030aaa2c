import { EN_WORDS, type MessageCode, type WordTable } from './en.js';
import { FR_WORDS } from './fr.js';
import { intlWording } from './intl-wording.js';
import type { Lang, Param, Said, Wording } from './wording.js';

/** The word table of each language: the one home of the words core's messages read in. */
export const WORD_TABLES: Readonly<Record<Lang, WordTable>> = { en: EN_WORDS as WordTable, fr: FR_WORDS };

const wordings = new Map<Lang, Wording>();

/** The `Intl` wording of a language, made once. */
export function wordingFor(lang: Lang): Wording {
  let wording = wordings.get(lang);
  if (wording === undefined) {
    wording = intlWording(lang, wordMessage);
    wordings.set(lang, wording);
  }
  return wording;
}

/**
 * A message in the user's language: worded from its code and params by that language's table, with
 * `Intl` numbers and plurals; a message without a code (a host's own error text) as it stands.
 *
 * @example wordMessage(say('csv.shortRow', { cells: 3, width: 5 }), 'fr') // 'cette ligne a 3 cases là où l’en-tête en a 5 ; …'
 */
export function wordMessage(said: { code?: string; params?: Record<string, Param>; message: string }, lang: Lang): string {
  if (said.code === undefined || !(said.code in WORD_TABLES[lang])) return said.message;
  const wording = WORD_TABLES[lang][said.code as MessageCode] as (params: unknown, wording: Wording) => string;
  return wording(said.params ?? {}, wordingFor(lang));
}

/** Whether a value is a coded message (a nested `Said` in params, a note). */
export function isSaid(value: unknown): value is Said {
  return typeof value === 'object' && value !== null && typeof (value as Said).code === 'string' && typeof (value as Said).message === 'string';
}
