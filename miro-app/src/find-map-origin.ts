import type { Point, Primitive } from '../../core/src/index.js';
import type { HostWrite } from './host-write.js';
import type { MiroBoardApi } from './miro-board-api.js';

/**
 * Where a new map goes: free space the size of its frame, as near the middle of the user's view as
 * Miro finds it (`board.findEmptySpace`). Returns the board position of the frame's top-left
 * corner (Miro positions items by their centre; the map's origin is its corner).
 *
 * @example const origin = await findMapOrigin(board, framePrimitive, write)
 */
export async function findMapOrigin(board: MiroBoardApi, frame: Primitive, write: HostWrite): Promise<Point> {
  const viewport = await write('viewport.get', () => board.viewport.get(), { cancellable: true });
  const space = await write(
    'board.findEmptySpace',
    () =>
      board.findEmptySpace({
        x: viewport.x + viewport.width / 2,
        y: viewport.y + viewport.height / 2,
        width: frame.box.w,
        height: frame.box.h,
        offset: 100,
      }),
    { cancellable: true },
  );
  return { x: space.x - frame.box.w / 2, y: space.y - frame.box.h / 2 };
}
