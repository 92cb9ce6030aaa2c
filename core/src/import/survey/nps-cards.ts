import type { Card, Lane, Persona, Stage } from '../../model/journey.js';
import type { FormatContext } from '../format-context.js';
import { normalizeKey } from '../names/normalize-key.js';
import { recommendationCards, type Recommendation } from './recommendation-cards.js';
import { SURVEY_WORDS } from './survey-words.js';

/**
 * The NPS lane and the cards of every recommendation question on it; each question's line in the
 * description gains its NPS per segment (`description` is changed in place).
 *
 * @example npsCards(context, recommendations, stages, null, description).cards[0].text // 'NPS +20 (n = 150)'
 */
export function npsCards(
  context: FormatContext,
  recommendations: readonly Recommendation[],
  stages: readonly Stage[],
  personas: readonly Persona[] | null,
  description: string[],
): { lane: Lane; cards: Card[] } {
  const { ids, locale } = context;
  const title = SURVEY_WORDS[locale].npsLane;
  const lane: Lane = { id: ids.take('lane', 'custom', normalizeKey(title)), kind: 'custom', title };
  const cards: Card[] = [];
  for (const recommendation of recommendations) {
    const stage = stages[recommendation.stage];
    if (stage === undefined) continue;
    const made = recommendationCards(recommendation, stage, lane, personas, ids, locale);
    cards.push(...made.cards);
    const line = description[recommendation.line];
    if (line !== undefined && made.bySegment !== undefined) description[recommendation.line] = `${line} ${made.bySegment}`;
  }
  return { lane, cards };
}
