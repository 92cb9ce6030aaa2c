/**
 * Makes an id safe to join with others in a primitive key: `:` separates the parts of a key, so an
 * id holding one is escaped (and `%`, the escape itself). Keys stay readable for ordinary ids.
 *
 * @example keyPart('stage:1') // 'stage%3A1'
 */
export function keyPart(id: string): string {
  if (!id.includes(':') && !id.includes('%')) return id;
  return id.replace(/%/g, '%25').replace(/:/g, '%3A');
}

/** What starts the key of the data's version of an item edited by hand (see `updatedKey`). */
const UPDATED = 'updated:';

/**
 * The key of the data's version of a card the user edited by hand on the board, drawn beside the
 * edit: named after the kept item, so it stays one item as the data changes again and again, and a
 * re-import finds it without any state but the board's.
 *
 * @example updatedKey('card:card-1k3x9qa') // 'updated:card:card-1k3x9qa'
 */
export function updatedKey(keptKey: string): string {
  return UPDATED + keptKey;
}

/**
 * The key of the kept item a primitive is the data's version of, or `undefined` for any other key.
 *
 * @example keptKeyOf('updated:card:card-1k3x9qa') // 'card:card-1k3x9qa'
 */
export function keptKeyOf(key: string): string | undefined {
  return key.startsWith(UPDATED) ? key.slice(UPDATED.length) : undefined;
}
