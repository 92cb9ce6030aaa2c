import type { Journey, Lane, Stage } from '../model/journey.js';
import { LIMITS } from '../model/limits.js';
import { cardBadge } from './card-primitive.js';
import { cellGrid, type CellGrid } from './cell-grid.js';
import type { Cells } from './collect-cells.js';
import { emotionBlockHeight, emotionColumnWidth, scoreText } from './emotion-lane.js';
import { emotionLegend } from './emotion-legend.js';
import type { EmotionSeries } from './emotion-series.js';
import { textLineCount } from './fitted-text-primitive.js';
import { itemFit, type ItemFit } from './item-fit.js';
import { laneStyle, type LaneStyle } from './lane-style.js';
import type { LayoutLabels } from './layout-labels.js';
import { textLineHeight, textLines, type LayoutMetrics } from './layout-metrics.js';
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
  /** Lines of each curve's score labels (one in a picture; on a board, its longest label's). */
  scoreLines: number[];
  /** On a board whose items grow (FigJam): each shown card's font and height, by card id. */
  itemFits: Map<string, ItemFit>;
}

/** The room a layout leaves for items edited by hand (`LayoutOptions.keptEdits`), as the grid needs it. */
export interface KeptSlots {
  /** Empty slots each cell gets on top of its cards (`Cells` index). */
  extra: ReadonlyMap<number, number>;
  /** Card id → key of the kept item the card is the data's version of: its text starts with the mark line. */
  updatedBy: ReadonlyMap<string, string>;
}

/** What the grid needs to know of the journey beyond its cells: card badges and score labels. */
export interface GridWords {
  labels: LayoutLabels;
  ranks: ReadonlyMap<string, number>;
  locale: Journey['locale'];
  /** Height of a row under the emotion plot (the previous wave's badges), when there is one. */
  emotionRowH?: number;
}

/**
 * Sizes the grid in one pass over the cells: each cell's cards in a small grid, each stage column
 * as wide as its widest cell (at least a sticky, and enough for the emotion points side by side),
 * each lane as tall as its tallest cell (at least one card, and enough for its title and legend).
 * On a board whose items grow with their text, a lane's cards are as tall as its tallest card needs
 * (`itemFit`); on a board, score labels take as many lines as their text wraps to.
 * `kept` makes room for items edited by hand: `extra` gives cells empty slots on top of their
 * cards, and a card drawn as the data's version of a kept item (`updatedBy`) is fitted with its
 * "Updated from data" line.
 *
 * @example planGrid(stages, lanes, cells, series, metrics, 100, 32, words).columns[0] // { x: 268, w: 200 }
 */
