import type { Card } from '../model/journey.js';

/**
 * Ranks the opportunities of a journey by priority, highest first (rank 1), ties in input order.
 * Cards without a priority get no rank: a rank must mean something.
 *
 * @example rankOpportunities(cards, new Set(['opps'])).get('card-a') // 1
 */
export function rankOpportunities(cards: readonly Card[], opportunityLaneIds: ReadonlySet<string>): Map<string, number> {
  const ranked = cards.filter((card) => card.priority !== undefined && opportunityLaneIds.has(card.laneId));
  ranked.sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
  return new Map(ranked.map((card, index) => [card.id, index + 1]));
}
