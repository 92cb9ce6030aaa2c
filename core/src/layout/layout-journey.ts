import type { Journey } from '../model/journey.js';
import { LIMITS } from '../model/limits.js';
import { boxIndex } from './box-index.js';
import { collectCells } from './collect-cells.js';
import { focusCells } from './focus-cells.js';
import { analyzeJourney } from '../insight/analyze-journey.js';
import { emotionSeries } from './emotion-series.js';
import { evidenceLegendLines, stageBadges, withEvidence } from './evidence-marks.js';
import { fittedTextPrimitive } from './fitted-text-primitive.js';
import { planGrid } from './grid-plan.js';
import { laneBand, type KeptRoom } from './lane-band.js';
import { layoutLabels } from './layout-labels.js';
import { layoutMetrics, textLineHeight, textLines } from './layout-metrics.js';
import { personaPanel } from './persona-panel.js';
import { phaseBand } from './phase-band.js';
import { previousWaveRowHeight, withPreviousWave } from './previous-wave.js';
import type { Layout, LayoutOptions, Primitive } from './primitive.js';
import { rankOpportunities } from './rank-opportunities.js';
import { resolveLanes } from './resolve-lanes.js';
import { stageHeaders } from './stage-headers.js';

/**
 * Lays a journey out as a map: one frame titled with the journey, the title and description, the
 * persona band, the phase band, stage headers, then one band per lane with the lane title on the
 * left and, per stage, the cell's cards in a small grid (the emotion lane draws the curves).
 * Columns are as wide as their widest cell, rows as tall as their tallest. Every primitive holds
 * its text as the data writes it; boxes are sized from the lines it wraps to (capped in a picture,
 * whole on a `board`), and the renderers or the board wrap it again. Pure and deterministic,
 * linear in the number of cards: data in, new objects out, nothing mutated. Cells holding more than
 * `LIMITS.cardsPerCell` cards (or `maxQuotesPerCell` quotes) end with a `+N more` text whose
 * `fullText` lists the hidden cards; so do cells thinned out by `topPerCell` or `minCount`
 * (`focusCells`). Items edited by hand that stay on the board
 * (`options.keptEdits`) keep their slots: no card is laid out over one, and the data's version of
 * an edited card goes beside it, marked as updated from the data.
 *
 * @example layoutJourney(journey, { stickySize: { w: 240, h: 240 } }).primitives[0].kind // 'frame'
 */
export function layoutJourney(journey: Journey, options: LayoutOptions = {}): Layout {
  const kept = options.keptEdits ?? [];
  if (kept.length === 0) return layoutWith(journey, options);
  // Items edited by hand stay where they are: cells give their cards other slots, which may widen
  // columns and shift the map, so the layout is redone until every card clears them (a few rounds
  // at most); past that the cards keep their usual slots and the sync plan holds back whatever
  // would cover a kept item.
  const avoid = boxIndex(kept, (edit) => edit.box);
  const updatedBy = new Map<string, string>();
  for (const edit of kept) {
    if (edit.updatedBy !== undefined && !updatedBy.has(edit.updatedBy)) updatedBy.set(edit.updatedBy, edit.key);
  }
  const extra = new Map<number, number>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const room: KeptRoom = { avoid, updatedBy, extra, needs: new Map() };
    const layout = layoutWith(journey, options, room);
    if (room.needs.size === 0) return layout;
    for (const [cell, need] of room.needs) extra.set(cell, Math.max(extra.get(cell) ?? 0, need));
  }
  return layoutWith(journey, options, { updatedBy, extra: new Map(), needs: new Map() });
}

/** Rounds of `layoutJourney` making room for kept items before it gives up on it. */
const MAX_ROUNDS = 6;

