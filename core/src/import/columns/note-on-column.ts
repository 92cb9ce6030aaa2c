import type { Said } from '../../words/wording.js';
import type { Column } from './column.js';

/**
 * Says what happened to a column: `note` in English (the CLI's and older callers' column list) and
 * `said`, the same as a coded message, which the panel's column tooltip and the warning that repeats
 * it word in the user's language.
 *
 * @example noteOnColumn(column, say('column.quotes')); column.note // 'free-text answers: quotes of the stage they follow'
 */
export function noteOnColumn(column: Column, said: Said): void {
  column.note = said.message;
  column.said = said;
}
