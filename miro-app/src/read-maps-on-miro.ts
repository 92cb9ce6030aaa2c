import { boardMapsFrom, type BoardMap } from '../../ui/state/board-maps.js';
import type { MiroBoardApi } from './miro-board-api.js';
import { parsePlacedData, METADATA_KEY } from './placed-metadata.js';
import type { HostRead } from './read-placed-on-miro.js';
import { readText } from './read-placed-on-miro.js';

/**
 * The Parcours maps on a Miro board: one `board.get` of the frames, then `getMetadata` on each
 * (Miro returns no metadata with `get`), kept when it carries our placed data for the map's frame.
 * A journey id stored as a digest (too long for Miro's 256 bytes) cannot be matched to a journey and
 * is left out. Writes nothing.
 *
 * @example await readMapsOnMiro(board, (name, call) => call()) // [{ journeyId: 'journey-1x…', title: 'Entretiens' }]
 */
export async function readMapsOnMiro(board: Pick<MiroBoardApi, 'get'>, read: HostRead): Promise<BoardMap[]> {
  const frames = await read('board.get', () => board.get({ type: ['frame'] }));
  const records = await Promise.all(
    frames.map(async (frame) => {
      const data = parsePlacedData(await read(`${frame.type}.getMetadata`, () => frame.getMetadata(METADATA_KEY)));
      return data === undefined || data.j.startsWith('#') ? [] : [{ journeyId: data.j, key: data.k, text: readText(frame) }];
    }),
  );
  return boardMapsFrom(records.flat());
}
