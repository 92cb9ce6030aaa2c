import type { Card, Lane, Stage } from '../../model/journey.js';
import { roundScore } from '../emotion/round-score.js';
import type { IntList } from './int-list.js';
import type { RowFacts } from './read-interview-rows.js';
import type { CardNaming } from './tally-cards.js';
import { TopQuotes, type QuoteTexts } from './top-quotes.js';

/** The quotes of an interview file and what ranks them. */
export interface QuoteSource {
  /** Where quotes may be, as (row, column) pairs in file order. */
  quotes: IntList;
  /** Their texts, by position in `quotes`. */
  texts: QuoteTexts;
  facts: RowFacts;
  /** Each distinct emotion value's score on −2…+2, NaN when left out. */
  normalized: Float64Array;
}

/**
 * The cards of the quotes lane: per stage, the `limit` most telling quotes (`TopQuotes`: most extreme
 * emotion of their row first), each with everyone who said it (every quote is credited once all are
 * offered) and its row's score.
 *
 * @example quoteCards(source, 3, quotesLane, stages, naming) // [{ text: 'Ugh, refused twice', score: -2, sources: ['P1'] }, …]
 */
export function quoteCards(source: QuoteSource, limit: number, lane: Lane, stages: readonly Stage[], naming: CardNaming): Card[] {
  const { quotes, texts, facts, normalized } = source;
  const quotesByStage = stages.map(() => new TopQuotes(limit, texts));
  for (let at = 0; at < quotes.length; at += 2) {
    const rowIndex = quotes.get(at);
    const id = facts.reading[rowIndex] ?? -1;
    const score = id < 0 ? Number.NaN : (normalized[id] ?? Number.NaN);
    quotesByStage[facts.stage[rowIndex] ?? -1]?.offer(Number.isNaN(score) ? undefined : score, at, facts.persona[rowIndex] ?? -1);
  }
  for (let at = 0; at < quotes.length; at += 2) {
    const rowIndex = quotes.get(at);
    quotesByStage[facts.stage[rowIndex] ?? -1]?.credit(at, facts.source[rowIndex] ?? 0);
  }
  const cards: Card[] = [];
  stages.forEach((stage, index) => {
    for (const quote of quotesByStage[index]?.keptQuotes() ?? []) {
      const card: Card = {
        id: naming.ids.take('card', stage.id, lane.id, quote.key),
        stageId: stage.id,
        laneId: lane.id,
        text: quote.text,
        count: quote.sources.length,
        sources: quote.sources.map(naming.sourceName),
      };
      if (quote.score !== undefined) card.score = roundScore(quote.score);
      const persona = naming.personas[quote.persona];
      if (persona !== undefined) card.personaId = persona.id;
      cards.push(card);
    }
  });
  return cards;
}
