import * as z from 'zod/mini';

/** One Parcours map found on the board: the journey its items carry, and the title its frame shows. */
export interface BoardMap {
  journeyId: string;
  title: string;
}

/** A map list crossing from a host (FigJam's main thread) to the panel, validated like any host data. */
export const BoardMapsSchema = z.array(z.object({ journeyId: z.string().check(z.minLength(1), z.maxLength(200)), title: z.string().check(z.maxLength(1000)) })).check(z.maxLength(1000));

/** What a host reads back of a map's frame: its placed record's journey, key and shown text. */
export interface FrameRecord {
  journeyId: string;
  key: string;
  text?: string | undefined;
}

/**
 * The maps on a board from the placed records of their frames (key `frame`, the layout's frame
 * primitive): one per journey, titled with the text the frame shows now (a title the user edited on
 * the board is the one they know), sorted by title (lower-cased, code point order). Several frames of one journey (a map copied on
 * the board) count once.
 *
 * @example boardMapsFrom([{ journeyId: 'journey-a', key: 'frame', text: 'Entretiens' }]) // [{ journeyId: 'journey-a', title: 'Entretiens' }]
 */
export function boardMapsFrom(records: readonly FrameRecord[]): BoardMap[] {
  const maps = new Map<string, BoardMap>();
  for (const record of records) {
    if (record.key !== 'frame' || maps.has(record.journeyId)) continue;
    maps.set(record.journeyId, { journeyId: record.journeyId, title: (record.text ?? '').trim() });
  }
  // No localeCompare: FigJam's main thread (QuickJS) runs this and promises no Intl.
  const order = (map: BoardMap) => `${map.title.toLowerCase()}\u0000${map.journeyId}`;
  return [...maps.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}
