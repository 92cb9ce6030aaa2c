import type { Point } from './primitive.js';

/**
 * SVG path data of a monotone cubic curve through points sorted by x (Fritsch–Carlson, the
 * algorithm of d3-shape's `curveMonotoneX`, coordinates rounded to 0.1): between two points it never
 * goes above the higher or below the lower, so the curve never shows an emotion nobody reported.
 *
 * Written here rather than imported because d3-shape ships as one pre-bundled module that bundlers
 * cannot shake (16 KB of curves and symbols in each panel for these 40 lines); a property test checks
 * that the output equals d3-shape's, point for point.
 *
 * @example monotonePath([{ x: 0, y: 10 }, { x: 100, y: 50 }]) // 'M0,10L100,50'
 */
export function monotonePath(points: readonly Point[]): string {
  const kept: Point[] = [];
  for (const point of points) {
    const last = kept[kept.length - 1];
    // Coincident points are skipped, as d3 does.
    if (!last || last.x !== point.x || last.y !== point.y) kept.push(point);
  }
  const first = kept[0];
  if (!first) return '';
  let path = `M${round(first.x)},${round(first.y)}`;
  // A lone point is a closed zero-length path, as d3 draws it (a round cap shows it as a dot).
  if (kept.length === 1) return `${path}Z`;
  if (kept.length === 2) return `${path}L${round(kept[1]!.x)},${round(kept[1]!.y)}`;

  // Tangent at each inner point from the two secants around it; the ends use a one-sided estimate.
  const tangents: number[] = new Array(kept.length).fill(0);
  for (let i = 1; i < kept.length - 1; i++) tangents[i] = innerTangent(kept[i - 1]!, kept[i]!, kept[i + 1]!);
  tangents[0] = endTangent(kept[0]!, kept[1]!, tangents[1]!);
  const n = kept.length - 1;
  tangents[n] = endTangent(kept[n - 1]!, kept[n]!, tangents[n - 1]!);

  for (let i = 0; i < n; i++) {
    const from = kept[i]!;
    const to = kept[i + 1]!;
    const dx = (to.x - from.x) / 3;
    path +=
      `C${round(from.x + dx)},${round(from.y + dx * tangents[i]!)},` +
      `${round(to.x - dx)},${round(to.y - dx * tangents[i + 1]!)},${round(to.x)},${round(to.y)}`;
  }
  return path;
}

function innerTangent(p0: Point, p1: Point, p2: Point): number {
  const h0 = p1.x - p0.x;
  const h1 = p2.x - p1.x;
  const s0 = (p1.y - p0.y) / (h0 || (h1 < 0 ? -0 : 0));
  const s1 = (p2.y - p1.y) / (h1 || (h0 < 0 ? -0 : 0));
  const p = (s0 * h1 + s1 * h0) / (h0 + h1);
  return (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
}

/** d3's `slope2`: the end tangent that makes the end segment a quadratic-like ease. */
function endTangent(a: Point, b: Point, neighbour: number): number {
  const h = b.x - a.x;
  return h ? (3 * (b.y - a.y) / h - neighbour) / 2 : neighbour;
}

function sign(value: number): number {
  return value < 0 ? -1 : 1;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
