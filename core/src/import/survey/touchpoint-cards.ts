import type { Card, Lane, Stage } from '../../model/journey.js';
import { roundScore } from '../emotion/round-score.js';
import type { IdRegistry } from '../names/id-registry.js';
import { inferChannel } from '../names/infer-channel.js';
import { normalizeKey } from '../names/normalize-key.js';
import type { SurveyRating } from './survey-rating.js';

/**
 * One touchpoint card per rating column, in column order: its mean rating (−2…+2) is the card's
 * score, with the number of answers, the share of low scores and, when the file has a numeric scale,
 * the mean on that scale; its channel is guessed from its name.
 *
 * @example touchpointCards(ratings, stages, lane, ids, [1, 5])[0] // { text: 'Site web', score: 0.4, count: 240, rating: { mean: 3.8, from: 1, to: 5 }, … }
 */
export function touchpointCards(
  ratings: readonly SurveyRating[],
  stages: readonly Stage[],
  lane: Lane,
  ids: IdRegistry,
  fileScale: readonly [number, number] | undefined,
): Card[] {
  const cards: Card[] = [];
  for (const rating of ratings) {
    const stage = stages[rating.stage];
    if (stage === undefined || rating.touchpoint === '') continue;
    const card: Card = {
      id: ids.take('card', stage.id, lane.id, normalizeKey(rating.touchpoint)),
      stageId: stage.id,
      laneId: lane.id,
      text: rating.touchpoint,
      sources: [rating.column.header],
    };
    const mean = rating.stats.mean;
    if (mean !== undefined) {
      card.score = roundScore(mean);
      card.count = rating.stats.n;
      card.lowShare = rating.stats.lowShare;
      const onScale = fileScale !== undefined ? rating.stats.rating(fileScale) : undefined;
      if (onScale !== undefined) card.rating = onScale;
    }
    const channel = inferChannel(rating.touchpoint);
    if (channel !== undefined) card.channel = channel;
    cards.push(card);
  }
  return cards;
}
