import { fitText } from './fit-text.js';

/**
 * How many lines a board shows a text in at `width` and `fontSize`, as far as we can tell without
 * its font: each line of the text (a paragraph), an empty one included, wrapped word by word with
 * `fitText`'s width estimate (the widest common font, so never fewer lines than the board).
 *
 * @example boardLineCount('Prix\n\npeu clair', 200, 16) // 3
 */
export function boardLineCount(text: string, width: number, fontSize: number, bold = false): number {
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const paragraph = text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
    lines += /\S/.test(paragraph) ? fitText(paragraph, { width, maxLines: Infinity, fontSize, bold }).lines.length : 1;
    if (end < 0) return lines;
    start = end + 1;
  }
}
