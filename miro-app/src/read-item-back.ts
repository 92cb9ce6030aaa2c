import type { MiroBoardApi, MiroItem } from './miro-board-api.js';

/**
 * The item as the board holds it now, or `undefined` once it is gone: one `board.get` of its type.
 * After a write whose answer was lost (a `frame.add`, a removal), this tells whether it took
 * effect, whatever words the host would use to refuse it a second time.
 *
 * @example (await readItemBack(board, sticky))?.parentId === frame.id // already a child
 */
export async function readItemBack(board: MiroBoardApi, item: MiroItem): Promise<MiroItem | undefined> {
  const items = await board.get({ type: [item.type] });
  return items.find((candidate) => candidate.id === item.id);
}
