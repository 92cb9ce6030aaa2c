import type { MiroBoardApi, MiroItem } from './miro-board-api.js';
import type { MiroCreateCall } from './miro-create-call.js';

/** The item type each create call makes. */
export const ITEM_TYPE_OF: Record<MiroCreateCall['method'], MiroItem['type']> = {
  createFrame: 'frame',
  createStickyNote: 'sticky_note',
  createShape: 'shape',
  createText: 'text',
  createCard: 'card',
  createConnector: 'connector',
};

/**
 * Makes one Web SDK create call on the board.
 *
 * @example const item = await createMiroItem(board, miroCreateCall(sticky, center))
 */
export function createMiroItem(board: MiroBoardApi, call: MiroCreateCall): Promise<MiroItem> {
  switch (call.method) {
    case 'createFrame':
      return board.createFrame(call.props);
    case 'createStickyNote':
      return board.createStickyNote(call.props);
    case 'createShape':
      return board.createShape(call.props);
    case 'createText':
      return board.createText(call.props);
    case 'createCard':
      return board.createCard(call.props);
    case 'createConnector':
      return board.createConnector(call.props);
  }
}

/**
 * Copies create props onto an item before `item.sync()` (the SDK sends the item's state on sync),
 * merging `style` so properties we do not set keep the user's values. `fields` limits the copy,
 * e.g. to the geometry for a move.
 *
 * @example assignMiroProps(sticky, call.props, ['x', 'y', 'width']); await sticky.sync();
 */
export function assignMiroProps(item: MiroItem, props: object, fields?: readonly string[]): void {
  // The props were built for this item's type (the caller checks ITEM_TYPE_OF); a generic copy.
  const target = item as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(props)) {
    if (fields && !fields.includes(name)) continue;
    target[name] = name === 'style' && typeof value === 'object' && value !== null ? { ...(target.style as object), ...value } : value;
  }
}
