/**
 * Reads back the SVG path data `monotonePath` writes (absolute `M`, `L` and `C` commands) and samples
 * each segment, so a test can check where the drawn curve really goes.
 */
import type { Point } from '../../core/src/layout/primitive.js';

export interface PathSegment {
  from: Point;
  to: Point;
  /** Points along the segment, ends included. */
  samples: Point[];
}

export function samplePath(path: string, steps = 50): PathSegment[] {
  const tokens = path.match(/[MLC]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const segments: PathSegment[] = [];
  let current: Point = { x: 0, y: 0 };
  let index = 0;
  const number = () => Number(tokens[index++]);
  while (index < tokens.length) {
    const command = tokens[index++];
    if (command === 'M') {
      current = { x: number(), y: number() };
    } else if (command === 'L') {
      const to = { x: number(), y: number() };
      const samples = Array.from({ length: steps + 1 }, (_, i) => ({ x: current.x + ((to.x - current.x) * i) / steps, y: current.y + ((to.y - current.y) * i) / steps }));
      segments.push({ from: current, to, samples });
      current = to;
    } else if (command === 'C') {
      const c1 = { x: number(), y: number() };
      const c2 = { x: number(), y: number() };
      const to = { x: number(), y: number() };
      const from = current;
      const samples = Array.from({ length: steps + 1 }, (_, i) => {
        const t = i / steps;
        const u = 1 - t;
        return {
          x: u * u * u * from.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * to.x,
          y: u * u * u * from.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * to.y,
        };
      });
      segments.push({ from, to, samples });
      current = to;
    } else {
      throw new Error(`unexpected path command ${command}`);
    }
  }
  return segments;
}
