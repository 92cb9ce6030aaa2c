import type { Primitive } from '../../core/src/index.js';

/**
 * The text a Miro item shows for a primitive: its text, except a card with a badge, whose first
 * line is the badge (`Web · ×9`); Miro shows that as a field of the card, so the title keeps the
 * card's own words only instead of repeating the badge above them.
 *
 * @example miroVisibleText({ kind: 'card', text: 'Web · ×9\nSite web', badge: 'Web · ×9', … }) // 'Site web'
 */
export function miroVisibleText(primitive: Primitive): string {
  if (primitive.kind !== 'card' || primitive.badge === undefined) return primitive.text;
  const prefix = `${primitive.badge}\n`;
  return primitive.text.startsWith(prefix) ? primitive.text.slice(prefix.length) : primitive.text;
}
