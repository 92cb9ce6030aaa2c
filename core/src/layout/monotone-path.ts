import { curveMonotoneX, line } from 'd3-shape';
import type { Point } from './primitive.js';

const monotoneLine = line<Point>()
  .x((point) => point.x)
  .y((point) => point.y)
  .curve(curveMonotoneX)
  .digits(1);

/**
 * SVG path data of a monotone cubic curve through points sorted by x (d3-shape's `curveMonotoneX`,
 * Fritsch–Carlson): between two points it never goes above the higher or below the lower, so the
 * curve never shows an emotion nobody reported. Pure: d3-shape builds the string, no DOM.
 *
 * @example monotonePath([{ x: 0, y: 10 }, { x: 100, y: 50 }]) // 'M0,10L100,50'
 */
export function monotonePath(points: readonly Point[]): string {
  return monotoneLine(points as Point[]) ?? '';
}
