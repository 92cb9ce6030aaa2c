import type { Emotion, Persona, Stage } from '../../model/journey.js';
import { segmentKey, type SurveyTally } from './read-survey-ratings.js';

/**
 * Each stage's emotion from its ratings (with n, min, max and the share of low scores), one per
 * segment when the survey has a segment column (`personas` then names them, else it is null); a stage
 * or segment without a rating has none.
 *
 * @example surveyEmotions(stages, null, tally, [1, 5])[0] // { stageId: 'stage-…', score: 0.4, n: 240, lowShare: 0.1, … }
 */
export function surveyEmotions(stages: readonly Stage[], personas: readonly Persona[] | null, tally: SurveyTally, fileScale: readonly [number, number] | undefined): Emotion[] {
  const emotions: Emotion[] = [];
  stages.forEach((stage, index) => {
    if (personas === null) {
      const stats = tally.byStage[index];
      if (stats !== undefined && stats.n > 0) emotions.push(stats.toEmotion(stage.id, { lowShare: true, ...(fileScale && { scale: fileScale }) }));
      return;
    }
    personas.forEach((persona, group) => {
      const stats = tally.bySegment.get(segmentKey(index, group));
      if (stats !== undefined && stats.n > 0) emotions.push(stats.toEmotion(stage.id, { personaId: persona.id, lowShare: true, ...(fileScale && { scale: fileScale }) }));
    });
  });
  return emotions;
}
