import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { JOURNEY_SCHEMA_VERSION, exportJourney, neutraliseFormula, type Journey } from '../../core/src/index.js';

const journey: Journey = {
  schemaVersion: JOURNEY_SCHEMA_VERSION,
  id: 'j',
  title: 'Commute',
  locale: 'en',
  personas: [],
  stages: [
    { id: 's1', name: 'Discover', phase: 'awareness' },
    { id: 's2', name: 'Ride' },
  ],
  lanes: [
    { id: 'a', kind: 'actions', title: 'Actions' },
    { id: 'e', kind: 'emotions', title: 'Emotion' },
    { id: 'p', kind: 'painPoints', title: 'Pain points' },
  ],
  cards: [
    { id: 'c1', stageId: 's1', laneId: 'a', text: 'Sees an ad', sources: [] },
    { id: 'c2', stageId: 's1', laneId: 'a', text: 'Reads a review', sources: [] },
    { id: 'c3', stageId: 's2', laneId: 'p', text: 'Crowded, "again"', sources: [] },
  ],
  emotions: [
    { stageId: 's1', score: 1.5 },
    { stageId: 's2', personaId: 'x', score: -1 },
    { stageId: 's2', personaId: 'y', score: 0 },
  ],
};

const lines = (csv: string) => csv.split('\r\n');

describe('exportJourney(…, "csv")', () => {
  it('writes one row per stage, one column per lane in lane order, cards on lines of one quoted cell, the emotion scale in its header', () => {
    expect(lines(exportJourney(journey, 'csv'))).toEqual([
      'Stage,Phase,Actions,Emotion (-2..+2),Pain points',
      'Discover,awareness,"Sees an ad\nReads a review",1.5,',
      'Ride,,,-0.5,"Crowded, ""again"""',
    ]);
  });

  it('writes French headers, ";" and decimal commas for a French journey', () => {
    const csv = lines(exportJourney({ ...journey, locale: 'fr' }, 'csv'));
    expect(csv.slice(0, 2)).toEqual(['Étape;Phase;Actions;Emotion (-2..+2);Pain points', 'Discover;awareness;"Sees an ad\nReads a review";1,5;']);
  });

  it('adds a Description column only when a stage has a description', () => {
    const described: Journey = { ...journey, stages: [{ id: 's1', name: 'Discover', description: 'First contact' }, { id: 's2', name: 'Ride' }] };
    expect(lines(exportJourney(described, 'csv')).slice(0, 2)).toEqual([
      'Stage,Phase,Description,Actions,Emotion (-2..+2),Pain points',
      'Discover,,First contact,"Sees an ad\nReads a review",1.5,',
    ]);
  });

  it('tags a lane whose title would read as another kind, and appends an emotion column when emotions have no lane', () => {
    const tagged: Journey = { ...journey, lanes: [{ id: 'a', kind: 'thoughts', title: 'What they do' }], cards: [], emotions: [{ stageId: 's1', score: 1 }] };
    expect(lines(exportJourney(tagged, 'csv'))[0]).toBe('Stage,Phase,What they do [thoughts],Emotion (-2..+2)');
  });

  it('writes a touchpoint channel in brackets only when the text does not give it', () => {
    const touch: Journey = {
      ...journey,
      lanes: [{ id: 't', kind: 'touchpoints', title: 'Touchpoints' }],
      cards: [
        { id: 'c1', stageId: 's1', laneId: 't', text: 'Instagram', channel: 'social', sources: [] },
        { id: 'c2', stageId: 's1', laneId: 't', text: 'Leaflet', channel: 'mail', sources: [] },
        { id: 'c3', stageId: 's1', laneId: 't', text: 'Poster', sources: [] },
      ],
      emotions: [],
    };
    expect(lines(exportJourney(touch, 'csv'))[1]).toBe('Discover,awareness,"Instagram\nLeaflet (mail)\nPoster"');
  });

  it('writes an emotion that came from a word as that word', () => {
    const worded: Journey = { ...journey, emotions: [{ stageId: 's1', score: 2, label: 'Delighted' }] };
    expect(lines(exportJourney(worded, 'csv'))[1]).toBe('Discover,awareness,"Sees an ad\nReads a review",Delighted,');
  });

  it('neutralises every text cell a spreadsheet would run as a formula, but not a negative number', () => {
    const hostile: Journey = {
      ...journey,
      stages: [{ id: 's1', name: '=HYPERLINK("http://evil","x")', phase: '+1' }],
      lanes: [{ id: 'a', kind: 'actions', title: '@SUM(A1)' }],
      cards: [{ id: 'c', stageId: 's1', laneId: 'a', text: '-2+3', sources: [] }],
      emotions: [{ stageId: 's1', score: -1.5 }],
    };
    expect(Papa.parse<string[]>(exportJourney(hostile, 'csv')).data).toEqual([
      ['Stage', 'Phase', "'@SUM(A1) [actions]", 'Emotion (-2..+2)'],
      ['\'=HYPERLINK("http://evil","x")', "'+1", "'-2+3", '-1.5'],
    ]);
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ["'=x", "''=x"],
    ["''-x", "'''-x"],
    ["'quoted", "'quoted"],
    ['plain = text', 'plain = text'],
    ['', ''],
  ])('turns %j into %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });
});
