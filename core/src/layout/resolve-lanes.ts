import type { Journey, Lane } from '../model/journey.js';
import { layoutLabels } from './layout-labels.js';

/**
 * The lanes a map can draw, in the journey's order: its own lanes, plus an emotion lane at the end
 * when the journey has emotions but no lane to draw them in, so a curve is never lost.
 *
 * @example drawableLanes(journeyWithEmotionsOnly).map((lane) => lane.kind) // ['actions', 'emotions']
 */
export function drawableLanes(journey: Journey): Lane[] {
  if (journey.emotions.length === 0 || journey.lanes.some((lane) => lane.kind === 'emotions')) return journey.lanes;
  const taken = new Set(journey.lanes.map((lane) => lane.id));
  let id = 'emotions';
  for (let suffix = 2; taken.has(id); suffix++) id = `emotions-${suffix}`;
  return [...journey.lanes, { id, kind: 'emotions', title: layoutLabels(journey.locale).emotions }];
}

/**
 * The lanes to draw, in order. With `laneIds`, exactly those of `drawableLanes` in that order
 * (unknown and repeated ids are ignored); without, all of `drawableLanes`.
 *
 * @example resolveLanes(journey, ['pains', 'actions']).map((lane) => lane.id) // ['pains', 'actions']
 */
export function resolveLanes(journey: Journey, laneIds?: readonly string[]): Lane[] {
  const drawable = drawableLanes(journey);
  if (laneIds === undefined) return drawable;
  const byId = new Map(drawable.map((lane) => [lane.id, lane]));
  const seen = new Set<string>();
  const lanes: Lane[] = [];
  for (const id of laneIds) {
    const lane = byId.get(id);
    if (lane && !seen.has(id)) {
      lanes.push(lane);
      seen.add(id);
    }
  }
  return lanes;
}