export function planGrid(
  stages: readonly Stage[],
  lanes: readonly Lane[],
  cells: Cells,
  series: readonly EmotionSeries[],
  metrics: LayoutMetrics,
  maxQuotesPerCell: number,
  x0: number,
  words: GridWords,
  kept?: KeptSlots,
): GridPlan {
  const { gap, pad, bandPad } = metrics;
  const moreLine = textLineHeight(metrics, metrics.smallFont);
  const halfGap = Math.round(gap / 2);
  const grids: CellGrid[] = new Array<CellGrid>(cells.cards.length);
  const widths = stages.map(() => Math.max(metrics.sticky.w, emotionColumnWidth(metrics, series.length)));
  const itemFits = new Map<string, ItemFit>();
  // The emotion lane's height waits for the column widths its score labels wrap to (on a board).
  const plans = lanes.map((lane, l): LanePlan & { content: number } => {
    const style = laneStyle(lane.kind);
    const limit = lane.kind === 'thoughts' ? maxQuotesPerCell : LIMITS.cardsPerCell;
    const item = { w: metrics.sticky.w, h: style.item === 'card' ? metrics.cardH : metrics.sticky.h };
    if (metrics.itemsGrow) item.h = growItems(cells, l, stages.length, limit, item, style, metrics, words, itemFits, kept?.updatedBy);
    const emotion = lane.kind === 'emotions';
    const titleW = metrics.laneTitleW - 2 * pad - (emotion ? metrics.scaleW : 0);
    let content = emotion ? 0 : item.h;
    for (let s = 0; s < stages.length; s++) {
      const index = s * cells.laneCount + l;
      const count = cells.cards[index]?.length ?? 0;
      const shown = Math.min(count, limit);
      const grid = cellGrid(shown > 0 ? shown + (kept?.extra.get(index) ?? 0) : 0, item, gap, metrics.maxColumns);
      grids[index] = grid;
      const cellH = grid.h + (count > limit ? halfGap + moreLine : 0);
      content = Math.max(content, emotion ? (cellH > 0 ? gap + cellH : 0) : cellH);
      widths[s] = Math.max(widths[s] ?? 0, grid.w);
    }
    const titleLines = textLineCount(lane.title, { width: titleW, maxLines: textLines(metrics, 3), fontSize: metrics.fontSize, bold: true });
    const legendH = emotion ? emotionLegend(lane, series, 0, 0, titleW, metrics).h : 0;
    const left = titleLines * textLineHeight(metrics, metrics.fontSize) + (legendH > 0 ? halfGap + legendH : 0);
    return { lane, style, item, limit, emotion, titleW, height: left, content };
  });
  const scoreLines = series.map((one) => {
    if (!metrics.board) return 1;
    let lines = 1;
    one.byStage.forEach((emotion, s) => {
      if (emotion) lines = Math.max(lines, textLineCount(scoreText(emotion, words.locale), { width: widths[s] ?? 0, maxLines: Infinity, fontSize: metrics.smallFont, bold: true }));
    });
    return lines;
  });
  const emotionBlockH = emotionBlockHeight(metrics, scoreLines) + (words.emotionRowH ?? 0);
  const lanePlans = plans.map(({ content, ...plan }): LanePlan => ({
    ...plan,
    height: 2 * bandPad + Math.max(plan.emotion ? emotionBlockH + content : content, plan.height),
  }));
  const columns: Column[] = [];
  let cursor = x0 + metrics.laneTitleW + gap;
  for (const w of widths) {
    columns.push({ x: cursor, w });
    cursor += w + gap;
  }
  const mapW = stages.length > 0 ? cursor - gap - x0 : metrics.laneTitleW;
  return { lanes: lanePlans, grids, columns, mapW, emotionBlockH, scoreLines, itemFits };
}

/**
 * On a board that grows items with their text: fits each shown card of lane `l` (`itemFit` over the
 * text the board will show, count or badge line included, and the "Updated from data" line of a
 * card in `updatedBy`), records it in `fits`, and returns the lane's card height, the tallest card's.
 */
function growItems(
  cells: Cells,
  l: number,
  stageCount: number,
  limit: number,
  item: { w: number; h: number },
  style: LaneStyle,
  metrics: LayoutMetrics,
  words: GridWords,
  fits: Map<string, ItemFit>,
  updatedBy: ReadonlyMap<string, string> | undefined,
): number {
  let h = item.h;
  for (let s = 0; s < stageCount; s++) {
    const cell = cells.cards[s * cells.laneCount + l] ?? [];
    for (let i = 0; i < Math.min(cell.length, limit); i++) {
      const card = cell[i];
      if (!card) continue;
      // The text as the board will show it (`boardText`), in its parts: each starts a line.
      const count = card.count !== undefined && card.count > 1 ? card.count : undefined;
      const badge = style.item === 'card' ? cardBadge(card, words.labels, words.ranks.get(card.id)) : undefined;
      // The data's version of a kept item starts its text with the mark line (`cardPrimitive`).
      const text = updatedBy?.has(card.id) === true ? [words.labels.updatedFromData, card.text] : [card.text];
      const parts = badge !== undefined ? [badge, ...text] : count !== undefined && style.item === 'sticky' ? [...text, `×${count}`] : text;
      const fit = itemFit(parts, item, metrics);
      fits.set(card.id, fit);
      h = Math.max(h, fit.h);
    }
  }
  return h;
}
