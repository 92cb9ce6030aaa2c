import type { BoardMetrics } from '../../core/src/index.js';
import { MIRO_STICKY_NOTE } from './miro-sticky-size.js';

/**
 * Height of a line of a Miro text item per dp of font size. The Web SDK reference documents no
 * line height; 1.4 is taller than the 1.3 our layout uses, the stricter reading, and the Miro fake
 * sizes text items with it.
 */
export const MIRO_TEXT_LINE_HEIGHT = 1.4;

/**
 * What the panel tells the layout about a Miro board: its square sticky note (199 × 228, shadow
 * included, the height following the width: miro-sticky-size.ts), stickies that keep their size
 * (Miro fits their text inside), and the line height of its text items.
 */
export const MIRO_BOARD: BoardMetrics & { sticky: { w: number; h: number } } = {
  sticky: MIRO_STICKY_NOTE.square,
  itemsGrow: false,
  lineHeight: MIRO_TEXT_LINE_HEIGHT,
};
