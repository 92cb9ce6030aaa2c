import type { Box } from '../../core/src/index.js';

/**
 * Miro's sticky notes at their default width, shadow included: a square one is 199 wide and 228
 * high, a rectangle one 350 × 228. An app sets the width or the height, never both, and Miro scales
 * the other to keep these proportions. Source: Miro Web SDK reference, Sticky note, `width`,
 * `height` and `shape` (https://developers.miro.com/docs/websdk-reference-sticky-note).
 */
export const MIRO_STICKY_NOTE = {
  square: { w: 199, h: 228 },
  rectangle: { w: 350, h: 228 },
} as const;

/**
 * The width to send for a sticky note of `shape` placed in `box`, and the height Miro will give it:
 * the largest note of Miro's proportions, a whole number of dp wide, that fits the box (a box laid
 * out at those proportions, 199 × 228, is filled exactly; any other box holds the note without
 * overflowing it).
 *
 * @example miroStickySize({ x: 0, y: 0, w: 199, h: 228 }, 'square') // { width: 199, height: 228 }
 */
export function miroStickySize(box: Pick<Box, 'w' | 'h'>, shape: keyof typeof MIRO_STICKY_NOTE): { width: number; height: number } {
  const note = MIRO_STICKY_NOTE[shape];
  // The epsilon keeps 228 × 199 / 228 at 199 despite floating point.
  const width = Math.min(box.w, Math.floor((box.h * note.w) / note.h + 1e-9));
  return { width, height: (width * note.h) / note.w };
}
