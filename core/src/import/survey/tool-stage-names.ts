import type { Column } from '../columns/column.js';
import type { SurveyColumnKind } from './classify-survey-column.js';
import { stageNames, type StageName } from './stage-names.js';

/**
 * The stage names of the rating columns a survey tool's export describes (`column.question`), and the
 * subtitle they share; columns without a question are not in the map.
 *
 * @example toolStageNames(columns, verdicts, null).subtitle // 'How satisfied were you with…'
 */
export function toolStageNames(columns: readonly Column[], verdicts: ReadonlyMap<Column, SurveyColumnKind>, segment: Column | null): { names: Map<Column, StageName>; subtitle?: string } {
  const rated = columns.filter((column) => column !== segment && column.question !== undefined && verdicts.get(column)?.kind === 'rating');
  const named = stageNames(rated.map((column) => column.question ?? { text: column.header }));
  const names = new Map(rated.map((column, index) => [column, named.names[index] ?? { name: column.header }]));
  return named.subtitle === undefined ? { names } : { names, subtitle: named.subtitle };
}
