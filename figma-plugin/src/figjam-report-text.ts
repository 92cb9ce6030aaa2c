import { say, type Primitive, type Said } from '../../core/src/index.js';

/**
 * How a FigJam placement report names an item, as a coded message the panel words: its kind and its
 * text cut at 40 characters, or "an item of the map" when there is no primitive or no text (never
 * its internal key). `key` stays in the problem's `field`, for logs.
 *
 * @example describe(sticky, sticky.key).message // 'the sticky "Prix affiché trop tard"'
 */
export function describe(primitive: Primitive | undefined, _key: string): Said {
  if (!primitive) return say('item.unnamed');
  const text = primitive.text.replace(/\s+/g, ' ').trim();
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return shown === '' ? say('item.noText', { kind: primitive.kind }) : say('item.text', { kind: primitive.kind, text: shown });
}
