import type { JourneyComparison } from '../compare/journey-comparison.js';
import { normalizeKey } from '../import/names/normalize-key.js';
import { stableId } from '../model/stable-id.js';
import type { Card, Journey, Stage } from '../model/journey.js';
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
 * (`compareJourneys(previous, journey)`): its stages by id, its new pain cards, the resolved pains,
 * and the stages of the previous wave only, each placed after the new wave's stage it followed in
 * the comparison's order (the earlier wave's order), with an id of its own.
 *
 * @example previousWave(wave2, compareJourneys(wave1, wave2)).stages[0] // { stageId: 'stage-…', score: -0.38, delta: 0.82, significant: true }
 * @example previousWave(wave2, compareJourneys(wave1, wave2)).removedStages // [{ stageId: 'removed-stage-…', name: 'Travel', after: 'stage-…' }]
 */
export function previousWave(journey: Journey, comparison: JourneyComparison): PreviousWave {
  const stageIds = new Map(journey.stages.map((stage) => [stage.name, stage.id]));
  const removedIds = new Map<string, string>();
  const taken = new Set(journey.stages.map((stage) => stage.id));
  const stages: PreviousWave['stages'] = [];
  const removedStages: PreviousWave['removedStages'] = [];
  let lastAfter: string | undefined;
  for (const stage of comparison.stages) {
    let stageId = stage.after ? stageIds.get(stage.stage) : undefined;
    if (stageId !== undefined) lastAfter = stageId;
    else if (!stage.after && !removedIds.has(stage.stage)) {
      stageId = freeId(stableId('removed-stage', normalizeKey(stage.stage)), taken);
      removedIds.set(stage.stage, stageId);
      removedStages.push({ stageId, name: stage.stage, ...(lastAfter !== undefined && { after: lastAfter }) });
    }
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
    const stageId = stageIds.get(pain.stage) ?? removedIds.get(pain.stage);
    if (stageId !== undefined) resolvedPains.push({ stageId, text: pain.text, count: pain.before });
  }
  return { stages, newPains, resolvedPains, removedStages };
}

/** `id`, or `id-2`, `id-3`… when the map already has it (two removed stages of one name); then taken. */
function freeId(id: string, taken: Set<string>): string {
  let free = id;
  for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
  taken.add(free);
  return free;
}

/**
 * The journey a map with its previous wave lays out: each new pain card's text starts with the line
 * "New"; each stage of the previous wave only comes back as a column where it stood, its name
 * under the line "Removed" (inside its neighbours' phase when both share one); each resolved pain
 * comes back as a card of the stage's first pain lane whose text starts with "Resolved (was ×N)",
 * after the stage's current pains. Marks are lines of the text, as the "Updated from data" mark
 * is, so every host shows them with the items it already draws.
 *
 * @example withPreviousWave(journey, previous, layoutLabels('fr')).cards.at(-1)?.text // 'Résolu (était ×4)\nAccount creation is mandatory'
 * @example withPreviousWave(journey, previous, layoutLabels('en')).stages[2]?.name // 'Removed\nTravel'
 */
export function withPreviousWave(journey: Journey, previous: PreviousWave, labels: LayoutLabels): Journey {
  const painLane = journey.lanes.find((lane) => lane.kind === 'painPoints');
  const isNew = new Set(previous.newPains);
  const cards: Card[] = journey.cards.map((card) => (isNew.has(card.id) ? { ...card, text: `${labels.newPain}\n${card.text}` } : card));
  const stages = withRemovedStages(journey.stages, previous.removedStages, labels);
  if (painLane) {
    const stageIds = new Set(stages.map((stage) => stage.id));
    for (const pain of previous.resolvedPains) {
      if (!stageIds.has(pain.stageId)) continue;
      cards.push({
        id: stableId('resolved', `${pain.stageId}|${normalizeKey(pain.text)}`),
        stageId: pain.stageId,
        laneId: painLane.id,
        text: `${labels.resolvedPain(pain.count)}\n${pain.text}`,
        sources: [],
      });
    }
  }
  return { ...journey, stages, cards };
}

/** The new wave's stages with the removed ones put back after the stage they followed (first when none). */
function withRemovedStages(current: readonly Stage[], removed: PreviousWave['removedStages'], labels: LayoutLabels): Stage[] {
  if (removed.length === 0) return [...current];
  const known = new Set(current.map((stage) => stage.id));
  const following = new Map<string, PreviousWave['removedStages']>();
  for (const stage of removed) {
    const key = stage.after !== undefined && known.has(stage.after) ? stage.after : '';
    following.set(key, [...(following.get(key) ?? []), stage]);
  }
  const out: Stage[] = [];
  const put = (key: string, next: Stage | undefined) => {
    const prior = out[out.length - 1];
    // Between two stages of one phase, the removed stage stays inside its band rather than cut it.
    const phase = prior?.phase !== undefined && next?.phase !== undefined && prior.phase.trim().toLowerCase() === next.phase.trim().toLowerCase() ? prior.phase : undefined;
    for (const stage of following.get(key) ?? []) out.push({ id: stage.stageId, name: `${labels.removedStage}\n${stage.name}`, ...(phase !== undefined && { phase }) });
  };
  put('', current[0]);
  current.forEach((stage, index) => {
    out.push(stage);
    put(stage.id, current[index + 1]);
  });
  return out;
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
