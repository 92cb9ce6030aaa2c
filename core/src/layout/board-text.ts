import type { Primitive } from './primitive.js';

/**
 * The text a board item shows for a primitive when the host has one text per item (a FigJam
 * sticky or shape, a Miro sticky note): the data's text as written, plus what the layout adds
 * beside it as a separate line: a sticky's respondent count `×N` after it, a card's badge line
 * (channel, `#rank`, `×N`) before it. No wrapping, no `…`: the host wraps and fits the text.
 * The sync hash is taken over this text, so a new count or badge is a change to write.
 *
 * @example boardText({ kind: 'sticky', text: 'Prix peu clair', count: 3, … }) // 'Prix peu clair\n×3'
 */
export function boardText(primitive: Primitive): string {
  if (primitive.kind === 'sticky' && primitive.count !== undefined) return `${primitive.text}\n×${primitive.count}`;
  if (primitive.kind === 'card' && primitive.badge !== undefined) return `${primitive.badge}\n${primitive.text}`;
  return primitive.text;
}
