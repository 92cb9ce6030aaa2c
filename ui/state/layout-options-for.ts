import type { Journey, LayoutOptions } from '../../core/src/index.js';
import { drawableLanes } from '../../core/src/layout/resolve-lanes.js';
import type { PanelOptions } from './panel-draft.js';

const STICKY_SIZES = { small: 160, medium: 200, large: 240 } as const;

/**
 * The layout options for what the panel shows: the lanes not hidden, in the journey's order, the
 * sticky size (the host's fixed one when it has one, FigJam's 240 × 240), palette and quotes.
 *
 * @example layoutOptionsFor(journey, options, { w: 240, h: 240 }).stickySize // { w: 240, h: 240 }
 */
export function layoutOptionsFor(journey: Journey, options: PanelOptions, fixedStickySize?: { w: number; h: number }): LayoutOptions {
  const hidden = new Set(options.hiddenLanes);
  const size = STICKY_SIZES[options.stickySize];
  return {
    lanes: drawableLanes(journey).filter((lane) => !hidden.has(lane.id)).map((lane) => lane.id),
    stickySize: fixedStickySize ?? { w: size, h: size },
    palette: options.palette,
    maxQuotesPerCell: options.maxQuotes,
  };
}
