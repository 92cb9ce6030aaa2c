import type { Card, Lane, Stage } from '../../model/journey.js';
import type { Column } from '../columns/column.js';
import type { FormatContext } from '../format-context.js';
import { normalizeKey } from '../names/normalize-key.js';
import type { SurveyAnswers } from './survey-answers.js';
import { surveyQuotes } from './survey-quotes.js';

/** Quotes per stage × lane cell unless the options say otherwise. */
const DEFAULT_QUOTES = 3;

/**
 * The free-text answers of each quotes column as thought cards of the stage before it (the first
 * stage when it comes before any), at most `maxQuotesPerCell` per column, repeated answers counted.
 *
 * @example quoteCards(context, answers, [{ column, after: 0 }], stages, thoughts)[0] // { text: 'Trop d'attente', count: 4, … }
 */
export function quoteCards(context: FormatContext, answers: SurveyAnswers, quoteColumns: readonly { column: Column; after: number }[], stages: readonly Stage[], lane: Lane): Card[] {
  const { table, ids, locale, options } = context;
  const cards: Card[] = [];
  const max = options.maxQuotesPerCell ?? DEFAULT_QUOTES;
  for (const { column, after } of quoteColumns) {
    const stage = stages[after === -1 ? 0 : after];
    if (stage === undefined) continue;
    for (const quote of surveyQuotes(table, answers, column.index, max, locale)) {
      const card: Card = { id: ids.take('card', stage.id, lane.id, normalizeKey(quote.text)), stageId: stage.id, laneId: lane.id, text: quote.text, sources: quote.sources };
      if (quote.count > 1) card.count = quote.count;
      cards.push(card);
    }
  }
  return cards;
}
