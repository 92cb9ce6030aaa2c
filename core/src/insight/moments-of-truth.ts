import type { Card, Journey } from '../model/journey.js';
import type { MomentOfTruth } from './journey-insights.js';
import type { InsightCurve } from './pooled-curves.js';

/** Differences smaller than this are rounding, not a finding. */
const EPSILON = 1e-9;

/**
 * The moments of truth of each curve (`insightCurves`), whole sample first: its lowest stage (with
 * at least two stages scored, else there is nothing to compare), its largest drop between two
 * consecutive scored stages (when the score falls at all), its widest spread (the stage whose
 * scores range widest, when a range is known and not zero), and the pain point said by the most
 * respondents (the whole sample: every pain point; a persona: those said by its respondents only,
 * since a card's count does not tell how many of a shared card's sayers are whose). Ties go to the
 * earlier stage.
 *
 * @example momentsOfTruth(journey, curves).map((moment) => moment.kind) // ['lowest', 'largestDrop', 'widestSpread', 'mostReportedPain']
 */
export function momentsOfTruth(journey: Journey, curves: readonly InsightCurve[]): MomentOfTruth[] {
  const painLanes = new Set(journey.lanes.filter((lane) => lane.kind === 'painPoints').map((lane) => lane.id));
  const pains = journey.cards.filter((card) => painLanes.has(card.laneId));
  const stageOrder = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  const moments: MomentOfTruth[] = [];
  for (const curve of curves) {
    const who = curve.personaId !== undefined ? { personaId: curve.personaId } : {};
    const points = curve.points.filter((point) => point !== undefined);
    if (points.length >= 2) {
      let lowest = points[0];
      for (const point of points) if (lowest === undefined || point.score < lowest.score - EPSILON) lowest = point;
      if (lowest !== undefined) moments.push({ kind: 'lowest', stageId: lowest.stageId, ...who, value: round(lowest.score) });
      let drop = 0;
      let at = -1;
      for (let index = 1; index < points.length; index++) {
        const fall = (points[index - 1]?.score ?? 0) - (points[index]?.score ?? 0);
        if (fall > drop + EPSILON) {
          drop = fall;
          at = index;
        }
      }
      const to = points[at];
      const from = points[at - 1];
      if (to !== undefined && from !== undefined) moments.push({ kind: 'largestDrop', stageId: to.stageId, ...who, value: round(drop), fromStageId: from.stageId });
    }
    let spread = 0;
    let widest: string | undefined;
    for (const point of points) {
      if (point.min === undefined || point.max === undefined) continue;
      const range = point.max - point.min;
      if (range > spread + EPSILON) {
        spread = range;
        widest = point.stageId;
      }
    }
    if (widest !== undefined) moments.push({ kind: 'widestSpread', stageId: widest, ...who, value: round(spread) });
    const pain = mostReported(curve.personaId === undefined ? pains : pains.filter((card) => saidBy(card, curve.personaId ?? '')), stageOrder);
    if (pain !== undefined) moments.push({ kind: 'mostReportedPain', stageId: pain.stageId, ...who, value: respondents(pain), cardId: pain.id });
  }
  return moments;
}

/** How many respondents said a card: its count, else its sources, else one. */
export function respondents(card: Card): number {
  return card.count ?? (card.sources.length > 0 ? card.sources.length : 1);
}

function saidBy(card: Card, personaId: string): boolean {
  return card.personaId === personaId;
}

/** The pain point said most, the earlier stage (then the earlier card) on a tie. */
function mostReported(pains: readonly Card[], stageOrder: ReadonlyMap<string, number>): Card | undefined {
  let best: Card | undefined;
  for (const card of pains) {
    if (best === undefined) {
      best = card;
      continue;
    }
    const more = respondents(card) - respondents(best);
    if (more > 0 || (more === 0 && (stageOrder.get(card.stageId) ?? 0) < (stageOrder.get(best.stageId) ?? 0))) best = card;
  }
  return best;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
