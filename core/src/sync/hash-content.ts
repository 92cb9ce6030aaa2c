import { hashText } from '../model/stable-id.js';
import type { Primitive } from '../layout/primitive.js';

/** The part of a placed item a user can edit by hand: its kind, its style token and its displayed text. */
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
  const text = content.text.replace(/\r/g, '').trim();
  return hashText(`${content.kind}\u001f${content.style}\u001f${text}`);
}

/** `hashContent` of a primitive as laid out. */
export function hashPrimitive(primitive: Primitive): string {
  return hashContent({ kind: primitive.kind, style: primitive.style, text: primitive.text });
}
