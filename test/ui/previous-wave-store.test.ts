import { describe, expect, test } from 'vitest';
import type { Journey } from '../../core/src/index.js';
import { MAX_PLACED_WAVES, MAX_WAVE_CHARS, parsePlacedWaves, previousWaveCandidate, rememberPlacedWave, withPlacedWaves } from '../../ui/state/previous-wave-store.js';
import { defaultDraft, parseDraft } from '../../ui/state/panel-draft.js';

/** A small valid journey: one stage, one pain lane, its title and id as given. */
function journey(id: string, title = id, pain = 'Slow'): Journey {
  return {
    schemaVersion: 1,
    id,
    title,
    locale: 'en',
    personas: [],
    stages: [{ id: 's1', name: 'Book' }],
    lanes: [{ id: 'l1', kind: 'painPoints', title: 'Pains' }],
    cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: pain, sources: [] }],
    emotions: [],
  } as Journey;
}

describe('the placed waves stored with the draft', () => {
  test('round trip: stored beside the draft, read back, and the draft itself unchanged', () => {
    const waves = rememberPlacedWave([], journey('a'), 1000);
    const stored = JSON.parse(JSON.stringify(withPlacedWaves(defaultDraft('en'), waves))) as unknown;
    expect(parsePlacedWaves(stored)).toEqual(waves);
    expect(parseDraft(stored, 'en')).toEqual(defaultDraft('en'));
  });

  test('no waves: the draft is stored exactly as before', () => {
    expect(withPlacedWaves(defaultDraft('en'), [])).toEqual(defaultDraft('en'));
  });

  test('a malformed journey is dropped, the others kept', () => {
    const stored = { placedWaves: [{ mapId: 'a', placedAt: 1, journey: { title: 3 } }, { mapId: 'b', placedAt: 2, journey: journey('b') }] };
    expect(parsePlacedWaves(stored).map((wave) => wave.mapId)).toEqual(['b']);
  });

  test.each([undefined, null, 'x', { placedWaves: 'x' }, { placedWaves: [1] }])('nothing usable in %j gives no waves', (stored) => {
    expect(parsePlacedWaves(stored)).toEqual([]);
  });

  test('placing a map again replaces its wave; beyond the limit the oldest is forgotten', () => {
    let waves = rememberPlacedWave([], journey('a', 'A', 'first'), 1);
    waves = rememberPlacedWave(waves, journey('a', 'A', 'second'), 2);
    expect(waves.map((wave) => wave.journey.cards[0]?.text)).toEqual(['second']);
    for (let i = 0; i < MAX_PLACED_WAVES + 1; i++) waves = rememberPlacedWave(waves, journey(`m${i}`), 10 + i);
    expect(waves.map((wave) => wave.mapId)).toEqual([`m${MAX_PLACED_WAVES}`, `m${MAX_PLACED_WAVES - 1}`, `m${MAX_PLACED_WAVES - 2}`].slice(0, MAX_PLACED_WAVES));
  });

  test('a journey too large to keep is not stored, and its map’s older wave goes too', () => {
    const before = rememberPlacedWave([], journey('a'), 1);
    const large = journey('a', 'A', 'x'.repeat(MAX_WAVE_CHARS));
    expect(rememberPlacedWave(before, large, 2)).toEqual([]);
  });
});

describe('previousWaveCandidate', () => {
  const waves = [journey('a', 'A', 'one'), journey('b', 'B', 'two')].reduce((list, j, i) => rememberPlacedWave(list, j, i + 1), [] as ReturnType<typeof rememberPlacedWave>);

  test('the map being updated first', () => {
    expect(previousWaveCandidate(waves, journey('a', 'A', 'three'))?.mapId).toBe('a');
  });

  test('a new map: the latest wave placed from the panel', () => {
    expect(previousWaveCandidate(waves, journey('c', 'C', 'three'))?.mapId).toBe('b');
  });

  test('the map the user chose to update, when given', () => {
    expect(previousWaveCandidate(waves, journey('c', 'C', 'three'), 'a')?.mapId).toBe('a');
  });

  test('never the same content as the new wave', () => {
    expect(previousWaveCandidate(waves, journey('b', 'B', 'two'))?.mapId).toBe('a');
    expect(previousWaveCandidate(rememberPlacedWave([], journey('a', 'A', 'one'), 1), journey('a', 'A', 'one'))).toBeUndefined();
  });
});
