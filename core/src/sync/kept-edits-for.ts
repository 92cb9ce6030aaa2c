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
 * from the adds and held-back adds, the largest overlaps paired first, one kept card each. A card already on
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
  const edits = cards.map(({ record }): KeptEdit => ({ key: record.key, box: { ...record.box } }));
  // Pairs of a kept card and a new card over it, the largest overlap first, each taken once.
  const pairs: { edit: KeptEdit; primitive: Primitive; area: number; order: number }[] = [];
  cards.forEach(({ record, primitive }, index) => {
    const edit = edits[index]!;
    if (primitive) {
      // The data still has this card: when its content differs from what was placed, that is the newer version.
      if (primitive.ref?.cardId !== undefined && hashPrimitive(primitive) !== record.hash) edit.updatedBy = primitive.ref.cardId;
      return;
    }
    for (const candidate of candidates.overlapping(record.box)) pairs.push({ edit, primitive: candidate, area: overlapArea(candidate.box, record.box), order: pairs.length });
  });
  pairs.sort((a, b) => b.area - a.area || a.order - b.order);
  const taken = new Set<string>();
  for (const { edit, primitive } of pairs) {
    if (edit.updatedBy !== undefined || taken.has(primitive.key)) continue;
    taken.add(primitive.key);
    edit.updatedBy = primitive.ref!.cardId!;
  }
  const due = plan.waiting.length > 0 || edits.some((edit) => edit.updatedBy !== undefined);
  return due ? edits : [];
}

/** Keys of what a cell holds: cards, and the data's versions of cards edited by hand. */
function isCardKey(key: string): boolean {
  return key.startsWith('card:') || keptKeyOf(key) !== undefined;
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function finite(box: Box): boolean {
  return Number.isFinite(box.x) && Number.isFinite(box.y) && Number.isFinite(box.w) && Number.isFinite(box.h);
}
