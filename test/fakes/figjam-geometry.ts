/**
 * The sizes FigJam gives the nodes it sizes itself, as pure functions: the FigJam fake applies them,
 * and the layout tests apply them to a layout to get the boxes its nodes really take on a board.
 */
import { boardLineCount } from '../../core/src/layout/board-line-count.js';
import { lineHeight, stickyPadding } from '../../core/src/layout/layout-metrics.js';

/**
 * A FigJam sticky: 240 × 240, taller when its text needs more room (PRODUCT.md §11; FigJam's help
 * on sticky sizes, https://help.figma.com/hc/en-us/articles/1500004414322-Sticky-notes-in-FigJam#Size,
 * linked from `StickyNode.isWideWidth` in @figma/plugin-typings). Neither documents the text's
 * metrics, so the fake wraps with the layout's own width estimate (`boardLineCount`, the widest
 * common font: never fewer lines than FigJam), its padding and line height.
 *
 * @example figJamStickySize('Prix peu clair', 19) // { width: 240, height: 240 }
 */
export function figJamStickySize(characters: string, fontSize: number): { width: number; height: number } {
  const width = 240;
  const pad = stickyPadding(width);
  const needed = 2 * pad + boardLineCount(characters, width - 2 * pad, fontSize) * lineHeight(fontSize);
  return { width, height: Math.max(240, needed) };
}
