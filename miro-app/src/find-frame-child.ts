import type { MiroBoardApi, MiroItem } from './miro-board-api.js';

/**
 * The item as the board holds it if it is already a child of the frame, else `undefined`: after a
 * `frame.add` whose answer was lost, adding again would be refused (the item has a parent), so the
 * board is read first. One `board.get` of that item type.
 *
 * @example const done = await findFrameChild(board, sticky, frame.id)
 */
export async function findFrameChild(board: MiroBoardApi, item: MiroItem, frameId: string): Promise<MiroItem | undefined> {
  const items = await board.get({ type: [item.type] });
  return items.find((candidate) => candidate.id === item.id && candidate.parentId === frameId);
}
