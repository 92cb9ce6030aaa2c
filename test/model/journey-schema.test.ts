import { describe, expect, it } from 'vitest';
import { JourneySchema, migrateJourney, stableId, type JourneyMigration } from '../../core/src/index.js';
import { MINIMAL_JOURNEY } from '../layout/journey-builder.js';

const minimal = MINIMAL_JOURNEY;

describe('JourneySchema', () => {
  it('accepts a minimal journey and fills the defaults', () => {
    const journey = JourneySchema.parse(minimal);
    expect(journey.personas).toEqual([]);
    expect(journey.emotions).toEqual([]);
    expect(journey.cards[0]?.sources).toEqual([]);
  });

  it.each([
    ['a card pointing to an unknown stage', { cards: [{ id: 'c1', stageId: 'nope', laneId: 'l1', text: 'x' }] }, 'cards.0.stageId'],
    ['a card pointing to an unknown lane', { cards: [{ id: 'c1', stageId: 's1', laneId: 'nope', text: 'x' }] }, 'cards.0.laneId'],
    ['an emotion outside −2…+2', { emotions: [{ stageId: 's1', score: 3 }] }, 'emotions.0.score'],
    ['an emotion on an unknown stage', { emotions: [{ stageId: 'nope', score: 1 }] }, 'emotions.0.stageId'],
    ['two stages with the same id', { stages: [{ id: 's1', name: 'A' }, { id: 's1', name: 'B' }] }, 'stages.1.id'],
    ['an unknown lane kind', { lanes: [{ id: 'l1', kind: 'feelings', title: 'X' }] }, 'lanes.0.kind'],
    ['an empty card text', { cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: '' }] }, 'cards.0.text'],
    ['a card naming an unknown persona among several', { cards: [{ id: 'c1', stageId: 's1', laneId: 'l1', text: 'x', personaIds: ['ghost'] }] }, 'cards.0.personaIds.0'],
  ])('rejects %s at the right path', (_name, patch, path) => {
    const result = JourneySchema.safeParse({ ...minimal, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('stableId', () => {
  it('gives the same id for the same parts and different ids for different parts', () => {
    expect(stableId('stage', 'Découverte')).toBe(stableId('stage', 'Découverte'));
    expect(stableId('stage', 'Découverte')).not.toBe(stableId('stage', 'Decouverte'));
    expect(stableId('card', 'a', 'bc')).not.toBe(stableId('card', 'ab', 'c'));
  });
});

describe('migrateJourney', () => {
  it('treats an unversioned object as version 1', () => {
    const { schemaVersion: _dropped, ...unversioned } = minimal;
    expect(migrateJourney(unversioned)['schemaVersion']).toBe(1);
  });

  it('runs named migrations in order until the current version', () => {
    const migrations: JourneyMigration[] = [
      { from: 0, name: 'rename name to title', up: ({ name, ...rest }) => ({ ...rest, title: name }) },
    ];
    const migrated = migrateJourney({ ...minimal, schemaVersion: 0, title: undefined, name: 'Old map' }, migrations);
    expect(migrated).toMatchObject({ schemaVersion: 1, title: 'Old map' });
  });

  it('leaves an unknown future version for validation to report', () => {
    const migrated = migrateJourney({ ...minimal, schemaVersion: 99 });
    expect(JourneySchema.safeParse(migrated).success).toBe(false);
  });
});
