import type { Journey, Stage } from '../model/journey.js';
import type { BoxIndex } from './box-index.js';
import { cardPrimitive } from './card-primitive.js';
import type { Cells } from './collect-cells.js';
import { emotionBlockHeight, emotionLanePrimitives } from './emotion-lane.js';
import { emotionLegend } from './emotion-legend.js';
import type { EmotionSeries } from './emotion-series.js';
import { fittedTextPrimitive } from './fitted-text-primitive.js';
import type { GridPlan } from './grid-plan.js';
import { keyPart, updatedKey } from './layout-key.js';
import type { LayoutLabels } from './layout-labels.js';
import { textLineHeight, textLines, type LayoutMetrics } from './layout-metrics.js';
import { previousWavePrimitives, type PreviousWave } from './previous-wave.js';
import type { KeptEdit, Primitive } from './primitive.js';

/** Most slots one card skips to clear kept items; past it the card takes the slot (the sync plan then holds it back). */
const MAX_SKIPS = 64;

/** Everything a lane band needs to know about the map it belongs to. */
export interface LaneBandContext {
  plan: GridPlan;
  cells: Cells;
  stages: readonly Stage[];
  series: readonly EmotionSeries[];
  ranks: ReadonlyMap<string, number>;
  metrics: LayoutMetrics;
  labels: LayoutLabels;
  locale: Journey['locale'];
  /** Left edge of the map (the lane-title column). */
  x0: number;
  /** Items edited by hand the cards make room for; absent when there are none. */
  room?: KeptRoom;
  /** The previous wave of the study, drawn in the emotion lane under the score lines. */
  previous?: PreviousWave;
}

/** How the cards make room for items edited by hand that stay where they are on the board. */
export interface KeptRoom {
  /** The kept items' boxes: a card never takes a slot over one but its own. Absent: cards keep their slots. */
  avoid?: BoxIndex<KeptEdit>;
  /** Card id → key of the kept item the card is the data's version of. */
  updatedBy: ReadonlyMap<string, string>;
  /** Empty slots each cell was given (`Cells` index). */
  extra: ReadonlyMap<number, number>;
  /** Filled in: the empty slots a cell needs beyond its grid for its cards to clear the kept boxes. */
  needs: Map<number, number>;
}

/**
 * Appends one lane to `out`: its band across the map, its title on the left, the emotion curves
 * when it is the emotion lane, then each cell's cards in their grid, centred in the column, and a
 * `+N more` line under a cell that holds more than the lane shows (its `fullText` lists the
 * hidden cards, so nothing is lost). With `context.room`, a card skips every slot over an item
 * edited by hand (the slot that item holds on the board) and takes the next free one.
 *
 * @example laneBand(out, context, 0, 145) // out gets lane:actions, laneTitle:actions, card:c1, …
 */
export function laneBand(out: Primitive[], context: LaneBandContext, laneIndex: number, y: number): void {
  const { plan, cells, stages, metrics: m, labels } = context;
  const info = plan.lanes[laneIndex];
  if (!info) return;
  const { lane } = info;
  const laneId = lane.id;
  const ref = { laneId };
  const halfGap = Math.round(m.gap / 2);
  const top = y + m.bandPad;
  out.push({ kind: 'shape', shape: 'rectangle', key: `lane:${keyPart(laneId)}`, box: { x: context.x0, y, w: plan.mapW, h: info.height }, style: 'grid', text: '', ref });
  const title = fittedTextPrimitive({
    key: `laneTitle:${keyPart(laneId)}`,
    text: lane.title,
    x: context.x0 + m.pad,
    y: top,
    width: info.titleW,
    maxLines: textLines(m, 3),
    fontSize: m.fontSize,
    style: 'laneTitle',
    bold: true,
    ref,
    lineHeight: textLineHeight(m, m.fontSize),
  });
  out.push(title);

  let cardsTop = top;
  if (info.emotion) {
    out.push(...emotionLegend(lane, context.series, context.x0 + m.pad, top + title.box.h + halfGap, info.titleW, m).primitives);
    const frame = {
      lane,
      stageIds: stages.map((stage) => stage.id),
      top,
      columns: plan.columns,
      scaleX: context.x0 + m.laneTitleW - m.scaleW,
      scaleW: m.scaleW,
    };
    out.push(...emotionLanePrimitives(frame, context.series, m, context.locale, plan.scoreLines));
    if (context.previous) {
      const rowTop = top + emotionBlockHeight(m, plan.scoreLines);
      out.push(...previousWavePrimitives(frame, context.previous, m, labels, context.locale, rowTop, { x: context.x0 + m.pad, w: info.titleW }));
    }
    cardsTop = top + plan.emotionBlockH + m.gap;
  }

  for (let s = 0; s < stages.length; s++) {
    const index = s * cells.laneCount + laneIndex;
    const cell = cells.cards[index] ?? [];
    const grid = plan.grids[index];
    const stage = stages[s];
    const column = plan.columns[s];
    if (cell.length === 0 || !grid || !stage || !column) continue;
    const x = column.x + Math.floor((column.w - grid.w) / 2);
    const shown = Math.min(cell.length, info.limit);
    // On a board whose items grow, each card is as tall as its own text needs (at most the lane's item height).
    const slotBox = (slot: number, height: number) => {
      const col = slot % grid.columns;
      const row = (slot - col) / grid.columns;
      return { x: x + col * (info.item.w + m.gap), y: cardsTop + row * (info.item.h + m.gap), w: info.item.w, h: height };
    };
    const room = context.room;
    if (room === undefined) {
      for (let i = 0; i < shown; i++) {
        const card = cell[i];
        if (!card) continue;
        const fit = plan.itemFits.get(card.id);
        out.push(cardPrimitive(card, info.style, slotBox(i, fit?.h ?? info.item.h), m, labels, context.ranks.get(card.id), fit?.fontSize));
      }
    } else {
      const capacity = grid.columns * grid.rows;
      let slot = 0;
      for (let i = 0; i < shown; i++) {
        const card = cell[i];
        if (!card) continue;
        const fit = plan.itemFits.get(card.id);
        const height = fit?.h ?? info.item.h;
        const keptKey = room.updatedBy.get(card.id);
        let box = slotBox(slot, height);
        if (room.avoid) {
          const own = keptKey !== undefined ? updatedKey(keptKey) : `card:${card.id}`;
          // A few slots at most in practice; the bound only guards against a box stretched by hand.
          for (let skips = 0; skips < MAX_SKIPS && room.avoid.overlapping(box).some((kept) => kept.key !== own); skips++) box = slotBox(++slot, height);
        }
        out.push(cardPrimitive(card, info.style, box, m, labels, context.ranks.get(card.id), fit?.fontSize, keptKey));
        slot++;
      }
      if (slot > capacity) room.needs.set(index, slot - shown);
    }
    if (cell.length > shown) {
      out.push({
        kind: 'text',
        key: `more:${keyPart(laneId)}:${keyPart(stage.id)}`,
        box: { x: column.x, y: cardsTop + grid.h + (grid.h > 0 ? halfGap : 0), w: column.w, h: textLineHeight(m, m.smallFont) },
        style: 'legend',
        text: labels.more(cell.length - shown),
        fullText: cell
          .slice(shown)
          .map((card) => card.text)
          .join('\n'),
        fontSize: m.smallFont,
        align: 'center',
        ref: { stageId: stage.id, laneId },
      });
    }
  }
}
