import { fitText } from './fit-text.js';
import { estimateTextWidth } from './text-width.js';

/**
 * How many lines a board shows a text in at `width` and `fontSize`, as far as we can tell without
 * its font: each line of the text (a paragraph), an empty one included, wrapped word by word with
 * `fitText`'s width estimate (the widest common font, so never fewer lines than the board).
 *
 * @example boardLineCount('Prix\n\npeu clair', 200, 16) // 3
 */
export function boardLineCount(text: string, width: number, fontSize: number, bold = false): number {
  if (!text.includes('\n') && !text.includes('\r')) {
    // One paragraph, the usual card: no slice, and no wrapping when the whole of it fits one line
    // (its width with every blank counted is at least what fitText measures on one line).
    if (estimateTextWidth(text, fontSize, bold) <= width * 0.999 || BLANK.test(text)) return 1;
    return fitText(text, { width, maxLines: Infinity, fontSize, bold }).lines.length;
  }
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const paragraph = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    lines += BLANK.test(paragraph) ? 1 : fitText(paragraph, { width, maxLines: Infinity, fontSize, bold }).lines.length;
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** A line with nothing to show (empty, or blanks only): it still takes a line. */
const BLANK = /^\s*$/;
