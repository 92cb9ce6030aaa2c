import type { Card, Journey, Lane, Stage } from '../model/journey.js';

/** The cards of each stage × lane cell, in drawing order. */
export interface Cells {
  /** `cards[stageIndex * laneCount + laneIndex]`. */
  cards: Card[][];
  laneCount: number;
  /**
   * How many cards of each cell are drawn, the first ones (`focusCells`); absent: all of them (up to
   * the lane's limit). The others go to the cell's `+N more` item.
   */
  shown?: readonly number[];
}

/**
 * Sorts the cards of a journey into their cells in one pass. Cards keep their input order, except
 * in an opportunity cell, where ranked cards come first by rank. Cards of a lane that is not drawn
 * are left out (the lane was left out on purpose).
 *
 * @example collectCells(journey, journey.stages, lanes, ranks).cards[0] // the first stage's cards in the first lane
 */
export function collectCells(
  journey: Journey,
  stages: readonly Stage[],
  lanes: readonly Lane[],
  ranks: ReadonlyMap<string, number>,
): Cells {
  const stageIndex = new Map<string, number>();
  stages.forEach((stage, index) => stageIndex.set(stage.id, index));
  const laneIndex = new Map<string, number>();
  lanes.forEach((lane, index) => laneIndex.set(lane.id, index));
  const laneCount = lanes.length;
  const cards: Card[][] = Array.from({ length: stages.length * laneCount }, () => []);
  for (const card of journey.cards) {
    const s = stageIndex.get(card.stageId);
    const l = laneIndex.get(card.laneId);
    if (s === undefined || l === undefined) continue;
    cards[s * laneCount + l]?.push(card);
  }
  lanes.forEach((lane, l) => {
    if (lane.kind !== 'opportunities') return;
    for (let s = 0; s < stages.length; s++) {
      const cell = cards[s * laneCount + l];
      if (cell && cell.length > 1) cell.sort((a, b) => (ranks.get(a.id) ?? Infinity) - (ranks.get(b.id) ?? Infinity));
    }
  });
  return { cards, laneCount };
}
