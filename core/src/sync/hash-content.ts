import { HASH_START, hashDigest, hashUpdate } from '../model/stable-id.js';
import { boardText } from '../layout/board-text.js';
import type { Primitive } from '../layout/primitive.js';

/** The part of a placed item a user can edit by hand: its kind, its style token and the text it shows (`boardText`). */
export interface ItemContent {
  kind: Primitive['kind'];
  style: string;
  text: string;
}

/**
 * Hash of an item's editable content. Adapters store it in the hidden data when they place an item
 * and compute it again over what they read back; a mismatch means the user edited the item by hand.
 * Whitespace at the ends and `\r` are ignored because hosts normalise them.
 *
 * @example hashContent({ kind: 'sticky', style: 'pain', text: 'Prix peu clair' })
 */
export function hashContent(content: ItemContent): string {
  // The same hash as hashText(`${kind}\u001f${style}\u001f${text}`), fed part by part: a 10,000-card
  // placement hashes every item, and building each joined string cost more than hashing it.
  const text = (content.text.includes('\r') ? content.text.replace(CARRIAGE_RETURNS, '') : content.text).trim();
  let hash = hashUpdate(HASH_START, content.kind);
  hash = hashUpdate(hash, SEPARATOR);
  hash = hashUpdate(hash, content.style);
  hash = hashUpdate(hash, SEPARATOR);
  return hashDigest(hashUpdate(hash, text));
}

const SEPARATOR = '\u001f';
const CARRIAGE_RETURNS = /\r/g;

/**
 * `hashContent` of a primitive as a board shows it: over `boardText` (the data's text, plus a
 * sticky's `×N` or a card's badge line), the text an adapter writes and reads back. Wrapping is no
 * part of it, so the same data hashes the same whatever the sticky's size.
 */
export function hashPrimitive(primitive: Primitive): string {
  return hashContent({ kind: primitive.kind, style: primitive.style, text: boardText(primitive) });
}
