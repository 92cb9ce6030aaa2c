import { boxIndex } from '../layout/box-index.js';
import { keptKeyOf } from '../layout/layout-key.js';
import type { Box, KeptEdit, Primitive } from '../layout/primitive.js';
import { hashPrimitive } from './hash-content.js';
import type { SyncPlan } from './placed-record.js';

/**
 * What a layout must leave room for, from the plan of a re-import made against it: the cards edited
 * by hand that stay where they are (`LayoutOptions.keptEdits`). Each says where it is and, when the
 * data has a newer version of it, which card that is: the same card with other content, or (card
 * ids come from the text, so a reworded card is a new card) the new card laid out over it, taken
 * from the adds and held-back adds, the largest overlap first, one kept card each. A card already on
 * the board elsewhere is never taken for a newer version: it only moved. Empty when nothing waits
 * and no newer version is due: the layout already leaves every edit in sight.
 *
 * @example layoutJourney(journey, { ...options, keptEdits: keptEditsFor(planSync(records, layoutJourney(journey, options))) })
 */
export function keptEditsFor(plan: SyncPlan): KeptEdit[] {
  const cards = plan.keep.filter(({ record }) => isCardKey(record.key) && finite(record.box));
  if (cards.length === 0) return [];
  const fresh = [...plan.add, ...plan.waiting.filter((waiting) => waiting.change === 'add').map((waiting) => waiting.primitive)].filter(
    (primitive) => primitive.key.startsWith('card:') && primitive.ref?.cardId !== undefined,
  );
  const candidates = boxIndex(fresh, (primitive) => primitive.box);
  const taken = new Set<string>();
  let due = plan.waiting.length > 0;
  const edits = cards.map(({ record, primitive }): KeptEdit => {
    const edit: KeptEdit = { key: record.key, box: { ...record.box } };
    const changed = primitive?.ref?.cardId !== undefined && hashPrimitive(primitive) !== record.hash ? primitive : undefined;
    const newer = changed ?? (primitive ? undefined : largestOverlap(candidates.overlapping(record.box), record.box, taken));
    const cardId = newer?.ref?.cardId;
    if (newer && cardId !== undefined) {
      taken.add(newer.key);
      edit.updatedBy = cardId;
      due = true;
    }
    return edit;
  });
  return due ? edits : [];
}

/** Keys of what a cell holds: cards, and the data's versions of cards edited by hand. */
function isCardKey(key: string): boolean {
  return key.startsWith('card:') || keptKeyOf(key) !== undefined;
}

function largestOverlap(primitives: readonly Primitive[], box: Box, taken: ReadonlySet<string>): Primitive | undefined {
  let best: Primitive | undefined;
  let bestArea = 0;
  for (const primitive of primitives) {
    if (taken.has(primitive.key)) continue;
    const area = overlapArea(primitive.box, box);
    if (area > bestArea) {
      best = primitive;
      bestArea = area;
    }
  }
  return best;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function finite(box: Box): boolean {
  return Number.isFinite(box.x) && Number.isFinite(box.y) && Number.isFinite(box.w) && Number.isFinite(box.h);
}
