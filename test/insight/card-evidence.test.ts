import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { cardAt, cardEvidence, SHOWN_SOURCES } from '../../ui/state/card-evidence.js';
import { evidenceStrings } from '../../ui/evidence-strings.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { journeyWith } from '../layout/journey-builder.js';

const many = Array.from({ length: 45 }, (_, index) => `P${index + 1}`);
const journey = journeyWith({
  title: 'Étude',
  locale: 'fr',
  stages: [
    { id: 's1', name: 'Souscription' },
    { id: 's2', name: 'Suivi' },
  ],
  lanes: [
    { id: 'p', kind: 'painPoints', title: 'Irritants' },
    { id: 'q', kind: 'thoughts', title: 'Verbatims' },
  ],
  cards: [
    { id: 'wait', stageId: 's1', laneId: 'p', text: 'Attente', count: 3, sources: ['P1', 'P2', 'P3'] },
    { id: 'crowd', stageId: 's2', laneId: 'p', text: 'Foule', count: 45, sources: many },
    { id: 'q1', stageId: 's1', laneId: 'q', text: '40 minutes au téléphone', sources: ['P2', 'P9'] },
    { id: 'q2', stageId: 's1', laneId: 'q', text: 'Tout va bien', sources: ['P7'] },
    { id: 'q3', stageId: 's2', laneId: 'q', text: 'Trop de monde', sources: ['P1'] },
  ],
});

describe('a card picked in the panel preview', () => {
  it('is the card under the click, in layout coordinates; nothing off the cards', () => {
    const layout = layoutJourney(journey);
    const box = layout.primitives.find((primitive) => primitive.key === 'card:wait')?.box;
    expect(cardAt(layout, { x: (box?.x ?? 0) + 5, y: (box?.y ?? 0) + 5 })).toBe('wait');
    expect(cardAt(layout, { x: 1, y: 1 })).toBeUndefined();
  });

  it('shows who said it and what they said at that stage, not what others said', () => {
    expect(cardEvidence(journey, 'wait')).toEqual({
      card: journey.cards[0],
      stage: 'Souscription',
      lane: 'Irritants',
      shown: ['P1', 'P2', 'P3'],
      hidden: 0,
      quotes: [{ text: '40 minutes au téléphone', by: ['P2'] }],
    });
  });

  it('lists the first sources and says how many more there are', () => {
    const evidence = cardEvidence(journey, 'crowd');
    expect(evidence?.shown).toEqual(many.slice(0, SHOWN_SOURCES));
    expect(evidence?.hidden).toBe(45 - SHOWN_SOURCES);
    expect(evidenceStrings('fr').more(evidence?.hidden ?? 0)).toBe('et 5 de plus');
    expect(evidenceStrings('en').saidBy(1)).toBe('Said by 1 person');
  });

  it('passes the panel’s minimum answers to the layout', () => {
    const options = { hiddenLanes: [], stickySize: 'large' as const, palette: 'light' as const, maxQuotes: 3, minEvidence: 2 };
    expect(layoutOptionsFor(journey, options).minEvidence).toBe(2);
    expect(layoutOptionsFor(journey, { ...options, minEvidence: undefined } as never)).not.toHaveProperty('minEvidence');
  });
});
