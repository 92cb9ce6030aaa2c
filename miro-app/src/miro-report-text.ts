import { say, type Primitive, type Said } from '../../core/src/index.js';

/**
 * How a Miro placement report names an item: the first line of its text cut at 40 characters, or
 * its key when it has no text.
 *
 * @example label(sticky) // 'Prix affiché trop tard'
 */
export function label(primitive: Primitive): string {
  const first = primitive.text.split('\n')[0] ?? '';
  const text = first.length > 40 ? `${first.slice(0, 39)}…` : first;
  return text || primitive.key;
}

/**
 * An item as a coded message names it, by its text, never by its key: the panel words it in the
 * user's language.
 *
 * @example itemSaid(sticky).message // 'the sticky "Prix affiché trop tard"'
 */
export function itemSaid(primitive: Primitive): Said {
  const text = primitive.text.replace(/\s+/g, ' ').trim();
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return shown === '' ? say('item.noText', { kind: primitive.kind }) : say('item.text', { kind: primitive.kind, text: shown });
}
