import { formatScore } from '../layout/format-score.js';
import { rankOpportunities } from '../layout/rank-opportunities.js';
import type { Card, Journey } from '../model/journey.js';
import { insightWords } from './insight-words.js';
import { respondents } from './moments-of-truth.js';
import { insightCurves } from './pooled-curves.js';

/** One line of the opportunity ranking and why it ranks there. */
export interface ExplainedOpportunity {
  card: Card;
  rank?: number;
  /** "said by 12 · stage at −1.4": the two factors of `count × negativity of the stage's emotion`. */
  reason: string;
  /** A pain point offered as an opportunity because the journey has no opportunity column. */
  suggested: boolean;
}

/** How many pain points are offered as opportunities when the file names none. */
const SUGGESTIONS = 5;

/**
 * The opportunities of a journey in ranking order, each with its reason in the journey's language:
 * how many said it and its stage's emotion (the whole sample's, n-weighted), the two factors of its
 * priority. A journey without opportunity cards gets its most reported pain points instead (at most
 * five, most said first, earlier stages first on a tie), each marked `suggested`.
 *
 * @example explainOpportunities(journey)[0]?.reason // 'said by 12 people · stage at −1.4'
 */
export function explainOpportunities(journey: Journey): ExplainedOpportunity[] {
  const words = insightWords(journey.locale);
  const pooled = insightCurves(journey)[0]?.points ?? [];
  const stageScore = new Map(journey.stages.map((stage, index) => [stage.id, pooled[index]?.score]));
  const reason = (card: Card) => {
    const score = stageScore.get(card.stageId);
    return words.reason(respondents(card), score === undefined ? undefined : formatScore(score, journey.locale));
  };
  const laneIds = new Set(journey.lanes.filter((lane) => lane.kind === 'opportunities').map((lane) => lane.id));
  const cards = journey.cards.filter((card) => laneIds.has(card.laneId));
  if (cards.length > 0) {
    const ranks = rankOpportunities(cards, laneIds);
    return cards
      .map((card, index) => ({ card, index, rank: ranks.get(card.id) }))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.index - b.index)
      .map(({ card, rank }) => ({ card, ...(rank !== undefined && { rank }), reason: reason(card), suggested: false }));
  }
  const painLanes = new Set(journey.lanes.filter((lane) => lane.kind === 'painPoints').map((lane) => lane.id));
  const stageOrder = new Map(journey.stages.map((stage, index) => [stage.id, index]));
  return journey.cards
    .filter((card) => painLanes.has(card.laneId))
    .map((card, index) => ({ card, index }))
    .sort((a, b) => respondents(b.card) - respondents(a.card) || (stageOrder.get(a.card.stageId) ?? 0) - (stageOrder.get(b.card.stageId) ?? 0) || a.index - b.index)
    .slice(0, SUGGESTIONS)
    .map(({ card }) => ({ card, reason: reason(card), suggested: true }));
}
