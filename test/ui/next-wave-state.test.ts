import { describe, expect, test } from 'vitest';
import { journeyIdOf, stableId, type Journey } from '../../core/src/index.js';
import { boardMapsFrom } from '../../ui/state/board-maps.js';
import { journeyForBoard } from '../../ui/state/journey-for-board.js';
import { preselectedTarget, targetJourneyId } from '../../ui/state/map-target.js';
import { defaultDraft, parseDraft } from '../../ui/state/panel-draft.js';
import { movedStageOrder, orderedStages, withoutStages } from '../../ui/state/stage-order.js';

const stage = (id: string) => ({ id, name: id.toUpperCase() });
const journey: Journey = {
  schemaVersion: 1,
  id: 'journey-file',
  title: 'FR interviews',
  locale: 'fr',
  personas: [],
  stages: [stage('a'), stage('b'), stage('c')],
  lanes: [],
  cards: [],
  emotions: [],
};

describe('boardMapsFrom', () => {
  test('one map per journey, from its frame record, titled as the frame shows, sorted by title', () => {
    expect(
      boardMapsFrom([
        { journeyId: 'j2', key: 'card:x', text: 'A card' },
        { journeyId: 'j2', key: 'frame', text: ' Zèbre ' },
        { journeyId: 'j1', key: 'frame', text: 'Achat' },
        { journeyId: 'j1', key: 'frame', text: 'Achat (copie)' },
        { journeyId: 'j3', key: 'frame' },
      ]),
    ).toEqual([
      { journeyId: 'j3', title: '' },
      { journeyId: 'j1', title: 'Achat' },
      { journeyId: 'j2', title: 'Zèbre' },
    ]);
  });
});

describe('preselectedTarget', () => {
  const maps = [
    { journeyId: 'journey-file', title: 'Old title' },
    { journeyId: 'journey-other', title: 'Entretiens' },
  ];
  test('the map of the journey’s id first', () => {
    expect(preselectedTarget(maps, [{ id: 'journey-file', title: 'Entretiens' }])).toEqual({ kind: 'update', journeyId: 'journey-file' });
  });
  test('any candidate’s id before any title', () => {
    expect(preselectedTarget(maps, [{ id: 'journey-typed', title: 'entretiens' }, { id: 'journey-file', title: 'x' }])).toEqual({ kind: 'update', journeyId: 'journey-file' });
  });
  test('else a map of the same title, case and accents aside', () => {
    expect(preselectedTarget(maps, [{ id: 'journey-new', title: 'ENTRETIENS' }])).toEqual({ kind: 'update', journeyId: 'journey-other' });
  });
  test('else a new map; an untitled map matches no title', () => {
    expect(preselectedTarget([{ journeyId: 'j', title: '' }], [{ id: 'journey-new', title: '' }])).toEqual({ kind: 'new' });
  });
});

describe('targetJourneyId', () => {
  test('update: the map’s id', () => {
    expect(targetJourneyId({ kind: 'update', journeyId: 'journey-x' }, 'journey-file', [])).toBe('journey-x');
  });
  test('new: the journey’s own id when the board has no map of it, else the first derived id free', () => {
    expect(targetJourneyId({ kind: 'new' }, 'journey-file', [])).toBe('journey-file');
    const taken = [{ journeyId: 'journey-file', title: '' }, { journeyId: stableId('journey-file', 2), title: '' }];
    expect(targetJourneyId({ kind: 'new' }, 'journey-file', taken)).toBe(stableId('journey-file', 3));
  });
});

describe('journeyForBoard', () => {
  const none = { stageOrder: [], target: null, maps: [] };
  test('nothing typed, nothing on the board: the journey as imported, same object', () => {
    expect(journeyForBoard(journey, none)).toEqual({ journey, target: { kind: 'new' } });
    expect(journeyForBoard(journey, none).journey).toBe(journey);
  });
  test('the title typed wins and names the journey', () => {
    expect(journeyForBoard(journey, { ...none, title: ' Ouverture ' }).journey).toMatchObject({ title: 'Ouverture', id: journeyIdOf('Ouverture', []) });
  });
  test('updating a map keeps its title unless one is typed, and takes its id', () => {
    const maps = [{ journeyId: 'journey-placed', title: 'Entretiens banque' }];
    const target = { kind: 'update' as const, journeyId: 'journey-placed' };
    expect(journeyForBoard(journey, { ...none, maps, target }).journey).toMatchObject({ id: 'journey-placed', title: 'Entretiens banque' });
    expect(journeyForBoard(journey, { ...none, maps, target, title: 'Vague 2' }).journey).toMatchObject({ id: 'journey-placed', title: 'Vague 2' });
  });
  test('a chosen map gone from the board falls back to the preselection', () => {
    const maps = [{ journeyId: 'journey-file', title: 'x' }];
    expect(journeyForBoard(journey, { ...none, maps, target: { kind: 'update', journeyId: 'journey-gone' } }).target).toEqual({ kind: 'update', journeyId: 'journey-file' });
  });
  test('stages in the user’s order', () => {
    expect(journeyForBoard(journey, { ...none, stageOrder: ['c', 'a'] }).journey.stages.map((one) => one.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('stage order', () => {
  test('orderedStages: the named ones in the order given, a new one after its file neighbour', () => {
    const stages = ['a', 'b', 'c', 'd'].map(stage);
    expect(orderedStages(stages, ['d', 'b', 'a', 'c']).map((one) => one.id)).toEqual(['d', 'b', 'a', 'c']);
    // b follows a, its file neighbour; d follows c.
    expect(orderedStages(stages, ['c', 'a']).map((one) => one.id)).toEqual(['c', 'd', 'a', 'b']);
    expect(orderedStages(stages, ['x']).map((one) => one.id)).toEqual(['a', 'b', 'c', 'd']);
    // "a" first in the file and not named: first.
    expect(orderedStages(stages, ['d', 'c', 'b']).map((one) => one.id)).toEqual(['a', 'd', 'c', 'b']);
  });
  test('movedStageOrder swaps neighbours and keeps other studies’ ids after', () => {
    expect(movedStageOrder(['a', 'b', 'c'], 2, -1, ['x', 'b'])).toEqual(['a', 'c', 'b', 'x']);
    expect(movedStageOrder(['a', 'b'], 0, -1, [])).toEqual(['a', 'b']);
  });
  test('withoutStages forgets this journey’s order', () => {
    expect(withoutStages(['a', 'x', 'b'], ['a', 'b', 'c'])).toEqual(['x']);
  });
});

describe('the draft', () => {
  test('a draft from before several personas reads its one persona as the first', () => {
    const old = { ...defaultDraft('fr'), template: { ...defaultDraft('fr').template, personas: undefined, persona: 'Claire' } };
    expect(parseDraft(JSON.parse(JSON.stringify(old)), 'fr').template.personas).toEqual([{ name: 'Claire', description: '', goals: '', motivations: '', frustrations: '' }]);
  });
  test('keeps the stage order and the typed titles through a round trip', () => {
    const draft = { ...defaultDraft('en'), stageOrder: ['stage-b', 'stage-a'], titles: { 'journey-1': 'Ouverture' } };
    expect(parseDraft(JSON.parse(JSON.stringify(draft)), 'en')).toEqual(draft);
  });
  test('a malformed stage order gives the default draft', () => {
    expect(parseDraft({ ...defaultDraft('en'), stageOrder: [3] }, 'fr')).toEqual(defaultDraft('fr'));
  });
});
