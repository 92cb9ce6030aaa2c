import type { Column } from '../columns/column.js';
import { headerKey } from '../columns/header-key.js';
import { isSegmentHeader } from './segment-header.js';
import { say } from '../../words/say.js';
import type { Said } from '../../words/wording.js';


/**
 * The survey column whose values become personas: the one the options name, else a persona or
 * segment column, else the first category column whose header says it groups people ("Customer
 * Type", "Classe", "Tranche d'âge"). Returns `null` when none fits, and a problem text when the
 * named one does not exist.
 *
 * @example chooseSegment(columns, candidates, 'Classe') // { column: <Classe> }
 */
export function chooseSegment(columns: readonly Column[], candidates: readonly Column[], named: string | undefined): { column: Column | null; problem?: Said } {
  if (named !== undefined) {
    const wanted = named.trim();
    const column =
      columns.find((candidate) => candidate.header === wanted) ?? columns.find((candidate) => headerKey(candidate.header) === headerKey(wanted) && headerKey(wanted) !== '');
    if (column === undefined) return { column: null, problem: say('survey.segmentNotFound', { named, columns: columns.map((candidate) => candidate.header) }) };
    return { column };
  }
  const persona = candidates.find((candidate) => candidate.role === 'persona');
  if (persona !== undefined) return { column: persona };
  return { column: candidates.find((candidate) => isSegmentHeader(candidate.header)) ?? null };
}
