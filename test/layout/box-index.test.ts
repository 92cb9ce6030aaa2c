import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxIndex } from '../../core/src/layout/box-index.js';
import type { Box } from '../../core/src/layout/primitive.js';

const box = (x: number, y: number, w = 100, h = 100): Box => ({ x, y, w, h });

describe('boxIndex', () => {
  it('finds the boxes a query overlaps, in the order given, each once, across buckets', () => {
    const items = [box(0, 0), box(500, 0, 100, 600), box(2000, 2000), box(90, 90)];
    expect(boxIndex(items, (item) => item).overlapping(box(50, 50, 500, 50))).toEqual([items[0], items[1], items[3]]);
  });

  it('counts touching edges as no overlap', () => {
    expect(boxIndex([box(0, 0)], (item) => item).overlapping(box(100, 0))).toEqual([]);
    expect(boxesOverlap(box(0, 0), box(0, 100))).toBe(false);
  });

  it('leaves out boxes that are not finite, and answers nothing to such a query', () => {
    const index = boxIndex([box(Number.NaN, 0), box(0, 0, Number.POSITIVE_INFINITY, 10), box(0, 0)], (item) => item);
    expect(index.size).toBe(1);
    expect(index.overlapping(box(Number.NaN, 0))).toEqual([]);
  });

  it('finds boxes as large as a map and answers queries as large as a map', () => {
    const huge = box(-1e6, -1e6, 2e6, 2e6);
    const index = boxIndex([box(5000, 5000), huge], (item) => item);
    expect(index.overlapping(box(-400_000, 300_000))).toEqual([huge]);
    expect(index.overlapping(box(-1e5, -1e5, 2e5, 2e5))).toEqual([box(5000, 5000), huge]);
  });

  it('answers as a scan of every box would, for any boxes and queries', () => {
    const anyBox = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), w: fc.integer({ min: 0, max: 3000 }), h: fc.integer({ min: 0, max: 3000 }) });
    fc.assert(
      fc.property(fc.array(anyBox, { maxLength: 30 }), anyBox, (items, query) => {
        expect(boxIndex(items, (item) => item).overlapping(query)).toEqual(items.filter((item) => boxesOverlap(item, query)));
      }),
      { numRuns: 300 },
    );
  });
});
