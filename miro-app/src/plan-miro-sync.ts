import { planSync, type Layout, type SyncPlan } from '../../core/src/index.js';
import { expandForMiro } from './expand-for-miro.js';
import type { MiroBoardApi } from './miro-board-api.js';
import { readPlacedOnMiro, type HostRead, type PlacedOnMiro } from './read-placed-on-miro.js';

/** A re-import planned against a Miro board, with what it was planned from. */
export interface MiroSyncPlan {
  /** The layout as Miro draws it (curves expanded into points and connectors). */
  layout: Layout;
  placed: PlacedOnMiro;
  plan: SyncPlan;
}

/**
 * Reads back what this journey placed and plans the change, writing nothing: the preview the
 * panel shows, and the first step of every placement (a first placement is a sync onto a board
 * that holds nothing of this journey).
 *
 * @example const { plan } = await planMiroSync(board, layout, (name, call) => call());
 */
export function planMiroSync(board: MiroBoardApi, layout: Layout, read: HostRead): Promise<MiroSyncPlan> {
  return planExpandedMiroSync(board, expandForMiro(layout), read);
}

/**
 * `planMiroSync` for a layout already as Miro draws it (`expandForMiro`'s result): `placeOnMiro`
 * expands once, to count the items before it reads the board, and plans from that.
 *
 * @example await planExpandedMiroSync(board, expandForMiro(layout), read)
 */
export async function planExpandedMiroSync(board: MiroBoardApi, expanded: Layout, read: HostRead): Promise<MiroSyncPlan> {
  const placed = await readPlacedOnMiro(board, expanded, read);
  return { layout: expanded, placed, plan: planSync(placed.records, expanded) };
}
