import { EN_WORDS, type MessageCode, type ParamsOf } from './en.js';
import { plainEnglish } from './plain-english.js';
import type { Param, Said } from './wording.js';

/** A message with a code: its params, and its English wording as `message`. */
export interface SaidAs<C extends MessageCode> extends Said {
  code: C;
}

/**
 * A message by its code: `{ code, params, message }`, `message` worded from `EN_WORDS` without `Intl`
 * (safe on FigJam's main thread). Spread it into a problem with its place, or push it as a note;
 * the panel and the CLI word it again in the user's language (`wordMessage`).
 *
 * @example { row: 4, ...say('csv.shortRow', { cells: 3, width: 5 }) }
 *   // { row: 4, code: 'csv.shortRow', params: { cells: 3, width: 5 }, message: 'this row has 3 cells where the header has 5; …' }
 */
export function say<C extends MessageCode>(code: C, ...params: ParamsOf<C> extends undefined ? [] : [ParamsOf<C>]): SaidAs<C> {
  const given = (params[0] ?? {}) as Record<string, Param>;
  const wording = EN_WORDS[code] as (params: unknown, wording: typeof plainEnglish) => string;
  return { code, params: given, message: wording(given, plainEnglish) };
}
