import type { Primitive } from '../../core/src/index.js';

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
