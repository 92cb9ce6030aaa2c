import type { Card, Lane, Persona, Stage } from '../../model/journey.js';
import type { Column } from '../columns/column.js';
import type { IdRegistry } from '../names/id-registry.js';
import { netPromoter } from './net-promoter.js';
import { SURVEY_WORDS } from './survey-words.js';

/** A 0–10 recommendation column, on the advocacy stage, its answers tallied per segment. */
export interface Recommendation {
  column: Column;
  stage: number;
  /** Its line in the description, which gains the per-segment NPS; −1 without one. */
  line: number;
  all: number[];
  /** Answers per segment (the persona's position). */
  bySegment: Map<number, number[]>;
}

/**
 * The NPS cards of a recommendation question on its advocacy stage: one for everyone, or one per
 * segment naming it (a card's persona shows only as a colour); `n` is in the text, so no count
 * badge repeats it. Also the description's line naming each segment's NPS, for the HTML report.
 *
 * @example recommendationCards(recommendation, stage, lane, [first, second], ids, 'en').cards[0].text // 'First: NPS −100 (n = 3)'
 */
export function recommendationCards(
  recommendation: Recommendation,
  stage: Stage,
  lane: Lane,
  personas: readonly Persona[] | null,
  ids: IdRegistry,
  locale: 'fr' | 'en',
): { cards: Card[]; bySegment?: string } {
  const words = SURVEY_WORDS[locale];
  const groups: [Persona | undefined, number[]][] =
    personas === null ? [[undefined, recommendation.all]] : personas.map((persona, group) => [persona, recommendation.bySegment.get(group) ?? []]);
  const cards: Card[] = [];
  const parts: { segment: string; score: number; n: number }[] = [];
  for (const [persona, values] of groups) {
    const nps = netPromoter(values);
    if (nps === undefined) continue;
    const card: Card = {
      id: ids.take('card', stage.id, lane.id, persona?.id ?? '', recommendation.column.index),
      stageId: stage.id,
      laneId: lane.id,
      text: persona === undefined ? words.nps(nps.score, nps.n) : words.segmentNps(persona.name, nps.score, nps.n),
      sources: [recommendation.column.header],
    };
    if (persona !== undefined) {
      card.personaId = persona.id;
      parts.push({ segment: persona.name, score: nps.score, n: nps.n });
    }
    cards.push(card);
  }
  return parts.length === 0 ? { cards } : { cards, bySegment: words.bySegment(parts) };
}
