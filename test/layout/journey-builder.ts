import { JourneySchema, type Journey } from '../../core/src/model/journey.js';

/**
 * A valid journey for a test: three stages and an actions lane unless the test says otherwise;
 * missing card ids and `sources` are filled in.
 */
export function journeyWith(parts: Partial<Omit<Journey, 'cards'>> & { cards?: (Partial<Journey['cards'][number]> & { stageId: string; laneId: string; text: string })[] } = {}): Journey {
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
