import { boxIndex, boxesOverlap } from '../layout/box-index.js';
import { updatedKey } from '../layout/layout-key.js';
import type { Box, Layout, Primitive } from '../layout/primitive.js';
import { hashPrimitive } from './hash-content.js';
import { pairRenamedStages } from './pair-renamed-stages.js';
import type { PlacedRecord, SyncChange, SyncPlan, WaitingChange } from './placed-record.js';

/** Positions closer than this (board units) count as unmoved: hosts round coordinates. */
const MOVE_TOLERANCE = 0.5;

/**
 * Plans a re-import: compares the items read back from the board with a new layout.
 * Pure and linear in the number of items.
 *
 * - a key placed and still in the layout: unchanged, `move` (same content, new box) or `update`;
 * - an item whose current content no longer matches the hash placed was edited by hand: `keep`,
 *   never overwritten or removed, with `beside` the data's version of it when the layout has one
 *   (key `updatedKey(key)`, see `keptEditsFor`);
 * - an unedited item whose key left the layout: `remove`;
 * - a key not on the board yet: `add`;
 * - a stage renamed in place (same column, mostly the same items): its items `update`d to their new
 *   keys rather than removed and added again (`pairRenamedStages`);
 * - an add, update or move whose box would come over a kept item: `waiting`, not applied, so a hand
 *   edit never vanishes under the data (containers drawn behind it, the frame and lane bands
 *   already there, and lines such as connectors and curves do not count; a kept container or line
 *   protects nothing).
 * Records of other journeys are ignored, so several maps share a board. If two records carry the
 * same key (a duplicate left by an interrupted host call), the extra unedited one is removed.
 *
 * @example planSync([], layout).add.length === layout.primitives.length
 */
export function planSync(placed: readonly PlacedRecord[], layout: Layout): SyncPlan {
  const plan: SyncPlan = { journeyId: layout.journeyId, add: [], update: [], move: [], remove: [], keep: [], waiting: [], unchanged: 0 };
  // A first placement (nothing placed yet): everything is new. Said at once, since FigJam plans in
  // QuickJS, an interpreter, where the maps below cost a millisecond or two per thousand items.
  if (placed.length === 0) return { ...plan, add: [...layout.primitives] };
  const byKey = new Map<string, Primitive>();
  let frameKey = 'frame';
  for (const primitive of layout.primitives) {
    byKey.set(primitive.key, primitive);
    if (primitive.kind === 'frame') frameKey = primitive.key;
  }
  const seen = new Set<string>();
  for (const record of placed) {
    if (record.journeyId !== layout.journeyId) continue;
    const primitive = byKey.get(record.key);
    const edited = record.currentHash !== record.hash;
    if (edited) {
      const beside = byKey.get(updatedKey(record.key));
      plan.keep.push({ record, ...(primitive ? { primitive } : {}), reason: 'edited', ...(beside ? { beside } : {}) });
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
  pairRenamedStages(plan);
  if (plan.keep.length > 0) holdBackWhatCovers(plan, frameKey);
  return plan;
}

/**
 * Moves every add, update or move that would come over a kept item into `plan.waiting`. An update or
 * move of an item that already overlaps the kept one is the user's own arrangement: it goes ahead.
 */
function holdBackWhatCovers(plan: SyncPlan, frameKey: string): void {
  const isContainer = (key: string) => key === frameKey || isContainerKey(key);
  // A kept container or line protects no area: a recoloured lane band or curve holds back nothing.
  const kept = boxIndex(
    plan.keep.filter(({ record, primitive }) => !isContainer(record.key) && !(primitive ? isLine(primitive) : isLineKey(record.key))).map(({ record }) => record),
    (record) => record.box,
  );
  if (kept.size === 0) return;
  const covered = (primitive: Primitive, change: WaitingChange['change'], before?: Box): PlacedRecord | undefined => {
    if (primitive.kind === 'frame' || isLine(primitive) || (change !== 'add' && isContainer(primitive.key))) return undefined;
    return kept.overlapping(primitive.box).find((record) => record.key !== primitive.key && !(before && boxesOverlap(before, record.box)));
  };
  plan.add = plan.add.filter((primitive) => {
    const covers = covered(primitive, 'add');
    if (covers) plan.waiting.push({ change: 'add', primitive, covers });
    return covers === undefined;
  });
  const holdBack = (changes: SyncChange[], change: 'update' | 'move') =>
    changes.filter(({ record, primitive }) => {
      const covers = covered(primitive, change, record.box);
      if (covers) plan.waiting.push({ change, primitive, record, covers });
      return covers === undefined;
    });
  plan.update = holdBack(plan.update, 'update');
  plan.move = holdBack(plan.move, 'move');
}

/**
 * Items that hold others by design, drawn behind them: besides the frame, a lane band and a persona
 * box. One edited by hand protects nothing (its content lies over it), and one already on the board
 * may change over a kept item (it stays behind it); a new one would be drawn on top, so it waits.
 */
function isContainerKey(key: string): boolean {
  return key.startsWith('lane:') || (key.startsWith('persona:') && key.indexOf(':', 'persona:'.length) < 0);
}

/** Lines, not areas: they cross what they pass over without hiding it. */
function isLine(primitive: Primitive): boolean {
  return primitive.kind === 'connector' || primitive.kind === 'curve' || isLineKey(primitive.key);
}

/** Keys of lines the data no longer has: an emotion curve, Miro's connectors drawing one (`…:curve~c2`), a zero line. */
function isLineKey(key: string): boolean {
  return key.endsWith(':curve') || key.endsWith(':zero') || /:curve~c\d+$/.test(key);
}

function sameBox(a: Box, b: Box): boolean {
  return (
    Math.abs(a.x - b.x) <= MOVE_TOLERANCE &&
    Math.abs(a.y - b.y) <= MOVE_TOLERANCE &&
    Math.abs(a.w - b.w) <= MOVE_TOLERANCE &&
    Math.abs(a.h - b.h) <= MOVE_TOLERANCE
  );
}
