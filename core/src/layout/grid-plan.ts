import type { Lane, Stage } from '../model/journey.js';
import { LIMITS } from '../model/limits.js';
import { cellGrid, type CellGrid } from './cell-grid.js';
import type { Cells } from './collect-cells.js';
import { emotionBlockHeight, emotionColumnWidth } from './emotion-lane.js';
import { emotionLegend } from './emotion-legend.js';
import type { EmotionSeries } from './emotion-series.js';
import { fitText } from './fit-text.js';
import { laneStyle, type LaneStyle } from './lane-style.js';
import type { LayoutMetrics } from './layout-metrics.js';
import type { Column } from './stage-headers.js';

/** How one lane is drawn: its cards' look and size, its title column, its height. */
export interface LanePlan {
  lane: Lane;
  style: LaneStyle;
  item: { w: number; h: number };
  /** Most cards shown per cell; the rest are summarised. */
  limit: number;
  emotion: boolean;
  /** Width of the lane title (the emotion lane keeps room for its scale). */
  titleW: number;
  height: number;
}

/** The grid of the map: lanes, the card grid of every cell, the stage columns. */
export interface GridPlan {
  lanes: LanePlan[];
  /** `grids[stageIndex * laneCount + laneIndex]`, like `Cells.cards`. */
  grids: CellGrid[];
  columns: Column[];
  /** Width of the lane-title column plus the stage columns. */
  mapW: number;
  /** Height of the emotion plot and its score lines. */
  emotionBlockH: number;
}

/**
 * Sizes the grid in one pass over the cells: each cell's cards in a small grid, each stage column
 * as wide as its widest cell (at least a sticky, and enough for the emotion points side by side),
 * each lane as tall as its tallest cell (at least one card, and enough for its title and legend).
 * `extra` gives cells empty slots on top of their cards: room left for items edited by hand.
 *
 * @example planGrid(stages, lanes, cells, series, metrics, 100, 32).columns[0] // { x: 268, w: 200 }
 */
export function planGrid(
  stages: readonly Stage[],
  lanes: readonly Lane[],
  cells: Cells,
  series: readonly EmotionSeries[],
  metrics: LayoutMetrics,
  maxQuotesPerCell: number,
  x0: number,
  extra?: ReadonlyMap<number, number>,
): GridPlan {
  const { gap, pad, bandPad, smallLine } = metrics;
  const halfGap = Math.round(gap / 2);
  const emotionBlockH = emotionBlockHeight(metrics, series.length);
  const grids: CellGrid[] = new Array<CellGrid>(cells.cards.length);
  const widths = stages.map(() => Math.max(metrics.sticky.w, emotionColumnWidth(metrics, series.length)));
  const plans = lanes.map((lane, l): LanePlan => {
    const style = laneStyle(lane.kind);
    const item = { w: metrics.sticky.w, h: style.item === 'card' ? metrics.cardH : metrics.sticky.h };
    const limit = lane.kind === 'thoughts' ? maxQuotesPerCell : LIMITS.cardsPerCell;
    const emotion = lane.kind === 'emotions';
    const titleW = metrics.laneTitleW - 2 * pad - (emotion ? metrics.scaleW : 0);
    let content = emotion ? emotionBlockH : item.h;
    for (let s = 0; s < stages.length; s++) {
      const index = s * cells.laneCount + l;
      const count = cells.cards[index]?.length ?? 0;
      const shown = Math.min(count, limit);
      const grid = cellGrid(shown > 0 ? shown + (extra?.get(index) ?? 0) : 0, item, gap, metrics.maxColumns);
      grids[index] = grid;
      const cellH = grid.h + (count > limit ? halfGap + smallLine : 0);
      content = Math.max(content, emotion ? emotionBlockH + (cellH > 0 ? gap + cellH : 0) : cellH);
      widths[s] = Math.max(widths[s] ?? 0, grid.w);
    }
    const titleLines = fitText(lane.title, { width: titleW, maxLines: 3, fontSize: metrics.fontSize, bold: true }).lines.length;
    const legendH = emotion ? emotionLegend(lane, series, 0, 0, titleW, metrics).h : 0;
    const left = titleLines * metrics.lineHeight + (legendH > 0 ? halfGap + legendH : 0);
    return { lane, style, item, limit, emotion, titleW, height: 2 * bandPad + Math.max(content, left) };
  });
  const columns: Column[] = [];
  let cursor = x0 + metrics.laneTitleW + gap;
  for (const w of widths) {
    columns.push({ x: cursor, w });
    cursor += w + gap;
  }
  const mapW = stages.length > 0 ? cursor - gap - x0 : metrics.laneTitleW;
  return { lanes: plans, grids, columns, mapW, emotionBlockH };
}
