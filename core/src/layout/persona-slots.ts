import { normalizeKey } from '../import/names/normalize-key.js';
import type { Persona } from '../model/journey.js';
import { HASH_START, hashUpdate } from '../model/stable-id.js';

/**
 * Persona colour slots a name hashes into: six, as many as FigJam's persona inks, so six personas
 * get six different colours on every host. The palettes' seventh colour is for a seventh persona,
 * the eighth (a grey) for the curve of everyone (`OVERALL_SLOT`).
 */
export const HASHED_SLOTS = 6;
/** The colour slot of the "everyone" curve: the palette's neutral last colour. */
export const OVERALL_SLOT = 7;

/**
 * The colour slot (`persona<slot>` token) of each persona, by id: the hash of its name (case,
 * accents and spacing aside) into `HASHED_SLOTS`, so a persona keeps its colour whatever the row
 * order or the other personas of the file. Two names on one slot are settled in name order, the
 * later one taking the next free slot; past six personas, slots 6, 8, 9… follow.
 *
 * @example personaSlots([{ id: 'p-a', name: 'Claire', … }]).get('p-a') // the same number for every file naming Claire
 */
export function personaSlots(personas: readonly Persona[]): Map<string, number> {
  const ordered = personas
    .map((persona) => ({ id: persona.id, key: normalizeKey(persona.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set<number>();
  const slots = new Map<string, number>();
  let overflow = HASHED_SLOTS;
  for (const { id, key } of ordered) {
    if (slots.has(id)) continue;
    let slot: number | undefined;
    if (taken.size < HASHED_SLOTS) {
      slot = (hashUpdate(HASH_START, key) >>> 0) % HASHED_SLOTS;
      while (taken.has(slot)) slot = (slot + 1) % HASHED_SLOTS;
    } else {
      slot = overflow;
      overflow = overflow + 1 === OVERALL_SLOT ? overflow + 2 : overflow + 1;
    }
    taken.add(slot);
    slots.set(id, slot);
  }
  return slots;
}
