import { boardLineCount } from './board-line-count.js';
import { lineHeight, type LayoutMetrics } from './layout-metrics.js';

/** The font and height a sticky or card gets on a board that grows items with their text. */
export interface ItemFit {
  fontSize: number;
  h: number;
}

/**
 * Sizes a sticky or card for a board that makes it taller to hold its text (FigJam): the map's body
 * font when the whole text (`boardText`, given as its parts: a card's badge, the text, a sticky's
 * `×N`, each starting a line, wrapped to the item's inner width) fits the item's height,
 * else the largest smaller font down to `minItemFont` that makes it fit, else that smallest font
 * and the height its lines need. Typical card text keeps the body font; only long texts shrink,
 * and only very long ones make the item grow. Lines are counted as the board shows them (`boardLineCount`).
 *
 * @example itemFit(['Prix peu clair', '×3'], { w: 240, h: 240 }, metrics) // { fontSize: 19, h: 240 }
 */
export function itemFit(parts: readonly string[], item: { w: number; h: number }, metrics: LayoutMetrics): ItemFit {
  const { pad } = metrics;
  const width = item.w - 2 * pad;
  for (let fontSize = metrics.fontSize; ; fontSize--) {
    let lines = 0;
    for (const part of parts) lines += boardLineCount(part, width, fontSize);
    const h = 2 * pad + lines * lineHeight(fontSize);
    if (h <= item.h) return { fontSize, h: item.h };
    if (fontSize <= metrics.minItemFont) return { fontSize, h };
  }
}
