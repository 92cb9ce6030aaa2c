import type { Stage } from '../model/journey.js';
import { phaseRank } from './names/phase-rank.js';

/**
 * Stages in the order of their phases (awareness → advocacy, `phaseRank`) when the file gives
 * phases, else as the file lists them. A stage without a known phase stays with the stage before it
 * (the first ones go with the first known phase), and stages of one phase keep the file's order,
 * so a file already in phase order is left as it is. Returns the same array when nothing moves.
 *
 * @example orderStagesByPhase([{ id: 'b', name: 'Buy', phase: 'Purchase' }, { id: 'a', name: 'Ad', phase: 'Awareness' }]).map((s) => s.id) // ['a', 'b']
 */
export function orderStagesByPhase(stages: readonly Stage[]): readonly Stage[] {
  const ranks = stages.map((stage) => phaseRank(stage.phase));
  const first = ranks.find((rank) => rank !== undefined);
  if (first === undefined) return stages;
  let current = first;
  const keyed = stages.map((stage, index) => {
    current = ranks[index] ?? current;
    return { stage, rank: current, index };
  });
  const sorted = [...keyed].sort((a, b) => a.rank - b.rank || a.index - b.index);
  return sorted.every((entry, index) => entry.index === index) ? stages : sorted.map((entry) => entry.stage);
}
