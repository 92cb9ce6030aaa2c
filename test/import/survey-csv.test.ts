import { asWritten } from '../words/as-written.js';
import { describe, expect, it } from 'vitest';
import { importJourney } from '../../core/src/import/import-journey.js';
import { ids } from './ids.js';
import { importerFor } from './imported.js';

const SURVEY = [
  'Respondent;Customer type;Age;Booking / Website;Booking / App;Boarding;Comment;NPS',
  'R01;Business;34;10;8;4;Great app;9',
  'R02;Leisure;61;6;;2;Boarding was chaotic and slow;3',
  'R03;Business;45;8;10;6;;10',
  'R04;Leisure;27;4;6;;The website kept timing out;6',
].join('\n');

const imported = importerFor('survey.csv');

describe('survey matrix import', () => {
  it('turns rating columns into touchpoints and stages, segments into personas, exactly', () => {
    const { journey, report, warnings } = imported(SURVEY);
    const booking = ids.stage('Booking');
    const boarding = ids.stage('Boarding');
    const touchpoints = ids.lane('touchpoints', 'Touchpoints');
    const business = ids.persona('Business');
    const leisure = ids.persona('Leisure');
    const recommendation = ids.stage('Recommendation');
    const npsLane = ids.lane('custom', 'Net Promoter Score');
    // 1–10: 10 → 2, 8 → 1.111, 6 → 0.222, 4 → −0.667, 2 → −1.556. Low: the bottom 40 % (≤ 4.6, so 4 and 2).
    // Means on the file's scale: Website (10+6+8+4)/4 = 7, App 8, Boarding (4+2+6)/3 = 4.
    expect(journey).toEqual({
      schemaVersion: 1,
      id: ids.journeyOfStages('Booking', 'Boarding', 'Recommendation'),
      title: 'Survey',
      locale: 'en',
      description: 'NPS (NPS): 0 (n = 4). By segment: Business +100 (n = 2), Leisure −100 (n = 2).',
      personas: [
        { id: business, name: 'Business', goals: [], motivations: [], frustrations: [] },
        { id: leisure, name: 'Leisure', goals: [], motivations: [], frustrations: [] },
      ],
      stages: [
        { id: booking, name: 'Booking' },
        { id: boarding, name: 'Boarding' },
        // The recommendation question is the advocacy stage, named in the journey's language.
        { id: recommendation, name: 'Recommendation', phase: 'advocacy' },
      ],
      lanes: [
        { id: touchpoints, kind: 'touchpoints', title: 'Touchpoints' },
        { id: ids.lane('emotions', 'Emotions'), kind: 'emotions', title: 'Emotions' },
        { id: npsLane, kind: 'custom', title: 'Net Promoter Score' },
      ],
      cards: [
        { id: ids.card(booking, touchpoints, 'Website'), stageId: booking, laneId: touchpoints, text: 'Website', channel: 'web', score: 0.667, count: 4, lowShare: 0.25, rating: { mean: 7, from: 1, to: 10 }, sources: ['Booking / Website'] },
        { id: ids.card(booking, touchpoints, 'App'), stageId: booking, laneId: touchpoints, text: 'App', channel: 'app', score: 1.111, count: 3, lowShare: 0, rating: { mean: 8, from: 1, to: 10 }, sources: ['Booking / App'] },
        { id: ids.card(boarding, touchpoints, 'Boarding'), stageId: boarding, laneId: touchpoints, text: 'Boarding', score: -0.667, count: 3, lowShare: 0.667, rating: { mean: 4, from: 1, to: 10 }, sources: ['Boarding'] },
        // Business answered 9 and 10 (two promoters), Leisure 3 and 6 (two detractors).
        { id: ids.npsCard(recommendation, npsLane, business, 7), stageId: recommendation, laneId: npsLane, text: 'Business: NPS +100 (n = 2)', personaId: business, sources: ['NPS'] },
        { id: ids.npsCard(recommendation, npsLane, leisure, 7), stageId: recommendation, laneId: npsLane, text: 'Leisure: NPS −100 (n = 2)', personaId: leisure, sources: ['NPS'] },
      ],
      // sd, sample (n − 1): business booking 2, 2, 1.111, 1.111 → √(4 × 0.444² / 3) = 0.513;
      // leisure 0.222, 0.222, −0.667 → 0.513; business boarding 0.222, −0.667 → 0.889 / √2 = 0.629.
      emotions: [
        { stageId: booking, personaId: business, score: 1.556, n: 4, min: 1.111, max: 2, sd: 0.513, lowShare: 0, rating: { mean: 9, from: 1, to: 10 } },
        { stageId: booking, personaId: leisure, score: -0.074, n: 3, min: -0.667, max: 0.222, sd: 0.513, lowShare: 0.333, rating: { mean: 5.333, from: 1, to: 10 } },
        { stageId: boarding, personaId: business, score: -0.222, n: 2, min: -0.667, max: 0.222, sd: 0.629, lowShare: 0.5, rating: { mean: 5, from: 1, to: 10 } },
        { stageId: boarding, personaId: leisure, score: -1.556, n: 1, min: -1.556, max: -1.556, lowShare: 1, rating: { mean: 2, from: 1, to: 10 } },
      ],
    });
    expect(report).toMatchObject({ format: 'survey-csv', scale: '1-10', rows: 4, stages: 3, cards: 5, personas: 2, unknownColumns: [] });
    expect(asWritten(report.columns)).toEqual([
      { header: 'Respondent', index: 0, role: 'participant', note: 'left out: respondent ids' },
      { header: 'Customer type', index: 1, role: 'persona', note: 'segment: its values are the personas' },
      { header: 'Age', index: 2, role: 'age', note: 'left out: ages' },
      { header: 'Booking / Website', index: 3, role: 'rating' },
      { header: 'Booking / App', index: 4, role: 'rating' },
      { header: 'Boarding', index: 5, role: 'rating' },
      { header: 'Comment', index: 6, role: 'thought', note: 'left out: free text' },
      { header: 'NPS', index: 7, role: 'nps', note: 'NPS: summarised in the description and on the advocacy stage' },
    ]);
    expect(warnings).toEqual(['-|Respondent|left out: respondent ids', '-|Age|left out: ages', '-|Comment|left out: free text']);
  });

  it('gives one emotion per stage with the share of low ratings when no column splits respondents', () => {
    const text = ['id;Website;Call centre', '1;1;5', '2;2;5', '3;5;4'].join('\n');
    const { journey, report } = imported(text);
    expect(report.scale).toBe('1-5');
    expect(journey.personas).toEqual([]);
    // sd: −2, −1, 2 → √(8.667 / 2) = 2.082; 1, 2, 2 → √(0.667 / 2) = 0.577.
    expect(journey.emotions).toEqual([
      { stageId: ids.stage('Website'), score: -0.333, n: 3, min: -2, max: 2, sd: 2.082, lowShare: 0.667, rating: { mean: 2.667, from: 1, to: 5 } },
      { stageId: ids.stage('Call centre'), score: 1.667, n: 3, min: 1, max: 2, sd: 0.577, lowShare: 0, rating: { mean: 4.667, from: 1, to: 5 } },
    ]);
  });

  it('splits by the segment column the options name', () => {
    const text = ['id;Class;Type;Seat;Food', '1;Eco;A;3;4', '2;Business;A;5;5', '3;Eco;B;2;3'].join('\n');
    expect(imported(text).journey.personas.map((persona) => persona.name)).toEqual(['Eco', 'Business']);
    expect(imported(text, { segmentColumn: 'type' }).journey.personas.map((persona) => persona.name)).toEqual(['A', 'B']);
  });

  it('refuses a segment column that does not exist', () => {
    const result = importJourney(SURVEY, { segmentColumn: 'Région' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ column: 'Région', message: expect.stringMatching(/^segment column "Région" not found; the columns are Respondent, Customer type/) });
  });

  it('recognises ids, distances, large numbers, dates and overall satisfaction, and leaves them out', () => {
    const rows = ['id;Flight Distance;Departure Delay in Minutes;Date;Seat comfort;Inflight wifi service;satisfaction'];
    for (let index = 1; index <= 14; index++) rows.push(`${index};${300 + index * 97};${index * 7};2024-03-${String(index).padStart(2, '0')};${1 + (index % 5)};${index % 6};${index % 2 === 0 ? 'satisfied' : 'neutral or dissatisfied'}`);
    const { report } = imported(rows.join('\n'));
    expect(report.columns.map((column) => [column.header, column.role, column.note])).toEqual([
      ['id', 'participant', 'left out: respondent ids'],
      ['Flight Distance', 'distance', 'left out: distances'],
      ['Departure Delay in Minutes', null, 'left out: numbers from 7 to 98, beyond a rating scale'],
      ['Date', 'date', 'left out: dates'],
      ['Seat comfort', 'rating', undefined],
      ['Inflight wifi service', 'rating', undefined],
      ['satisfaction', 'overall', 'overall satisfaction: summarised in the description'],
    ]);
    expect(report.scale).toBe('0-5');
  });

  it('summarises numeric overall satisfaction in the description, in French for French files', () => {
    const text = ['Répondant;Accueil;Propreté;Satisfaction globale', 'A;4;5;7', 'B;2;3;8,5'].join('\n');
    expect(imported(text).journey.description).toBe('Satisfaction globale : 7,8 (n = 2, de 7 à 8,5).');
  });

  it('reads an NPS asked as "recommendation" from its numbers', () => {
    const text = ['Répondant;Accueil;Propreté;Recommandation (0-10)', 'A;4;5;10', 'B;2;3;9', 'C;3;3;2'].join('\n');
    const { journey, report } = imported(text);
    expect(report.columns[3]).toMatchObject({ role: 'nps' });
    expect(journey.description).toBe('NPS (Recommandation) : +33 (n = 3).');
  });

  it('warns, with row and column, about ratings outside the scale', () => {
    const rows = ['id;Website;App (1-5)', ...Array.from({ length: 20 }, (_, index) => `${index + 1};${1 + (index % 5)};${1 + (index % 4)}`), '21;3;8', '22;2;abc'];
    const { warnings } = imported(rows.join('\n'));
    expect(warnings).toEqual(['-|id|left out: respondent ids', '22|App (1-5)|8 is outside the scale 1–5: left out', '23|App (1-5)|"abc" is not a number, a percentage or an emotion word: left out']);
  });
});
