import { normalizeKey } from '../import/names/normalize-key.js';
import type { Journey, Stage } from '../model/journey.js';

/** One row of a comparison: a stage of either wave or both. */
export interface StagePair {
  before?: Stage;
  after?: Stage;
}

/** Share of the smaller stage's cards the other must hold too for two unmatched stages to be one renamed. */
const CARD_AGREEMENT = 0.5;

/**
 * Pairs the stages of two waves, in three passes: the pairs the user names (`[earlier, later]`),
 * then equal names (accents, case and spaces ignored), then a renamed stage found in the data: an
 * unmatched stage of each wave sitting between the same matched neighbours (position agrees) whose
 * cards mostly say the same things (at least half of the smaller stage's card texts, per lane kind,
 * are in the other: cards agree). Returns the rows in the later wave's order, each stage only in the
 * earlier wave placed after the row of its matched predecessor.
 *
 * @example matchStages(before, after).map((row) => [row.before?.name, row.after?.name]) // [['Discover', 'Discover'], ['Book', 'Buy'], ['Travel', undefined]]
 */
export function matchStages(before: Journey, after: Journey, pairs: readonly (readonly [string, string])[] = []): StagePair[] {
  const beforeStages = before.stages;
  const afterStages = after.stages;
  // after index of each earlier stage, and back.
  const toAfter = new Array<number>(beforeStages.length).fill(-1);
  const toBefore = new Array<number>(afterStages.length).fill(-1);
  const pair = (b: number, a: number) => {
    if (b < 0 || a < 0 || toAfter[b] !== -1 || toBefore[a] !== -1) return;
    toAfter[b] = a;
    toBefore[a] = b;
  };
  const beforeKeys = beforeStages.map((stage) => normalizeKey(stage.name));
  const afterKeys = afterStages.map((stage) => normalizeKey(stage.name));
  for (const [earlier, later] of pairs) pair(beforeKeys.indexOf(normalizeKey(earlier)), afterKeys.indexOf(normalizeKey(later)));
  beforeKeys.forEach((key, b) => {
    const a = afterKeys.findIndex((other, index) => other === key && toBefore[index] === -1);
    pair(b, a);
  });

  const beforeCards = cardKeysByStage(before);
  const afterCards = cardKeysByStage(after);
  for (let b = 0; b < beforeStages.length; b++) {
    if (toAfter[b] !== -1) continue;
    const slot = slotAfter(toAfter, b);
    for (let a = 0; a < afterStages.length; a++) {
      if (toBefore[a] !== -1 || slotBefore(toBefore, a) !== slot) continue;
      if (!cardsAgree(beforeCards.get(beforeStages[b]?.id ?? ''), afterCards.get(afterStages[a]?.id ?? ''))) continue;
      pair(b, a);
      break;
    }
  }

  const rows: StagePair[] = [];
  const placed = new Array<boolean>(beforeStages.length).fill(false);
  const placeBefore = (upTo: number) => {
    for (let b = 0; b < upTo; b++) {
      const stage = beforeStages[b];
      if (placed[b] || toAfter[b] !== -1 || !stage) continue;
      placed[b] = true;
      rows.push({ before: stage });
    }
  };
  afterStages.forEach((stage, a) => {
    const b = toBefore[a] ?? -1;
    if (b !== -1) {
      placeBefore(b);
      placed[b] = true;
      const earlier = beforeStages[b];
      rows.push(earlier ? { before: earlier, after: stage } : { after: stage });
    } else rows.push({ after: stage });
  });
  placeBefore(beforeStages.length);
  return rows;
}

/** The later-wave index of the nearest matched earlier stage before `b`, −1 at the start. */
function slotAfter(toAfter: readonly number[], b: number): number {
  for (let i = b - 1; i >= 0; i--) if ((toAfter[i] ?? -1) !== -1) return toAfter[i] ?? -1;
  return -1;
}

/** The later-wave index of the nearest matched later stage before `a`, −1 at the start. */
function slotBefore(toBefore: readonly number[], a: number): number {
  for (let i = a - 1; i >= 0; i--) if ((toBefore[i] ?? -1) !== -1) return i;
  return -1;
}

function cardKeysByStage(journey: Journey): Map<string, Set<string>> {
  const kinds = new Map(journey.lanes.map((lane) => [lane.id, lane.kind]));
  const byStage = new Map<string, Set<string>>();
  for (const card of journey.cards) {
    let keys = byStage.get(card.stageId);
    if (!keys) {
      keys = new Set();
      byStage.set(card.stageId, keys);
    }
    keys.add(`${kinds.get(card.laneId) ?? ''}:${normalizeKey(card.text)}`);
  }
  return byStage;
}

function cardsAgree(one: ReadonlySet<string> | undefined, other: ReadonlySet<string> | undefined): boolean {
  if (!one || !other || one.size === 0 || other.size === 0) return false;
  let shared = 0;
  for (const key of one) if (other.has(key)) shared++;
  return shared >= CARD_AGREEMENT * Math.min(one.size, other.size);
}
