import type * as z from 'zod/mini';
import { JourneySchema, type Journey } from '../../core/src/model/journey.js';

/** A journey as a file writes it: what the schema fills in (a persona's goals, a card's sources) may be left out. */
type JourneyInput = z.input<typeof JourneySchema>;

/**
 * A valid journey for a test: id `j`, title "Journey", in English, three stages and an actions lane
 * unless the test says otherwise; missing card ids, and whatever the schema fills in (`sources`, a
 * persona's `goals`…), are filled in.
 */
export function journeyWith(parts: Partial<Omit<JourneyInput, 'cards'>> & { cards?: (Partial<NonNullable<JourneyInput['cards']>[number]> & { stageId: string; laneId: string; text: string })[] } = {}): Journey {
  return JourneySchema.parse({
    schemaVersion: 1,
    id: 'j',
    title: 'Journey',
    locale: 'en',
    stages: [
      { id: 's1', name: 'Discover' },
      { id: 's2', name: 'Buy' },
      { id: 's3', name: 'Use' },
    ],
    lanes: [{ id: 'actions', kind: 'actions', title: 'Actions' }],
    ...parts,
    cards: (parts.cards ?? []).map((card, index) => ({ id: `card${index}`, ...card })),
  });
}

/**
 * The smallest journey a file may hold, as written in the file (before the schema fills defaults):
 * one stage, one lane, one card. Tests of the schema, the JSON import and its messages start from it.
 */
export const MINIMAL_JOURNEY = {
  schemaVersion: 1,
  id: 'j',
  title: 'Commute',
  locale: 'en',
  stages: [{ id: 's1', name: 'Discover' }],
  lanes: [{ id: 'l1', kind: 'actions', title: 'Actions' }],
  cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: 'Searches the app store' }],
} as const;
