import { HASH_START, hashDigest, hashUpdate } from '../model/stable-id.js';
import { boardText } from '../layout/board-text.js';
import type { Primitive } from '../layout/primitive.js';

/**
 * How an item is drawn beyond its colour: `hollow`, an emotion point resting on few answers
 * (PRODUCT.md §9); `dashed`, a curve (or Miro's connector piece of one) not measured now, the
 * previous wave (§10) or inferred from verbatims (§9). Absent: drawn plain.
 */
export type ItemLook = 'hollow' | 'dashed';

/** The part of a placed item a user can edit by hand: its kind, its style token, the text it shows (`boardText`) and its look. */
export interface ItemContent {
  kind: Primitive['kind'];
  style: string;
  text: string;
  look?: ItemLook;
}

/**
 * Hash of an item's editable content. Adapters store it in the hidden data when they place an item
 * and compute it again over what they read back; a mismatch means the user edited the item by hand.
 * Whitespace at the ends and `\r` are ignored because hosts normalise them. A look (`hollow`,
 * `dashed`) is part of it, so a point that only turns hollow is rewritten on re-sync; a plain item
 * hashes as it always did, so maps already on boards are not all rewritten.
 *
 * @example hashContent({ kind: 'sticky', style: 'pain', text: 'Prix peu clair' })
 * @example hashContent({ kind: 'shape', style: 'negative', text: '😟', look: 'hollow' })
 */
export function hashContent(content: ItemContent): string {
  // The same hash as hashText(`${kind}\u001f${style}\u001f${text}`), fed part by part: a 10,000-card
  // placement hashes every item, and building each joined string cost more than hashing it.
  return withLook(hashUpdate(contentStart(content.kind, content.style), normalised(content.text).trim()), content.look);
}

/** The digest of a content's hash state, the look (when there is one) fed after a separator. */
function withLook(state: number, look: ItemLook | undefined): string {
  return hashDigest(look === undefined ? state : hashUpdate(hashUpdate(state, SEPARATOR), look));
}

/**
 * The look a primitive is drawn with: a hollow shape (an emotion point on few answers), a dashed
 * curve or connector; `undefined` when plain.
 *
 * @example itemLook({ kind: 'curve', dashed: true, … }) // 'dashed'
 */
export function itemLook(primitive: Primitive): ItemLook | undefined {
  if (primitive.kind === 'shape') return primitive.hollow === true ? 'hollow' : undefined;
  if (primitive.kind === 'curve' || primitive.kind === 'connector') return primitive.dashed === true ? 'dashed' : undefined;
  return undefined;
}

const SEPARATOR = '\u001f';
const CARRIAGE_RETURNS = /\r/g;

/**
 * The hash state after `kind`, `style` and their separators, kept by kind then style: a map has a
 * few dozen pairs, and FigJam's main thread (QuickJS, an interpreter) pays for every character
 * hashed. A style read back from a board may be anything (`recoloured #…`): past `MAX_STARTS`
 * styles of a kind, the rest are hashed each time rather than kept.
 */
function contentStart(kind: string, style: string): number {
  let byStyle = starts.get(kind);
  if (byStyle === undefined) {
    byStyle = new Map();
    starts.set(kind, byStyle);
  }
  let start = byStyle.get(style);
  if (start === undefined) {
    start = hashUpdate(hashUpdate(hashUpdate(hashUpdate(HASH_START, kind), SEPARATOR), style), SEPARATOR);
    if (byStyle.size < MAX_STARTS) byStyle.set(style, start);
  }
  return start;
}

const starts = new Map<string, Map<string, number>>();
const MAX_STARTS = 256;

/** The text without `\r`: hosts drop them. */
function normalised(text: string): string {
  return text.includes('\r') ? text.replace(CARRIAGE_RETURNS, '') : text;
}

/**
 * `hashContent` of a primitive as a board shows it: over `boardText` (the data's text, plus a
 * sticky's `×N` or a card's badge line), the text an adapter writes and reads back, and its look
 * (`itemLook`). Wrapping is no part of it, so the same data hashes the same whatever the sticky's
 * size. The joined text is hashed part by part, as `hashContent` would hash it, without building it.
 *
 * @example hashPrimitive(sticky) === hashContent({ kind: 'sticky', style: 'pain', text: boardText(sticky) })
 * @example hashPrimitive(point) === hashContent({ kind: 'shape', style: 'negative', text: '😟', look: 'hollow' })
 */
export function hashPrimitive(primitive: Primitive): string {
  const start = contentStart(primitive.kind, primitive.style);
  if (primitive.kind === 'sticky' && primitive.count !== undefined) {
    // `${text}\n×N`, trimmed: the count line ends it, so only the text's start is trimmed (all of it when blank).
    const text = normalised(primitive.text).trimStart();
    const tail = `×${primitive.count}`;
    return hashDigest(text === '' ? hashUpdate(start, tail) : hashUpdate(hashUpdate(hashUpdate(start, text), '\n'), tail));
  }
  if (primitive.kind === 'card' && primitive.badge !== undefined) {
    // `${badge}\n${text}`, trimmed: the badge starts it, so only the text's end is trimmed (the line break too when blank).
    const badge = normalised(primitive.badge).trimStart();
    const text = normalised(primitive.text).trimEnd();
    if (badge === '') return hashContent({ kind: primitive.kind, style: primitive.style, text: boardText(primitive) });
    return hashDigest(text === '' ? hashUpdate(start, badge.trimEnd()) : hashUpdate(hashUpdate(hashUpdate(start, badge), '\n'), text));
  }
  // Stickies and cards have no look: only the other kinds can be hollow or dashed.
  return withLook(hashUpdate(start, normalised(primitive.text).trim()), itemLook(primitive));
}
