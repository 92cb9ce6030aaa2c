import { emotionSeries, type EmotionSeries } from '../layout/emotion-series.js';
import type { Emotion, Journey, Lane } from '../model/journey.js';

/** The figures of one stage: each curve's emotion and the number of cards per lane. */
export interface StageFigures {
  stageId: string;
  name: string;
  phase?: string;
  /** One entry per curve, in the order of `series`; undefined where that curve has no emotion here. */
  emotions: (Emotion | undefined)[];
  /** Cards per lane, in the order of `lanes`. */
  cardCounts: number[];
}

export interface JourneyFigures {
  series: EmotionSeries[];
  lanes: Lane[];
  stages: StageFigures[];
}

/**
 * Per-stage figures for the report: the emotion of each curve (mean, n, min, max as imported) and
 * how many cards each lane holds. Emotion lanes are not counted (their curve is the figure).
 *
 * @example journeyFigures(journey).stages[0].cardCounts // [2, 2, 1, …]
 */
export function journeyFigures(journey: Journey, overallName: string): JourneyFigures {
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map<string, number>();
  const lanes = journey.lanes.filter((lane) => lane.kind !== 'emotions');
  lanes.forEach((lane, index) => laneIndex.set(lane.id, index));
  const counts = journey.stages.map(() => lanes.map(() => 0));
  for (const card of journey.cards) {
    const s = stageIndex.get(card.stageId);
    const l = laneIndex.get(card.laneId);
    const row = s === undefined ? undefined : counts[s];
    if (row && l !== undefined) row[l] = (row[l] ?? 0) + 1;
  }
  const series = emotionSeries(journey, stageIndex, overallName);
  return {
    series,
    lanes,
    stages: journey.stages.map((stage, s) => ({
      stageId: stage.id,
      name: stage.name,
      ...(stage.phase !== undefined && { phase: stage.phase }),
      emotions: series.map((one) => one.byStage[s]),
      cardCounts: counts[s] ?? [],
    })),
  };
}
