import { curveMonotoneX, line } from 'd3-shape';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monotonePath } from '../../core/src/layout/monotone-path.js';
import type { Point } from '../../core/src/index.js';

// d3-shape is the reference implementation of the curve; core carries its own copy to stay small.
const d3Path = line<Point>()
  .x((point) => point.x)
  .y((point) => point.y)
  .curve(curveMonotoneX)
  .digits(1);

const coordinate = fc.integer({ min: -5000, max: 5000 }).map((tenths) => tenths / 10);

describe('monotonePath', () => {
  it.each([
    ['no point', [], ''],
    ['one point', [{ x: 3, y: 4 }], 'M3,4Z'],
    ['two points', [{ x: 0, y: 10 }, { x: 100, y: 50 }], 'M0,10L100,50'],
  ])('draws %s as d3 does', (_name, points, expected) => {
    expect(monotonePath(points)).toBe(expected);
  });

  it('equals d3-shape curveMonotoneX for any points sorted by x', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: coordinate, y: coordinate }), { maxLength: 30 }), (points) => {
        const sorted = [...points].sort((a, b) => a.x - b.x);
        expect(monotonePath(sorted)).toBe(d3Path(sorted) ?? '');
      }),
      { numRuns: 500 },
    );
  });

  it('equals d3-shape when points repeat or share an x', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 0, y: 0 },
      { x: 10, y: 5 },
      { x: 10, y: 8 },
      { x: 20, y: -3 },
      { x: 30, y: -3 },
    ];
    expect(monotonePath(points)).toBe(d3Path(points));
  });
});
