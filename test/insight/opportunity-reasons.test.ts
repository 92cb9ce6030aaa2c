import { describe, expect, it } from 'vitest';
import { explainOpportunities } from '../../core/src/insight/opportunity-reasons.js';
import { journeyWith } from '../layout/journey-builder.js';

const base = {
  title: 'T',
  stages: [
    { id: 'a', name: 'A' },
    { id: 'b', name: 'B' },
  ],
  emotions: [
    { stageId: 'a', score: 1, n: 10 },
    { stageId: 'b', score: -1.4, n: 12 },
  ],
};

describe('explainOpportunities', () => {
  it('spells out the two factors of each rank: who said it and how the stage feels', () => {
    const journey = journeyWith({
      ...base,
      lanes: [{ id: 'o', kind: 'opportunities', title: 'Opportunities' }],
      cards: [
        { id: 'o1', stageId: 'a', laneId: 'o', text: 'Show the price', count: 3, priority: 1.2 },
        { id: 'o2', stageId: 'b', laneId: 'o', text: 'Call back', count: 12, priority: 10.2 },
      ],
    });
    expect(explainOpportunities(journey).map((one) => [one.rank, one.card.text, one.reason, one.suggested])).toEqual([
      [1, 'Call back', 'said by 12 people · stage at −1.4', false],
      [2, 'Show the price', 'said by 3 people · stage at +1', false],
    ]);
  });

  it('offers the most reported pain points as suggestions when there is no opportunity column', () => {
    const journey = journeyWith({
      ...base,
      locale: 'fr',
      lanes: [{ id: 'p', kind: 'painPoints', title: 'Irritants' }],
      cards: [
        { id: 'p1', stageId: 'a', laneId: 'p', text: 'Prix flou', count: 2 },
        { id: 'p2', stageId: 'b', laneId: 'p', text: 'Attente', count: 9 },
        { id: 'p3', stageId: 'b', laneId: 'p', text: 'Oubli', count: 1 },
      ],
    });
    expect(explainOpportunities(journey).map((one) => [one.card.text, one.reason, one.suggested, one.rank])).toEqual([
      ['Attente', 'cité par 9 personnes · étape à −1,4', true, undefined],
      ['Prix flou', 'cité par 2 personnes · étape à +1', true, undefined],
      ['Oubli', 'cité par 1 personne · étape à −1,4', true, undefined],
    ]);
  });
});
