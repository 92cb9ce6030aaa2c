import type { Box, Layout, Primitive } from '../layout/primitive.js';
import { hashPrimitive } from './hash-content.js';
import type { PlacedRecord, SyncPlan } from './placed-record.js';

/** Positions closer than this (board units) count as unmoved: hosts round coordinates. */
const MOVE_TOLERANCE = 0.5;

/**
 * Plans a re-import: compares the items read back from the board with a new layout.
 * Pure and linear in the number of items.
 *
 * - a key placed and still in the layout: unchanged, `move` (same content, new box) or `update`;
 * - an item whose current content no longer matches the hash placed was edited by hand: `keep`,
 *   never overwritten or removed;
 * - an unedited item whose key left the layout: `remove`;
 * - a key not on the board yet: `add`.
 * Records of other journeys are ignored, so several maps share a board. If two records carry the
 * same key (a duplicate left by an interrupted host call), the extra unedited one is removed.
 *
 * @example planSync([], layout).add.length === layout.primitives.length
 */
export function planSync(placed: readonly PlacedRecord[], layout: Layout): SyncPlan {
  const plan: SyncPlan = { journeyId: layout.journeyId, add: [], update: [], move: [], remove: [], keep: [], unchanged: 0 };
  const byKey = new Map<string, Primitive>();
  for (const primitive of layout.primitives) byKey.set(primitive.key, primitive);

  const seen = new Set<string>();
  for (const record of placed) {
    if (record.journeyId !== layout.journeyId) continue;
    const primitive = byKey.get(record.key);
    const edited = record.currentHash !== record.hash;
    if (edited) {
      plan.keep.push(primitive ? { record, primitive, reason: 'edited' } : { record, reason: 'edited' });
      seen.add(record.key);
      continue;
    }
    if (!primitive || seen.has(record.key)) {
      plan.remove.push(record);
      continue;
    }
    seen.add(record.key);
    if (hashPrimitive(primitive) !== record.hash) plan.update.push({ record, primitive });
    else if (!sameBox(record.box, primitive.box)) plan.move.push({ record, primitive });
    else plan.unchanged++;
  }
  for (const primitive of layout.primitives) {
    if (!seen.has(primitive.key)) plan.add.push(primitive);
  }
  return plan;
}

function sameBox(a: Box, b: Box): boolean {
  return (
    Math.abs(a.x - b.x) <= MOVE_TOLERANCE &&
    Math.abs(a.y - b.y) <= MOVE_TOLERANCE &&
    Math.abs(a.w - b.w) <= MOVE_TOLERANCE &&
    Math.abs(a.h - b.h) <= MOVE_TOLERANCE
  );
}
