import { describe, expect, test } from 'vitest';
import type { LayoutOptions } from '../../core/src/index.js';
import { withMeasuredSticky } from '../../ui/state/with-measured-sticky.js';

const medium: LayoutOptions = { lanes: ['actions'], stickySize: { w: 200, h: 200 }, palette: 'light', maxQuotesPerCell: 3 };

describe('withMeasuredSticky', () => {
  test.each([
    ['nothing measured: unchanged', medium, undefined, false, medium],
    ['no sticky measured: unchanged', medium, {}, false, medium],
    ['Miro as documented (199 × 228): the chosen width, the height in proportion', medium, { sticky: { w: 199, h: 228 } }, false, { ...medium, stickySize: { w: 200, h: 229 } }],
    ['Miro squares that come out square: unchanged', medium, { sticky: { w: 199, h: 199 } }, false, medium],
    ['a fixed size (FigJam) measured differently: the measured size', { ...medium, stickySize: { w: 240, h: 240 } }, { sticky: { w: 240, h: 252 } }, true, { ...medium, stickySize: { w: 240, h: 252 } }],
    ['a fixed size measured the same: unchanged', { ...medium, stickySize: { w: 240, h: 240 } }, { sticky: { w: 240, h: 240 } }, true, { ...medium, stickySize: { w: 240, h: 240 } }],
    ['a size measured as zero (a host that reports nothing): unchanged', medium, { sticky: { w: 0, h: 0 } }, false, medium],
  ] as const)('%s', (_, options, measured, fixed, wanted) => {
    expect(withMeasuredSticky(options, measured, fixed)).toEqual(wanted);
  });

  test('the options given are not changed', () => {
    const options = structuredClone(medium);
    withMeasuredSticky(options, { sticky: { w: 199, h: 228 } }, false);
    expect(options).toEqual(medium);
  });
});
