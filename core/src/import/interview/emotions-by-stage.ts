import { EmotionStats } from '../emotion/emotion-stats.js';
import { IntList } from './int-list.js';
import type { RowFacts } from './read-interview-rows.js';

/**
 * The emotion statistics per stage and per stage × persona (at `stage × personaCount + persona`),
 * from each row's normalised score (`normalized`, by reading); `leftOut` lists the rows whose value
 * was left out (NaN).
 *
 * @example emotionsByStage(facts, normalized, 2, 1).byStage[0]?.mean // −0.5
 */
export function emotionsByStage(facts: RowFacts, normalized: Float64Array, stageCount: number, personaCount: number) {
  const byStage = Array.from({ length: stageCount }, () => new EmotionStats());
  const byStagePersona: (EmotionStats | undefined)[] = [];
  const leftOut = new IntList(16);
  const { reading, stage: stageOf, persona: personaOf } = facts;
  for (let rowIndex = 0; rowIndex < reading.length; rowIndex++) {
    // Test before indexing: reading a typed array at −1 leaves V8's fast path.
    const id = reading[rowIndex] ?? -1;
    if (id < 0) continue;
    const score = normalized[id] ?? Number.NaN;
    if (Number.isNaN(score)) {
      leftOut.push(rowIndex);
      continue;
    }
    const stage = stageOf[rowIndex] ?? -1;
    byStage[stage]?.add(score);
    const persona = personaOf[rowIndex] ?? -1;
    if (persona !== -1) (byStagePersona[stage * personaCount + persona] ??= new EmotionStats()).add(score);
  }
  return { byStage, byStagePersona, leftOut };
}
