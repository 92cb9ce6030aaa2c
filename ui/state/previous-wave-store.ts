import * as z from 'zod/mini';
import { checkJourney, type Journey } from '../../core/src/index.js';

/** A journey the panel placed, kept so that its next wave can be drawn against it. */
export interface PlacedWave {
  /** The map's id on the board (`Journey.id`: the placed records' `journeyId`). */
  mapId: string;
  /** When it was placed (ms since 1970), to offer the latest first. */
  placedAt: number;
  journey: Journey;
}

/**
 * How many placed maps the panel remembers, and how large one may be (JSON characters). FigJam's
 * clientStorage holds 5 MB per plugin in all (https://developers.figma.com/docs/plugins/api/figma-clientStorage);
 * the draft travels with them, so three maps of at most 400 000 characters stay well under it. A
 * larger journey is not kept: the panel then asks for the previous wave's file.
 */
export const MAX_PLACED_WAVES = 3;
export const MAX_WAVE_CHARS = 400_000;

/** Where the placed waves ride in the stored draft (the draft's own schema ignores the key). */
const KEY = 'placedWaves';

const StoredWave = z.object({ mapId: z.string().check(z.maxLength(200)), placedAt: z.number(), journey: z.unknown() });

/**
 * The placed waves in a stored draft, each journey validated as data read from a host is: anything
 * malformed is dropped, never a broken panel.
 *
 * @example parsePlacedWaves(await host.loadDraft()) // [{ mapId: 'journey-17esxzg', placedAt: …, journey }]
 */
export function parsePlacedWaves(stored: unknown): PlacedWave[] {
  if (typeof stored !== 'object' || stored === null || !(KEY in stored)) return [];
  const list = (stored as Record<string, unknown>)[KEY];
  if (!Array.isArray(list)) return [];
  const waves: PlacedWave[] = [];
  for (const item of list.slice(0, MAX_PLACED_WAVES)) {
    const wave = StoredWave.safeParse(item);
    if (!wave.success) continue;
    const journey = checkJourney(wave.data.journey);
    if (journey.success) waves.push({ mapId: wave.data.mapId, placedAt: wave.data.placedAt, journey: journey.data });
  }
  return waves;
}

/** The draft as stored, with the placed waves beside its own fields. */
export function withPlacedWaves<T extends object>(draft: T, waves: readonly PlacedWave[]): T {
  return waves.length === 0 ? draft : { ...draft, [KEY]: waves };
}

/**
 * The waves after `journey` was placed on map `mapId`: it replaces what its map held, comes first, and the
 * oldest beyond `MAX_PLACED_WAVES` are forgotten. A journey too large to keep leaves the list as it
 * was, but without a stale version of its own map.
 */
export function rememberPlacedWave(waves: readonly PlacedWave[], journey: Journey, placedAt: number, mapId: string = journey.id): PlacedWave[] {
  const others = waves.filter((wave) => wave.mapId !== mapId);
  const kept = checkJourney(journey);
  if (!kept.success || JSON.stringify(kept.data).length > MAX_WAVE_CHARS) return others;
  return [{ mapId, placedAt, journey: kept.data }, ...others].slice(0, MAX_PLACED_WAVES);
}

/**
 * The wave a new journey is drawn against: the last journey placed on the map being updated
 * (`mapId`, the journey's own id unless the user chose another map), else the latest journey placed
 * from this panel; never one with the same content as `journey` (comparing a wave with itself
 * says nothing).
 */
export function previousWaveCandidate(waves: readonly PlacedWave[], journey: Journey, mapId: string = journey.id): PlacedWave | undefined {
  const content = sameShape(journey);
  const usable = waves.filter((wave) => sameShape(wave.journey) !== content);
  return usable.find((wave) => wave.mapId === mapId) ?? [...usable].sort((a, b) => b.placedAt - a.placedAt)[0];
}

/** A journey as storage gives it back (validated, defaults filled in), to compare contents. */
function sameShape(journey: Journey): string {
  const checked = checkJourney(journey);
  // The map it went to is not its content.
  return JSON.stringify({ ...(checked.success ? checked.data : journey), id: '' });
}
