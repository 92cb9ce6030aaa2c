import { LIMITS } from '../model/limits.js';
import type { Problem } from '../model/problem.js';
import { say } from '../words/say.js';

/**
 * The problem for a cell longer than the text limit, located; the import stops on it.
 *
 * @example tooLong({ row: 4, column: 'Verbatim' }, 12_000) // { row: 4, column: 'Verbatim', message: 'this cell holds 12,000 characters; the limit is 10,000' }
 */
export function tooLong(where: { row: number; column: string }, length: number): Problem {
  return { ...where, ...say('cell.tooLong', { length, max: LIMITS.textLength }) };
}
