import type { MiroBoardApi, MiroItem } from './miro-board-api.js';
import type { MiroCreateCall } from './miro-create-call.js';
import { ITEM_TYPE_OF } from './write-miro-item.js';

/** Positions within half a unit are the same position: Miro may round what it stores. */
const SAME_POSITION = 0.5;

/**
 * Looks on the board for the item a create call may have made although it failed (the answer was
 * lost, or the host failed after creating it): one `board.get` of that item type, then the first
 * item not known to be someone else's (`isKnown`: every id this placement already holds) that the
 * call would have made — a loose item (created items have no parent until `frame.add`) centred
 * where the call put it, or a connector between the same two items. Metadata cannot be read in the
 * same call, so an unknown item at the very same centre is taken to be the lost create: only a
 * hand-made item of the same type at that exact point (to half a unit) could be mistaken.
 *
 * @example const landed = await findLandedItem(board, call, (id) => ours.has(id))
 */
export async function findLandedItem(board: MiroBoardApi, call: MiroCreateCall, isKnown: (id: string) => boolean): Promise<MiroItem | undefined> {
  const type = ITEM_TYPE_OF[call.method];
  const items = await board.get({ type: [type] });
  return items.find((item) => item.type === type && !isKnown(item.id) && wouldHaveMade(call, item));
}

function wouldHaveMade(call: MiroCreateCall, item: MiroItem): boolean {
  if (call.method === 'createConnector') {
    return item.type === 'connector' && item.start?.item === call.props.start?.item && item.end?.item === call.props.end?.item;
  }
  if (item.type === 'connector' || item.parentId !== null) return false;
  const { x, y } = call.props;
  return x !== undefined && y !== undefined && Math.abs(item.x - x) <= SAME_POSITION && Math.abs(item.y - y) <= SAME_POSITION;
}
