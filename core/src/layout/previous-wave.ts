import type { JourneyComparison } from '../compare/journey-comparison.js';
import { normalizeKey } from '../import/names/normalize-key.js';
import { stableId } from '../model/stable-id.js';
import type { Card, Journey } from '../model/journey.js';
import type { EmotionLaneFrame } from './emotion-lane.js';
import { fittedTextPrimitive, textLineCount } from './fitted-text-primitive.js';
import { formatDelta } from './format-delta.js';
import { keyPart } from './layout-key.js';
import type { LayoutLabels } from './layout-labels.js';
import { textLineHeight, type LayoutMetrics } from './layout-metrics.js';
import { monotonePath } from './monotone-path.js';
import type { PreviousWave } from './previous-wave-data.js';
import type { Point, Primitive } from './primitive.js';

export type { PreviousWave } from './previous-wave-data.js';

/**
 * What a map of `journey` (the new wave) needs of a comparison with the previous wave
 * (`compareJourneys(previous, journey)`): its stages by id, its new pain cards, the resolved pains
 * of stages it still has. Stages of the previous wave only have no column to be drawn in.
 *
 * @example previousWave(wave2, compareJourneys(wave1, wave2)).stages[0] // { stageId: 'stage-…', score: -0.38, delta: 0.82, significant: true }
 */
export function previousWave(journey: Journey, comparison: JourneyComparison): PreviousWave {
  const stageIds = new Map(journey.stages.map((stage) => [stage.name, stage.id]));
  const stages: PreviousWave['stages'] = [];
  for (const stage of comparison.stages) {
    const stageId = stage.after ? stageIds.get(stage.stage) : undefined;
    if (stageId === undefined) continue;
    const one: PreviousWave['stages'][number] = { stageId, significant: stage.significant };
    if (stage.before) one.score = stage.before.score;
    if (stage.delta !== undefined) one.delta = stage.delta;
    stages.push(one);
  }
  const added = new Set(comparison.pains.added.map((pain) => `${stageIds.get(pain.stage) ?? ''}|${normalizeKey(pain.text)}`));
  const painLanes = new Set(journey.lanes.filter((lane) => lane.kind === 'painPoints').map((lane) => lane.id));
  const newPains = journey.cards.filter((card) => painLanes.has(card.laneId) && added.has(`${card.stageId}|${normalizeKey(card.text)}`)).map((card) => card.id);
  const resolvedPains: PreviousWave['resolvedPains'] = [];
  for (const pain of comparison.pains.resolved) {
    const stageId = stageIds.get(pain.stage);
    if (stageId !== undefined) resolvedPains.push({ stageId, text: pain.text, count: pain.before });
  }
  return { stages, newPains, resolvedPains };
}

/**
 * The journey a map with its previous wave lays out: each new pain card's text starts with the line
 * "New", and each resolved pain comes back as a card of the stage's first pain lane whose text starts
 * with "Resolved (was ×N)", after the stage's current pains. Marks are lines of the text, as the
 * "Updated from data" mark is, so every host shows them with the items it already draws.
 *
 * @example withPreviousWave(journey, previous, layoutLabels('fr')).cards.at(-1)?.text // 'Résolu (était ×4)\nAccount creation is mandatory'
 */
export function withPreviousWave(journey: Journey, previous: PreviousWave, labels: LayoutLabels): Journey {
  const painLane = journey.lanes.find((lane) => lane.kind === 'painPoints');
  const isNew = new Set(previous.newPains);
  const cards: Card[] = journey.cards.map((card) => (isNew.has(card.id) ? { ...card, text: `${labels.newPain}\n${card.text}` } : card));
  if (painLane) {
    const stages = new Set(journey.stages.map((stage) => stage.id));
    for (const pain of previous.resolvedPains) {
      if (!stages.has(pain.stageId)) continue;
      cards.push({
        id: stableId('resolved', `${pain.stageId}|${normalizeKey(pain.text)}`),
        stageId: pain.stageId,
        laneId: painLane.id,
        text: `${labels.resolvedPain(pain.count)}\n${pain.text}`,
        sources: [],
      });
    }
  }
  return { ...journey, cards };
}

