import type { Primitive } from '../../core/src/index.js';

/**
 * How a FigJam placement report names an item: its kind and its text cut at 40 characters, or its
 * key when there is no primitive or no text.
 *
 * @example describe(sticky, sticky.key) // 'the sticky "Prix affiché trop tard"'
 */
export function describe(primitive: Primitive | undefined, key: string): string {
  if (!primitive) return key;
  const text = primitive.text.replace(/\s+/g, ' ').trim();
  const shown = text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return shown === '' ? `the ${primitive.kind} ${key}` : `the ${primitive.kind} "${shown}"`;
}
