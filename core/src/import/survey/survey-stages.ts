import type { Stage } from '../../model/journey.js';
import type { IdRegistry } from '../names/id-registry.js';
import { fitName } from '../names/fit-name.js';
import type { SurveyColumns } from './assign-survey-columns.js';

/**
 * The survey's stages in column order, each with the question under it; a recommendation question's
 * stage is on the advocacy phase.
 *
 * @example surveyStages(assigned, ids).map((stage) => stage.name) // ['Réservation', 'Gare', 'Voyage']
 */
export function surveyStages(assigned: Pick<SurveyColumns, 'stages' | 'stageDescriptions' | 'advocacy'>, ids: IdRegistry): Stage[] {
  const { stages, stageDescriptions, advocacy } = assigned;
  return stages.names().map((name, index) => {
    const stage: Stage = { id: ids.take('stage', stages.keys[index] ?? name, 0), name: fitName(name, 500).text };
    if (advocacy.has(index)) stage.phase = 'advocacy';
    const text = stageDescriptions[index];
    if (text !== undefined) stage.description = text;
    return stage;
  });
}
