import type { LayoutOptions } from '../../core/src/index.js';
import type { MeasuredMetrics } from './board-check.js';

/**
 * Layout options for the sticky size "Check this board" measured on the board, where it differs
 * from the one assumed. On a host whose sticky size is fixed (FigJam) the measured size replaces it;
 * on a host where a sticky's height follows its width (Miro: "set width or height, the other
 * follows", developers.miro.com/docs/websdk-reference-sticky-note) the width chosen is kept and the
 * height takes the measured proportion. Nothing measured: the options unchanged.
 *
 * @example withMeasuredSticky({ stickySize: { w: 200, h: 200 } }, { sticky: { w: 199, h: 228 } }, false).stickySize // { w: 200, h: 229 }
 */
export function withMeasuredSticky(options: LayoutOptions, measured: MeasuredMetrics | undefined, fixedSize: boolean): LayoutOptions {
  const sticky = measured?.sticky;
  if (!sticky || !(sticky.w > 0 && sticky.h > 0) || !options.stickySize) return options;
  if (fixedSize) return { ...options, stickySize: { w: sticky.w, h: sticky.h } };
  const { w } = options.stickySize;
  return { ...options, stickySize: { w, h: Math.round((w * sticky.h) / sticky.w) } };
}
