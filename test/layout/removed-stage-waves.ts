import type { Journey } from '../../core/src/model/journey.js';
import { journeyWith } from './journey-builder.js';

const LANES = [
  { id: 'pains', kind: 'painPoints' as const, title: 'Pain points' },
  { id: 'emo', kind: 'emotions' as const, title: 'Emotions' },
];

/**
 * Two waves of one study whose stages differ: Travel is in the first wave only, Pay in the second
 * only, Book and Arrive in both. Every stage counts 10 respondents with a spread, so the
 * comparison can test its changes. All three stages share the phase "Trip" in each wave.
 *
 *   wave 1: Book (−1, "Account required" ×4) · Travel (−0.5, "No Wi-Fi" ×2) · Arrive (+0.5)
 *   wave 2: Book (0)                         · Pay (+1, "Card declined")      · Arrive (+0.5)
 */
export function removedStageWaves(locale: Journey['locale'] = 'en'): { first: Journey; second: Journey } {
  const first = journeyWith({
    locale,
    lanes: LANES,
    stages: [
      { id: 'book', name: 'Book', phase: 'Trip' },
      { id: 'travel', name: 'Travel', phase: 'Trip' },
      { id: 'arrive', name: 'Arrive', phase: 'Trip' },
    ],
    cards: [
      { stageId: 'book', laneId: 'pains', text: 'Account required', count: 4 },
      { stageId: 'travel', laneId: 'pains', text: 'No Wi-Fi', count: 2 },
    ],
    emotions: [
      { stageId: 'book', score: -1, n: 10, sd: 0.5 },
      { stageId: 'travel', score: -0.5, n: 10, sd: 0.5 },
      { stageId: 'arrive', score: 0.5, n: 10, sd: 0.5 },
    ],
  });
  const second = journeyWith({
    locale,
    lanes: LANES,
    stages: [
      { id: 'book', name: 'Book', phase: 'Trip' },
      { id: 'pay', name: 'Pay', phase: 'Trip' },
      { id: 'arrive', name: 'Arrive', phase: 'Trip' },
    ],
    cards: [{ stageId: 'pay', laneId: 'pains', text: 'Card declined' }],
    emotions: [
      { stageId: 'book', score: 0, n: 10, sd: 0.5 },
      { stageId: 'pay', score: 1, n: 10, sd: 0.5 },
      { stageId: 'arrive', score: 0.5, n: 10, sd: 0.5 },
    ],
  });
  return { first, second };
}
