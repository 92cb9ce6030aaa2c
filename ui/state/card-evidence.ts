import type { Card, Journey, Layout, Point } from '../../core/src/index.js';

/** What the panel shows for a card picked in the preview. */
export interface CardEvidence {
  card: Card;
  stage: string;
  lane: string;
  /** The first sources shown, and how many more there are. */
  shown: string[];
  hidden: number;
  /** Quotes of the same stage said by at least one of the card's sources, each with who of them said it. */
  quotes: { text: string; by: string[] }[];
}

/** Most sources listed in the panel; the HTML report lists them all. */
export const SHOWN_SOURCES = 40;

/**
 * The card a click at `point` (layout coordinates) falls on: the topmost sticky or card standing for
 * a journey card; `undefined` elsewhere.
 *
 * @example cardAt(layout, { x: 300, y: 200 }) // 'card-1a2b'
 */
export function cardAt(layout: Layout, point: Point): string | undefined {
  for (let index = layout.primitives.length - 1; index >= 0; index--) {
    const primitive = layout.primitives[index];
    if (primitive === undefined || (primitive.kind !== 'sticky' && primitive.kind !== 'card')) continue;
    const { box } = primitive;
    if (point.x >= box.x && point.x <= box.x + box.w && point.y >= box.y && point.y <= box.y + box.h) return primitive.ref?.cardId;
  }
  return undefined;
}

/**
 * Who said a card, and what they said in the quotes of the same stage: its sources (the first
 * `SHOWN_SOURCES`, then how many more), and each quote card of that stage whose sources meet the
 * card's, with those of its sources who said it. Linear in the stage's cards and sources.
 *
 * @example cardEvidence(journey, 'card-1a2b')?.quotes[0] // { text: 'Honestly, 40 minutes on hold', by: ['P03'] }
 */
export function cardEvidence(journey: Journey, cardId: string): CardEvidence | undefined {
  const card = journey.cards.find((one) => one.id === cardId);
  if (card === undefined) return undefined;
  const quoteLanes = new Set(journey.lanes.filter((lane) => lane.kind === 'thoughts').map((lane) => lane.id));
  const who = new Set(card.sources);
  const quotes = journey.cards
    .filter((one) => one.stageId === card.stageId && quoteLanes.has(one.laneId) && one.id !== card.id)
    .map((quote) => ({ text: quote.text, by: quote.sources.filter((source) => who.has(source)) }))
    .filter((quote) => quote.by.length > 0);
  return {
    card,
    stage: journey.stages.find((stage) => stage.id === card.stageId)?.name ?? '',
    lane: journey.lanes.find((lane) => lane.id === card.laneId)?.title ?? '',
    shown: card.sources.slice(0, SHOWN_SOURCES),
    hidden: Math.max(0, card.sources.length - SHOWN_SOURCES),
    quotes,
  };
}
