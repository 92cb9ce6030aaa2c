import { describe, expect, it } from 'vitest';
import { JOURNEY_SCHEMA_VERSION, exportJourney, type Card, type Emotion, type Journey } from '../../core/src/index.js';

/** The comment line every export starts with. */
const COMMENT = '  %% Scores: whole numbers 1–5, rounded from −2…+2 · entiers de 1 à 5, arrondis depuis −2…+2';

const base: Journey = {
  schemaVersion: JOURNEY_SCHEMA_VERSION,
  id: 'j',
  title: 'My day',
  locale: 'en',
  personas: [
    { id: 'me', name: 'Me', goals: [], motivations: [], frustrations: [] },
    { id: 'cat', name: 'Cat', goals: [], motivations: [], frustrations: [] },
  ],
  stages: [
    { id: 'work', name: 'Go to work' },
    { id: 'home', name: 'Go home' },
  ],
  lanes: [
    { id: 'touch', kind: 'touchpoints', title: 'Touchpoints' },
    { id: 'do', kind: 'actions', title: 'Actions' },
  ],
  cards: [],
  emotions: [],
};

const card = (id: string, stageId: string, laneId: string, text: string, extra: Partial<Card> = {}): Card => ({ id, stageId, laneId, text, sources: [], ...extra });

function taskLines(cards: Card[], emotions: Emotion[] = [], lanes = base.lanes): string[] {
  return exportJourney({ ...base, lanes, cards, emotions }, 'mermaid')
    .split('\n')
    .filter((line) => line.startsWith('    '))
    .map((line) => line.trim());
}

describe('exportJourney(…, "mermaid")', () => {
  it('writes title, description, a section per stage and a task per action card', () => {
    const journey: Journey = {
      ...base,
      description: 'Two sections',
      cards: [
        card('c1', 'work', 'do', 'Make tea', { score: 2, personaIds: ['me'] }),
        card('c2', 'work', 'touch', 'Kettle'),
        card('c3', 'work', 'do', 'Do work', { score: -2, personaIds: ['me', 'cat'] }),
      ],
    };
    expect(exportJourney(journey, 'mermaid')).toBe(
      ['journey', COMMENT, '  title My day', '  accDescr: Two sections', '  section Go to work', '    Make tea: 5: Me', '    Do work: 1: Me, Cat', '  section Go home', ''].join('\n'),
    );
  });

  it('writes a multi-line description as an accDescr block', () => {
    expect(exportJourney({ ...base, description: 'First\n  second' }, 'mermaid')).toContain('  accDescr {\n    First\n    second\n  }\n');
  });

  it.each([
    [2, 5],
    [1.4, 4],
    [0.5, 4],
    [0.49, 3],
    [-1.5, 2],
    [-2, 1],
  ])('rounds card score %s to Mermaid score %s', (score, expected) => {
    expect(taskLines([card('c', 'work', 'do', 't', { score })])).toEqual([`t: ${expected}`]);
  });

  it("falls back to the stage emotion of the card's persona, then the stage's own, then 3", () => {
    const emotions: Emotion[] = [
      { stageId: 'work', personaId: 'cat', score: -2 },
      { stageId: 'work', score: 1 },
    ];
    expect(
      taskLines(
        [
          card('a', 'work', 'do', 'cat task', { personaIds: ['cat'] }),
          card('b', 'work', 'do', 'anyone task'),
          card('c', 'home', 'do', 'home task'),
        ],
        emotions,
      ),
    ).toEqual(['cat task: 1: Cat', 'anyone task: 4', 'home task: 3']);
  });

  it('uses the single personaId when a card has no personaIds', () => {
    expect(taskLines([card('c', 'work', 'do', 't', { score: 0, personaId: 'cat' })])).toEqual(['t: 3: Cat']);
  });

  it('takes the first lane when there is no actions lane', () => {
    expect(taskLines([card('a', 'work', 'touch', 'Kettle', { score: 0 }), card('b', 'work', 'pains', 'x')], [], [base.lanes[0]!])).toEqual(['Kettle: 3']);
  });

  it('escapes what Mermaid reserves in every text', () => {
    const journey: Journey = {
      ...base,
      title: 'PR #12; a: b',
      stages: [{ id: 'work', name: 'a;b:c' }],
      personas: [{ id: 'me', name: 'Ops, EU', goals: [], motivations: [], frustrations: [] }],
      cards: [card('c', 'work', 'do', 'a#b\nc', { score: 0, personaIds: ['me'] })],
    };
    expect(exportJourney(journey, 'mermaid')).toBe(
      ['journey', COMMENT, '  title PR #35;12#59; a#58; b', '  section a#59;b#58;c', '    a#35;b<br>c: 3: Ops#44; EU', ''].join('\n'),
    );
  });
});

