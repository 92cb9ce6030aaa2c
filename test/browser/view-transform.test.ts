import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitView, MAX_ZOOM, MIN_ZOOM, unionBox, visibleRect, zoomAt } from '../../playground/src/view-transform.js';

describe('fitView', () => {
  it('shows a map larger than the screen whole and centred', () => {
    expect(fitView({ x: 0, y: 0, w: 1000, h: 500 }, { w: 600, h: 400 }, 50)).toEqual({ k: 0.5, x: 50, y: 75 });
  });

  it('never zooms a small map in past 100 %', () => {
    expect(fitView({ x: 100, y: 100, w: 200, h: 100 }, { w: 1000, h: 800 }, 50)).toEqual({ k: 1, x: 300, y: 250 });
  });

  it('keeps to the smallest zoom for a huge map', () => {
    expect(fitView({ x: 0, y: 0, w: 1e7, h: 1e7 }, { w: 800, h: 600 }).k).toBe(MIN_ZOOM);
  });
});

describe('zoomAt', () => {
  it('doubles the zoom around the pointer', () => {
    expect(zoomAt({ x: 0, y: 0, k: 1 }, { x: 100, y: 0 }, 2)).toEqual({ x: -100, y: 0, k: 2 });
  });

  it('stops at the largest zoom', () => {
    expect(zoomAt({ x: 0, y: 0, k: 3 }, { x: 0, y: 0 }, 10).k).toBe(MAX_ZOOM);
  });

  it('keeps the board point under the pointer where it is', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.double({ min: -1e4, max: 1e4, noNaN: true }), y: fc.double({ min: -1e4, max: 1e4, noNaN: true }), k: fc.double({ min: 0.05, max: 3, noNaN: true }) }),
        fc.record({ x: fc.double({ min: 0, max: 2000, noNaN: true }), y: fc.double({ min: 0, max: 2000, noNaN: true }) }),
        fc.double({ min: 0.5, max: 1.5, noNaN: true }),
        (view, at, factor) => {
          const next = zoomAt(view, at, factor);
          const before = { x: (at.x - view.x) / view.k, y: (at.y - view.y) / view.k };
          const after = { x: (at.x - next.x) / next.k, y: (at.y - next.y) / next.k };
          expect(after.x).toBeCloseTo(before.x, 6);
          expect(after.y).toBeCloseTo(before.y, 6);
        },
      ),
    );
  });
});

describe('visibleRect', () => {
  it('is the board rectangle the screen shows', () => {
    expect(visibleRect({ x: 50, y: 75, k: 0.5 }, { w: 600, h: 400 })).toEqual({ x: -100, y: -150, width: 1200, height: 800 });
  });
});

describe('unionBox', () => {
  it('holds every box', () => {
    expect(unionBox([{ x: 0, y: 10, w: 5, h: 5 }, { x: -3, y: 12, w: 1, h: 20 }])).toEqual({ x: -3, y: 10, w: 8, h: 22 });
  });

  it('is undefined for no box', () => {
    expect(unionBox([])).toBeUndefined();
  });
});
