import { describe, expect, test } from 'vitest';
import { exportJourney, importJourney, JOURNEY_SCHEMA_VERSION, type Journey } from '../../core/src/index.js';
import { wideCsvContent } from './wide-csv-journey.js';

// What the round-trip fuzzing found that a wide CSV export loses today. Each test states the
// behaviour we want and is marked `.fails` until it holds: vitest then reports it, so remove the
// mark with the fix.

function journey(parts: Pick<Journey, 'stages' | 'lanes' | 'cards'>): Journey {
  return { schemaVersion: JOURNEY_SCHEMA_VERSION, id: 'loss', title: 'Loss', locale: 'en', personas: [], emotions: [], ...parts };
}

function roundTrip(original: Journey) {
  const back = importJourney(exportJourney(original, 'csv'), { filename: 'loss.csv', title: original.title });
  if (!back.ok) throw new Error(JSON.stringify(back.problems));
  return { format: back.report.format, content: wideCsvContent(back.journey) };
}

describe('wide CSV export → import: known losses', () => {
  // BUG (issue 8): core/src/import/detect-format.ts `detectFormat` reads a file whose stage names
  // repeat as interview data, so exporting a journey that visits a stage twice (Mermaid allows it,
  // the wide format documents it) and reading it back merges the two stages.
  test.fails('BUG: a journey with two stages of the same name comes back with both', () => {
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
    expect(roundTrip(original)).toEqual({ format: 'wide-csv', content: wideCsvContent(original) });
  });

  // BUG (issue 8): core/src/export/export-wide-csv.ts `touchpointText` appends " (channel)" to a
  // touchpoint whose text ends in " |", which makes the card separator " | ": one card becomes two.
  test.fails('BUG: a touchpoint whose text ends in " |" keeps its text and channel', () => {
    const original = journey({
      stages: [{ id: 's1', name: 'Discover' }],
      lanes: [{ id: 't', kind: 'touchpoints', title: 'Touchpoints' }],
      cards: [{ id: 'c1', stageId: 's1', laneId: 't', text: 'Poster |', channel: 'web', sources: [] }],
    });
    expect(roundTrip(original)).toEqual({ format: 'wide-csv', content: wideCsvContent(original) });
  });
});
