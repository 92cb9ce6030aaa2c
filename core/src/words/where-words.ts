import type { Problem } from '../model/problem.js';
import type { Lang } from './wording.js';
import { wordMessage } from './word-message.js';

/**
 * Where a problem is, in the user's language: `row 4, column “Émotion”`, `ligne 4, colonne « Émotion »`,
 * a workbook's sheet first, or the field path of a JSON file (`cards[3].stageId`). Empty when it has no place.
 *
 * @example whereWords({ row: 4, column: 'Émotion', message: '…' }, 'fr') // 'ligne 4, colonne « Émotion »'
 */
export function whereWords(problem: Pick<Problem, 'row' | 'column' | 'field' | 'file' | 'sheet'>, lang: Lang, withFile = false): string {
  const fr = lang === 'fr';
  const parts: string[] = [];
  if (withFile && problem.file !== undefined) parts.push(problem.file);
  // A workbook's sheet by its name, as the workbook shows it: `Feuil1, ligne 4, colonne « Émotion »`.
  if (problem.sheet !== undefined) parts.push(problem.sheet);
  if (problem.row !== undefined) parts.push(`${fr ? 'ligne' : 'row'} ${problem.row}`);
  if (problem.column !== undefined) parts.push(fr ? `colonne «\u00a0${problem.column}\u00a0»` : `column “${problem.column}”`);
  if (problem.field !== undefined && problem.column === undefined && isPath(problem.field)) parts.push(`${fr ? 'champ' : 'field'} ${problem.field}`);
  return parts.join(', ');
}

/**
 * A problem as one line in the user's language, its place first: what the CLI prints.
 *
 * @example wordProblem({ file: 'p.csv', row: 4, ...say('csv.shortRow', { cells: 3, width: 5 }) }, 'fr') // 'p.csv, ligne 4 : cette ligne a 3 cases …'
 */
export function wordProblem(problem: Problem, lang: Lang): string {
  const where = whereWords(problem, lang, true);
  const text = wordMessage(problem, lang);
  return where === '' ? text : `${where}${lang === 'fr' ? ' : ' : ': '}${text}`;
}

/** A JSON field path (`cards[3].stageId`), not an internal key (`card:card-1k3x9qa`) a host put there. */
function isPath(field: string): boolean {
  return !field.includes(':');
}