/**
 * Height of the row under the emotion plot that holds the previous wave's legend and the change
 * badges: one small line per badge, as many as the legend wraps to in the lane-title column.
 */
export function previousWaveRowHeight(metrics: LayoutMetrics, labels: LayoutLabels, titleW: number): number {
  const lines = textLineCount(`┄ ${labels.previousWave}`, { width: titleW, maxLines: metrics.board ? Infinity : 2, fontSize: metrics.smallFont, bold: true });
  return Math.round(metrics.gap / 2) + Math.max(1, lines) * textLineHeight(metrics, metrics.smallFont);
}

/**
 * The previous wave drawn in the emotion lane: a dashed curve through everyone's previous score at
 * each stage (the centre of its column), its legend in the lane-title column and a change badge per
 * stage ("+1,0 ▲", bold when beyond noise) in the row at `rowTop`, under the score lines.
 *
 * @example previousWavePrimitives(frame, previous, metrics, labels, 'fr', 420, { x: 48, w: 150 }).map((p) => p.kind) // ['curve', 'text', 'text', …]
 */
export function previousWavePrimitives(
  frame: EmotionLaneFrame,
  previous: PreviousWave,
  metrics: LayoutMetrics,
  labels: LayoutLabels,
  locale: Journey['locale'],
  rowTop: number,
  legend: { x: number; w: number },
): Primitive[] {
  const laneId = frame.lane.id;
  const laneKey = `emotion:${keyPart(laneId)}:previous`;
  const r = metrics.pointD / 2;
  const levelY = (score: number) => Math.round(frame.top + r + (2 - Math.max(-2, Math.min(2, score))) * metrics.levelStep);
  const byStage = new Map(previous.stages.map((stage) => [stage.stageId, stage]));
  const out: Primitive[] = [];
  const points: Point[] = [];
  const badges: Primitive[] = [];
  const line = textLineHeight(metrics, metrics.smallFont);
  const badgeTop = rowTop + Math.round(metrics.gap / 2);
  frame.stageIds.forEach((stageId, index) => {
    const stage = byStage.get(stageId);
    const column = frame.columns[index];
    if (!stage || !column) return;
    if (stage.score !== undefined) points.push({ x: column.x + Math.round(column.w / 2), y: levelY(stage.score) });
    if (stage.delta === undefined) return;
    const rounded = Math.round(stage.delta * 10) / 10;
    badges.push({
      kind: 'text',
      key: `${laneKey}:delta:${keyPart(stageId)}`,
      box: { x: column.x, y: badgeTop, w: column.w, h: line },
      style: rounded > 0 ? 'better' : rounded < 0 ? 'worse' : 'legend',
      text: formatDelta(stage.delta, locale),
      fontSize: metrics.smallFont,
      align: 'center',
      ...(stage.significant && { bold: true }),
      ref: { stageId, laneId },
    });
  });
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length >= 2 && first && last) {
    let minY = first.y;
    let maxY = first.y;
    for (const point of points) {
      minY = Math.min(minY, point.y);
      maxY = Math.max(maxY, point.y);
    }
    out.push({ kind: 'curve', key: `${laneKey}:curve`, box: { x: first.x, y: minY, w: last.x - first.x, h: maxY - minY }, style: 'previousWave', text: labels.previousWave, points, path: monotonePath(points), dashed: true, ref: { laneId } });
  }
  out.push(
    fittedTextPrimitive({
      key: `${laneKey}:legend`,
      text: `┄ ${labels.previousWave}`,
      x: legend.x,
      y: badgeTop,
      width: legend.w,
      maxLines: metrics.board ? Infinity : 2,
      fontSize: metrics.smallFont,
      style: 'previousWave',
      bold: true,
      lineHeight: line,
      ref: { laneId },
    }),
  );
  return [...out, ...badges];
}
