import { normalizeKey, stableId } from '../../core/src/index.js';
import type { BoardMap } from './board-maps.js';

/** Where a placement goes: onto a map already on the board (its journey id), or a new map. */
export type MapTarget = { kind: 'update'; journeyId: string } | { kind: 'new' };

/**
 * The choice the panel preselects for a journey known under one or more names (`candidates`, the
 * first preferred: the journey as titled by the user, then as the file gave it): the map of one of
 * their ids, else a map with one of their titles (case and accents aside: a map placed before ids
 * came from titles), else a new map.
 *
 * @example preselectedTarget([{ journeyId: 'journey-a', title: 'Entretiens' }], [{ id: 'journey-b', title: 'entretiens' }]) // { kind: 'update', journeyId: 'journey-a' }
 */
export function preselectedTarget(maps: readonly BoardMap[], candidates: readonly { id: string; title: string }[]): MapTarget {
  const byId = candidates.map((candidate) => maps.find((map) => map.journeyId === candidate.id)).find((map) => map !== undefined);
  const byTitle = candidates
    .map((candidate) => maps.find((map) => map.title.trim() !== '' && normalizeKey(map.title) === normalizeKey(candidate.title)))
    .find((map) => map !== undefined);
  const same = byId ?? byTitle;
  return same ? { kind: 'update', journeyId: same.journeyId } : { kind: 'new' };
}

/**
 * The journey id to place under: the chosen map's, or for a new map the journey's own id, unless a
 * map on the board has it (placing would update that map): then the first of `journey-…` ids derived
 * from it (`stableId(id, 2)`, 3…) that no map on the board holds, so the same board gives the same id.
 *
 * @example targetJourneyId({ kind: 'new' }, 'journey-a', [{ journeyId: 'journey-a', title: 'A' }]) // stableId('journey-a', 2)
 */
export function targetJourneyId(target: MapTarget, journeyId: string, maps: readonly BoardMap[]): string {
  if (target.kind === 'update') return target.journeyId;
  const taken = new Set(maps.map((map) => map.journeyId));
  if (!taken.has(journeyId)) return journeyId;
  for (let copy = 2; ; copy++) {
    const id = stableId(journeyId, copy);
    if (!taken.has(id)) return id;
  }
}
