import { describe, expect, test } from 'vitest';
import { exportJourney, importJourney, JOURNEY_SCHEMA_VERSION, type Journey } from '../../core/src/index.js';
import { wideCsvContent } from './wide-csv-journey.js';

// What the round-trip fuzzing found that a wide CSV export lost (issue 8), kept so it stays found.

function journey(parts: Pick<Journey, 'stages' | 'lanes' | 'cards'>): Journey {
  return { schemaVersion: JOURNEY_SCHEMA_VERSION, id: 'loss', title: 'Loss', locale: 'en', personas: [], emotions: [], ...parts };
}

function roundTrip(original: Journey) {
  const back = importJourney(exportJourney(original, 'csv'), { filename: 'loss.csv', title: original.title });
  if (!back.ok) throw new Error(JSON.stringify(back.problems));
  return { format: back.report.format, content: wideCsvContent(back.journey) };
}

describe('wide CSV export → import: losses the fuzzing found', () => {
  // `detectFormat` reads a file whose stage names repeat as interview data; the export heads the
  // stage column "Stage (one row per stage)" when names repeat, so a journey that visits a stage
  // twice (Mermaid allows it, the wide format documents it) is not merged on the way back.
  test('a journey with two stages of the same name comes back with both', () => {
    const original = journey({
      stages: [
        { id: 's1', name: 'Visit' },
        { id: 's2', name: 'Visit' },
      ],
      lanes: [{ id: 'a', kind: 'actions', title: 'Actions' }],
      cards: [
        { id: 'c1', stageId: 's1', laneId: 'a', text: 'Looks around', sources: [] },
        { id: 'c2', stageId: 's2', laneId: 'a', text: 'Buys', sources: [] },
      ],
    });
    expect(exportJourney(original, 'csv').split('\r\n')[0]).toBe('Stage (one row per stage),Phase,Actions');
    expect(roundTrip(original)).toEqual({ format: 'wide-csv', content: wideCsvContent(original) });
  });

  // `touchpointText` appending " (channel)" to a text ending in " |" made the card separator " | ":
  // one card became two. The bracket now comes without its space there.
  test('a touchpoint whose text ends in " |" keeps its text and channel', () => {
    const original = journey({
      stages: [{ id: 's1', name: 'Discover' }],
      lanes: [{ id: 't', kind: 'touchpoints', title: 'Touchpoints' }],
      cards: [{ id: 'c1', stageId: 's1', laneId: 't', text: 'Poster |', channel: 'web', sources: [] }],
    });
    expect(exportJourney(original, 'csv').split('\r\n')[1]).toBe('Discover,,Poster |(web)');
    expect(roundTrip(original)).toEqual({ format: 'wide-csv', content: wideCsvContent(original) });
  });
});
