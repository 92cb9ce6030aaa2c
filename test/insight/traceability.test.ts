import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Journey } from '../../core/src/model/journey.js';
import { importerFor } from '../import/imported.js';
import { generateInterviewCsv } from '../import/interview-csv-generator.js';
import { generateSurveyCsv } from '../import/survey-csv-generator.js';
import { syntheticStudy } from './synthetic-interviews.js';

const imported = importerFor('etude.csv');

/** Every card that aggregates what several respondents said: each lane's cards but the template's. */
function aggregated(journey: Journey) {
  return journey.cards.filter((card) => card.count !== undefined);
}

describe('every aggregated card says who said it', () => {
  it('interview cards: count equals the distinct participants in sources, for every card', () => {
    const { journey } = imported(generateInterviewCsv({ observations: 800, participants: 40, seed: 3 }));
    const cards = aggregated(journey);
    expect(cards.length).toBeGreaterThan(50);
    for (const card of cards) {
      expect(card.sources.length, card.text).toBe(card.count);
      expect(new Set(card.sources).size, card.text).toBe(card.count);
    }
  });

  it('interview cards: sources are exactly the participants whose rows said it', () => {
    const study = syntheticStudy({ seed: 11, participants: 30, personas: ['A', 'B'], stages: ['Un', 'Deux', 'Trois'], moods: [3, 2, 4], lastStageVisitors: 30 });
    const { journey } = imported(study.csv, { scale: '1-5' });
    const stageName = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
    const laneKind = new Map(journey.lanes.map((lane) => [lane.id, lane.kind]));
    for (const card of journey.cards) {
      const field = laneKind.get(card.laneId) === 'painPoints' ? 'pain' : 'touchpoint';
      const truth = new Set(study.rows.filter((row) => row.stage === stageName.get(card.stageId) && row[field] === card.text).map((row) => row.participant));
      expect(new Set(card.sources)).toEqual(truth);
      if (card.channels !== undefined) expect(card.channels.flatMap((entry) => entry.sources).sort()).toEqual([...truth].sort());
    }
  });

  it('interview cards without a participant column: each source is the row that said it', () => {
    const csv = 'étape;difficulté\nA;Trop cher\nA;trop cher\nB;Trop cher\nA;Lent';
    const { journey } = imported(csv);
    expect(journey.cards.map((card) => [card.text, card.count, card.sources])).toEqual([
      ['Trop cher', 2, ['row 2', 'row 3']],
      ['Lent', 1, ['row 5']],
      ['Trop cher', 1, ['row 4']],
    ]);
  });

  it('survey cards: the source is the rating column, the count its respondents', () => {
    const csv = generateSurveyCsv(120, 5);
    const table = Papa.parse<string[]>(csv.trim(), { delimiter: ';' }).data;
    const header = table[0] ?? [];
    const { journey } = imported(csv);
    const cards = aggregated(journey);
    expect(cards.length).toBeGreaterThan(3);
    for (const card of cards) {
      expect(card.sources).toHaveLength(1);
      const column = header.indexOf(card.sources[0] ?? '');
      expect(column).toBeGreaterThan(-1);
      expect(card.count).toBe(table.slice(1).filter((row) => (row[column] ?? '').trim() !== '').length);
    }
  });

  it('5,000 respondents: one card said by all keeps all 5,000 sources', () => {
    const lines = ['participant;étape;difficulté;canal;point de contact'];
    for (let p = 1; p <= 5000; p++) lines.push(`R${p};Attente;Trop long;${p % 2 === 0 ? 'web' : 'phone'};Service client`);
    const { journey } = imported(lines.join('\n'));
    const pain = journey.cards.find((card) => card.text === 'Trop long');
    expect(pain?.count).toBe(5000);
    expect(new Set(pain?.sources).size).toBe(5000);
    const touchpoint = journey.cards.find((card) => card.text === 'Service client');
    // A tie keeps the channels' usual order (web before phone).
    expect(touchpoint?.channels?.map((entry) => [entry.channel, entry.sources.length])).toEqual([
      ['web', 2500],
      ['phone', 2500],
    ]);
  });
});