function layoutWith(data: Journey, options: LayoutOptions, room?: KeptRoom): Layout {
  const metrics = layoutMetrics(options);
  const { gap, margin } = metrics;
  const halfGap = Math.round(gap / 2);
  const labels = layoutLabels(data.locale);
  const previous = options.previous;
  const journey = previous ? withPreviousWave(data, previous, labels) : data;
  const lanes = resolveLanes(journey, options.lanes);
  const stages = journey.stages;
  const stageIndex = new Map(stages.map((stage, index) => [stage.id, index]));
  const ranks = rankOpportunities(journey.cards, new Set(lanes.filter((lane) => lane.kind === 'opportunities').map((lane) => lane.id)));
  const cells = focusCells(collectCells(journey, stages, lanes, ranks), lanes, options);
  // What the data says about itself (PRODUCT.md §9): thin evidence and moments of truth are marked.
  // Read from the data alone: a removed stage or a resolved pain of the previous wave is no thin evidence of this one.
  const insights = analyzeJourney(data, options.minEvidence !== undefined ? { minEvidence: options.minEvidence } : {});
  const series = lanes.some((lane) => lane.kind === 'emotions') ? withEvidence(emotionSeries(journey, stageIndex, labels.overall), insights, stages) : [];
  const legendNotes = evidenceLegendLines(series, journey.locale, insights.minEvidence);
  const quotes = options.maxQuotesPerCell;
  const maxQuotes = quotes !== undefined && Number.isFinite(quotes) ? Math.max(0, Math.min(LIMITS.cardsPerCell, Math.floor(quotes))) : LIMITS.cardsPerCell;
  const x0 = margin;
  const emotionRowH = previous ? previousWaveRowHeight(metrics, labels, metrics.laneTitleW - 2 * metrics.pad - metrics.scaleW) : undefined;
  const plan = planGrid(stages, lanes, cells, series, metrics, maxQuotes, x0, { labels, ranks, locale: journey.locale, legendNotes, ...(emotionRowH !== undefined && { emotionRowH }) }, room);
  const { mapW } = plan;

  const primitives: Primitive[] = [{ kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: 0, h: 0 }, style: 'frame', text: journey.title }];
  // `bottom` is the lowest edge drawn so far; each block starts a gap below it.
  const title = fittedTextPrimitive({ key: 'title', text: journey.title, x: x0, y: margin, width: mapW, maxLines: textLines(metrics, 2), fontSize: metrics.titleFont, style: 'title', bold: true, lineHeight: textLineHeight(metrics, metrics.titleFont) });
  primitives.push(title);
  let bottom = title.box.y + title.box.h;
  const description = journey.description?.trim() ?? '';
  if (description !== '') {
    const text = fittedTextPrimitive({ key: 'description', text: description, x: x0, y: bottom + halfGap, width: mapW, maxLines: textLines(metrics, 3), fontSize: metrics.fontSize, style: 'legend', lineHeight: textLineHeight(metrics, metrics.fontSize) });
    primitives.push(text);
    bottom = text.box.y + text.box.h;
  }

  let y = bottom + gap;
  const panel = options.personaPanel === false ? { primitives: [], w: 0, h: 0 } : personaPanel(journey, x0, y, mapW, metrics, labels);
  primitives.push(...panel.primitives);
  if (panel.h > 0) {
    bottom = y + panel.h;
    y = bottom + gap;
  }
  const phases = phaseBand(stages, plan.columns, y, metrics, labels);
  primitives.push(...phases.primitives);
  if (phases.h > 0) {
    bottom = y + phases.h;
    y = bottom + halfGap;
  }
  const headers = stageHeaders(stages, plan.columns, y, metrics);
  primitives.push(...headers.primitives);
  if (headers.h > 0) {
    bottom = y + headers.h;
    y = bottom + halfGap;
  }
  const badges = stageBadges(stages, plan.columns, y, metrics, insights, journey.locale);
  primitives.push(...badges.primitives);
  if (badges.h > 0) {
    bottom = y + badges.h;
    y = bottom + halfGap;
  }

  const context = { plan, cells, stages, series, ranks, metrics, labels, locale: journey.locale, legendNotes, x0, ...(room ? { room } : {}), ...(previous ? { previous } : {}) };
  plan.lanes.forEach((lane, index) => {
    laneBand(primitives, context, index, y);
    bottom = y + lane.height;
    y = bottom + halfGap;
  });

  const bounds = { x: 0, y: 0, w: Math.max(mapW, panel.w) + 2 * margin, h: bottom + margin };
  primitives[0] = { kind: 'frame', key: 'frame', box: bounds, style: 'frame', text: journey.title };
  return { journeyId: journey.id, title: journey.title, primitives, bounds, palette: options.palette ?? 'light' };
}
