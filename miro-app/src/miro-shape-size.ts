import type { Primitive, ShapePrimitive } from '../../core/src/index.js';

/** Width of a min–max whisker on Miro (board units): a thin line, like the SVG's 2 px stroke. */
export const WHISKER_WIDTH = 4;

/**
 * Whether a shape is an emotion lane's min–max whisker: the layout gives it a point-wide pill box
 * spanning the range plus a point's radius at each end (renderers draw a thin line inside it).
 *
 * @example isEmotionWhisker({ kind: 'shape', shape: 'pill', style: 'persona0', … }) // true
 */
export function isEmotionWhisker(primitive: Primitive): boolean {
  return primitive.kind === 'shape' && primitive.shape === 'pill' && /^persona\d+$/.test(primitive.style);
}

/**
 * The size of the Miro shape drawn for a shape primitive, centred on its box: its box, except a
 * whisker, which is a `WHISKER_WIDTH` line from the max to the min (the box less a point's radius
 * at each end, as in the SVG). Reading the board back uses the same sizes, so an untouched whisker
 * compares equal to its primitive and a re-sync leaves it alone.
 *
 * @example miroShapeSize(whisker) // { width: 4, height: 80 } for a 28 × 108 whisker box
 */
export function miroShapeSize(primitive: ShapePrimitive): { width: number; height: number } {
  const { w, h } = primitive.box;
  if (!isEmotionWhisker(primitive)) return { width: w, height: h };
  return { width: Math.min(WHISKER_WIDTH, w), height: Math.max(WHISKER_WIDTH, h - w) };
}
