/**
 * Longest text content Miro takes, in characters: "The text must be shorter than 6000 characters"
 * (Web SDK reference, Sticky note, `content`: https://developers.miro.com/docs/websdk-reference-sticky-note).
 * The reference states no limit for shapes, text items and card titles; we read the sticky note's
 * for them too, and count the HTML we send (tags and entities included), the stricter reading.
 */
export const MIRO_TEXT_LIMIT = 6000;

const ELLIPSIS = '…';

/**
 * The text to show on Miro: `text` itself when its HTML (`toHtml`) is shorter than
 * `MIRO_TEXT_LIMIT`, else its longest start, ended with a visible `…`, whose HTML is. Only a card
 * text of thousands of characters is ever shortened (cards hold at most `LIMITS.textLength`).
 *
 * @example withinMiroLimit('x'.repeat(7000), toMiroHtml).length // 5992: '<p>' + 5992 characters + '</p>' < 6000
 */
export function withinMiroLimit(text: string, toHtml: (text: string) => string): string {
  // A character is at most 7 characters of HTML (a line break is `</p><p>`): short texts need no check.
  if (text.length * 7 + 64 < MIRO_TEXT_LIMIT || toHtml(text).length < MIRO_TEXT_LIMIT) return text;
  const chars = Array.from(text);
  let fits = 0;
  let over = chars.length;
  while (over - fits > 1) {
    const middle = (fits + over) >> 1;
    if (toHtml(chars.slice(0, middle).join('') + ELLIPSIS).length < MIRO_TEXT_LIMIT) fits = middle;
    else over = middle;
  }
  return chars.slice(0, fits).join('').trimEnd() + ELLIPSIS;
}
