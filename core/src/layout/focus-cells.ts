import type { Card, Lane } from '../model/journey.js';
import type { Cells } from './collect-cells.js';

/** How a big map is thinned out: the most said cards of each cell, the rest summarised in `+N more`. */
export interface CellFocus {
  /** Most cards shown per cell: those said by the most people (ranked cells: the best ranked). */
  topPerCell?: number;
  /** Cards said by fewer people than this (`count`, 1 when absent) are not shown. */
  minCount?: number;
}

/**
 * Chooses what each cell shows when the map is focused (`CellFocus`): cards said by at least
 * `minCount` people, then the `topPerCell` said by the most (ties and unranked cells: cell order;
 * opportunity cells: their rank order, which already weighs the count). The shown cards keep their
 * order and come first in the returned cell, the hidden ones after them, so the layout draws the
 * first `shown[i]` and lists the others in the cell's `+N more` item (its `fullText`): nothing is
 * lost. Without a focus the cells come back as they are.
 *
 * @example focusCells(cells, lanes, { topPerCell: 2 }).shown // [2, 1, 0, …]: at most two per cell
 */
export function focusCells(cells: Cells, lanes: readonly Lane[], focus: CellFocus): Cells {
  const top = wholeAtLeast(focus.topPerCell, 0);
  const min = wholeAtLeast(focus.minCount, 1);
  if (top === undefined && (min === undefined || min <= 1)) return cells;
  const shown: number[] = new Array<number>(cells.cards.length);
  const cards = cells.cards.map((cell, index) => {
    const lane = lanes[index % cells.laneCount];
    let kept = min === undefined ? cell : cell.filter((card) => said(card) >= min);
    if (top !== undefined && kept.length > top) {
      const chosen = lane?.kind === 'opportunities' ? kept.slice(0, top) : mostSaid(kept, top);
      const set = new Set(chosen);
      kept = kept.filter((card) => set.has(card));
    }
    shown[index] = kept.length;
    if (kept.length === cell.length) return cell;
    const keptSet = new Set(kept);
    return [...kept, ...cell.filter((card) => !keptSet.has(card))];
  });
  return { cards, laneCount: cells.laneCount, shown };
}

function said(card: Card): number {
  return card.count ?? 1;
}

/** The `top` cards said by the most people, ties in cell order (a stable sort). */
function mostSaid(cell: readonly Card[], top: number): Card[] {
  return cell
    .map((card, index) => ({ card, index }))
    .sort((a, b) => said(b.card) - said(a.card) || a.index - b.index)
    .slice(0, top)
    .map((entry) => entry.card);
}

/** A whole number ≥ `floor`, or `undefined` for an absent or meaningless value. */
function wholeAtLeast(value: number | undefined, floor: number): number | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return Math.max(floor, Math.floor(value));
}
