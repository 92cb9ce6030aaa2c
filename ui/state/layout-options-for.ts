import { type BoardMetrics, drawableLanes, type Journey, type LayoutOptions } from '../../core/src/index.js';
import type { PanelHost } from '../panel-host.js';
import type { PanelOptions } from './panel-draft.js';

/** Square stickies when the host says nothing of its own. */
const STICKY_SIZES = { small: 160, medium: 200, large: 240 } as const;
/** How the user's size scales the host's own sticky note (medium is the host's default). */
const STICKY_SCALES = { small: 0.8, medium: 1, large: 1.2 } as const;

/**
 * The layout options for what the panel shows: the lanes not hidden, in the journey's order, the
 * sticky size, palette, quotes and focus (cards per cell, said by at least N). With a host, the map is laid out for its board: the host's fixed
 * sticky (FigJam's 240 × 240) or its own sticky note scaled by the user's size (Miro's 199 × 228,
 * the height rounded up so the note Miro scales from the width fits), and its `BoardMetrics`.
 * Without one: a picture, with square stickies.
 *
 * @example layoutOptionsFor(journey, options, { board: MIRO_BOARD }).stickySize // { w: 199, h: 228 } at medium
 */
export function layoutOptionsFor(journey: Journey, options: PanelOptions, host?: Pick<PanelHost, 'fixedStickySize' | 'board'>): LayoutOptions {
  const hidden = new Set(options.hiddenLanes);
  return {
    lanes: drawableLanes(journey).filter((lane) => !hidden.has(lane.id)).map((lane) => lane.id),
    stickySize: host?.fixedStickySize ?? stickySize(options.stickySize, host?.board?.sticky),
    palette: options.palette,
    maxQuotesPerCell: options.maxQuotes,
    ...(options.topPerCell !== undefined && { topPerCell: options.topPerCell }),
    ...(options.minCount !== undefined && { minCount: options.minCount }),
    ...(options.minEvidence !== undefined && { minEvidence: options.minEvidence }),
    ...(host && { board: boardMetrics(host.board) }),
  };
}

/** The board part of a host's board description (a host that says nothing: items keep their size, our line height). */
function boardMetrics(board: PanelHost['board']): BoardMetrics {
  return board?.lineHeight !== undefined ? { itemsGrow: board.itemsGrow, lineHeight: board.lineHeight } : { itemsGrow: board?.itemsGrow === true };
}

function stickySize(size: PanelOptions['stickySize'], note: { w: number; h: number } | undefined): { w: number; h: number } {
  if (!note) return { w: STICKY_SIZES[size], h: STICKY_SIZES[size] };
  const w = Math.round(note.w * STICKY_SCALES[size]);
  return { w, h: Math.ceil((w * note.h) / note.w - 1e-9) };
}
