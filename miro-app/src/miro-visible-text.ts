import { boardText, type Primitive } from '../../core/src/index.js';
import { withinMiroLimit } from './miro-text-limit.js';
import { toMiroHtml } from './to-miro-html.js';

/**
 * The text a Miro item shows for a primitive: the data's text as written (Miro wraps and fits it),
 * a sticky's `×N` as a last line of its own (`boardText`). A card shows its badge as a field of
 * the card, so its title keeps the card's own words only. Past Miro's content limit (6,000
 * characters, `withinMiroLimit`) the text ends with a visible `…`; Miro keeps no hidden data large
 * enough for the rest (metadata holds 256 bytes), which stays in the data file and the SVG/HTML.
 *
 * @example miroVisibleText({ kind: 'sticky', text: 'Prix peu clair', count: 3, … }) // 'Prix peu clair\n×3'
 * @example miroVisibleText({ kind: 'card', text: 'Site web', badge: 'Web · ×9', … }) // 'Site web'
 */
export function miroVisibleText(primitive: Primitive): string {
  const text = primitive.kind === 'card' ? primitive.text : boardText(primitive);
  return withinMiroLimit(text, primitive.kind === 'text' && primitive.bold === true ? boldMiroHtml : toMiroHtml);
}

/** `toMiroHtml` with every non-empty paragraph bold: how a bold text item is written. */
export function boldMiroHtml(text: string): string {
  return toMiroHtml(text).replace(/<p>(.*?)<\/p>/g, (_, line: string) => (line ? `<p><strong>${line}</strong></p>` : '<p></p>'));
}
