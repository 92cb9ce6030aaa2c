import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../core/src/compare/compare-journeys.js';
import type { Journey } from '../../core/src/model/journey.js';
import { journeyWith } from '../layout/journey-builder.js';

/** A persona with nothing but its name. */
const persona = (id: string, name: string) => ({ id, name, goals: [], motivations: [], frustrations: [] });

const LANES = [
  { id: 'actions', kind: 'actions' as const, title: 'Actions' },
  { id: 'touch', kind: 'touchpoints' as const, title: 'Touchpoints' },
  { id: 'pains', kind: 'painPoints' as const, title: 'Pain points' },
  { id: 'emo', kind: 'emotions' as const, title: 'Emotions' },
];

/**
 * One wave of the study on the four lanes above: its stages as `{ id: name }` in their order, the
 * rest (emotions, cards, personas) as `journeyWith` takes it.
 *
 * @example wave({ a: 'Pay' }, { emotions: [{ stageId: 'a', score: -2 }] })
 */
function wave(stages: Record<string, string>, parts: Omit<NonNullable<Parameters<typeof journeyWith>[0]>, 'lanes' | 'stages'> = {}): Journey {
  return journeyWith({ lanes: LANES, stages: Object.entries(stages).map(([id, name]) => ({ id, name })), ...parts });
}

describe('compareJourneys', () => {
  it('matches stages by name with accents, case and spaces ignored, and gives the delta with n on each side', () => {
    const before = wave({ a: 'Découverte', b: 'Achat' }, {
      emotions: [
        { stageId: 'a', score: -1, n: 10, sd: 1 },
        { stageId: 'b', score: 0.5, n: 8, sd: 0.5 },
      ],
    });
    const after = wave({ x: '  DECOUVERTE ', y: 'achat' }, {
      emotions: [
        { stageId: 'x', score: 0.5, n: 12, sd: 1.5 },
        { stageId: 'y', score: 0.25, n: 9, sd: 0.5 },
      ],
    });
    const comparison = compareJourneys(before, after);
    expect(comparison.stages.map((stage) => [stage.stage, stage.renamedFrom, stage.before, stage.after, stage.delta])).toEqual([
      ['  DECOUVERTE ', 'Découverte', { score: -1, n: 10 }, { score: 0.5, n: 12 }, 1.5],
      ['achat', 'Achat', { score: 0.5, n: 8 }, { score: 0.25, n: 9 }, -0.25],
    ]);
    // Welch by hand: t = 1.5 / √(1/10 + 2.25/12) = 2.7975(1), df = 0.2875² / (0.1²/9 + 0.1875²/11) = 19.2.
    expect(comparison.stages[0]?.test).toMatchObject({ name: 'welch-t', t: 2.798, df: 19.2 });
    expect(comparison.stages[0]?.test?.p).toBeGreaterThan(0.01);
    expect(comparison.stages[0]?.test?.p).toBeLessThan(0.0125);
    expect(comparison.stages[0]?.significant).toBe(true);
    // −0.25 with sd 0.5 on 8 and 9 answers: t = −1.03, well within noise.
    expect(comparison.stages[1]?.significant).toBe(false);
  });

  it('pools personas n-weighted into the stage score, with their pooled spread, and pairs personas by name', () => {
    // Commuters: 4 answers, mean −1, sd 0; tourists: 4 answers, mean 1, sd 0 → everyone: mean 0, sd √(8/7).
    const before = wave({ s: 'Book' }, {
      personas: [
        persona('c', 'Commuter'),
        persona('t', 'Tourist'),
      ],
      emotions: [
        { stageId: 's', personaId: 'c', score: -1, n: 4, sd: 0 },
        { stageId: 's', personaId: 't', score: 1, n: 4, sd: 0 },
      ],
    });
    const after = wave({ s2: 'Book' }, {
      personas: [persona('tt', 'tourist')],
      emotions: [{ stageId: 's2', personaId: 'tt', score: 1.5, n: 6, sd: 0.5 }],
    });
    const [stage] = compareJourneys(before, after).stages;
    expect(stage?.before).toEqual({ score: 0, n: 8 });
    expect(stage?.after).toEqual({ score: 1.5, n: 6 });
    expect(stage?.delta).toBe(1.5);
    expect(stage?.personas).toEqual([
      { persona: 'tourist', before: { score: 1, n: 4 }, after: { score: 1.5, n: 6 }, delta: 0.5 },
      { persona: 'Commuter', before: { score: -1, n: 4 } },
    ]);
    // Welch from the pooled spread √(8/7) on 8 and 0.5 on 6: t = 1.5 / √(8/7/8 + 0.25/6).
    const t = 1.5 / Math.sqrt(8 / 7 / 8 + 0.25 / 6);
    expect(stage?.test?.t).toBeCloseTo(t, 3);
  });

  it('weights persona scores by their respondents', () => {
    const before = wave({ s: 'Book' }, {
      personas: [
        persona('c', 'Commuter'),
        persona('t', 'Tourist'),
      ],
      emotions: [
        { stageId: 's', personaId: 'c', score: -2, n: 1 },
        { stageId: 's', personaId: 't', score: 2, n: 3, sd: 0 },
      ],
    });
    // (−2 × 1 + 2 × 3) / 4 = 1
    expect(compareJourneys(before, before).stages[0]?.before).toEqual({ score: 1, n: 4 });
  });

  it('pairs a renamed stage when the user says so', () => {
    const before = wave({ a: 'Arrive', b: 'Rate' }, { emotions: [{ stageId: 'a', score: 1 }] });
    const after = wave({ x: 'Feedback', y: 'Arrival' }, { emotions: [{ stageId: 'y', score: 2 }] });
    const stages = compareJourneys(before, after, { pairs: [['arrive', 'ARRIVAL']] }).stages;
    expect(stages.map((stage) => [stage.stage, stage.renamedFrom, stage.delta])).toEqual([
      ['Feedback', undefined, undefined],
      ['Arrival', 'Arrive', 1],
      ['Rate', undefined, undefined],
    ]);
  });

  it('pairs a renamed stage when its position and cards agree, and not when the cards differ', () => {
    const cards = (stageId: string, texts: string[]) => texts.map((text) => ({ stageId, laneId: 'actions', text }));
    const before = wave({ a: 'Discover', b: 'Arrive', c: 'Claim' }, {
      cards: [...cards('a', ['Reads reviews']), ...cards('b', ['Finds the exit', 'Rates the trip', 'Looks for the metro']), ...cards('c', ['Fills the form'])],
    });
    const after = wave({ x: 'Discover', y: 'Arrival', z: 'Refund' }, {
      cards: [...cards('x', ['Reads reviews']), ...cards('y', ['finds the exit', 'Rates the trip.', 'Calls a taxi']), ...cards('z', ['Gets money back'])],
    });
    const stages = compareJourneys(before, after).stages;
    expect(stages.map((stage) => [stage.stage, stage.renamedFrom])).toEqual([
      ['Discover', undefined],
      ['Arrival', 'Arrive'],
      ['Refund', undefined],
      ['Claim', undefined],
    ]);
  });

  it('keeps a stage present in one wave only, with no delta and no significance', () => {
    const before = wave({ a: 'Plan', b: 'Queue', c: 'Pay' }, { emotions: [{ stageId: 'b', score: -2, n: 20, sd: 0.1 }] });
    const after = wave({ x: 'Plan', y: 'Pay', z: 'Review' }, { emotions: [{ stageId: 'z', score: 1, n: 20, sd: 0.1 }] });
    expect(compareJourneys(before, after).stages).toEqual([
      { stage: 'Plan', significant: false, personas: [] },
      { stage: 'Queue', before: { score: -2, n: 20 }, significant: false, personas: [] },
      { stage: 'Pay', significant: false, personas: [] },
      { stage: 'Review', after: { score: 1, n: 20 }, significant: false, personas: [] },
    ]);
  });

  it('maps without respondents (as-is / to-be): scores with n = 0, never significant', () => {
    const before = wave({ a: 'Pay' }, { emotions: [{ stageId: 'a', score: -2 }] });
    const after = wave({ a: 'Pay' }, { emotions: [{ stageId: 'a', score: 2 }] });
    const [stage] = compareJourneys(before, after).stages;
    expect(stage).toEqual({ stage: 'Pay', before: { score: -2, n: 0 }, after: { score: 2, n: 0 }, delta: 4, significant: false, personas: [] });
  });

  it('needs at least 5 respondents on each side to call a change significant', () => {
    const one = (n: number) => wave({ a: 'Pay' }, { emotions: [{ stageId: 'a', score: -2, n, sd: 0.1 }] });
    const two = (n: number) => wave({ a: 'Pay' }, { emotions: [{ stageId: 'a', score: 2, n, sd: 0.1 }] });
    expect(compareJourneys(one(4), two(40)).stages[0]?.significant).toBe(false);
    expect(compareJourneys(one(5), two(5)).stages[0]?.significant).toBe(true);
  });

  it('sorts pain points into added, resolved and persisting with counts, texts compared as import does', () => {
    const pain = (stageId: string, text: string, count?: number) => ({ stageId, laneId: 'pains', text, ...(count !== undefined && { count }) });
    const before = wave({ a: 'Book', b: 'Travel' }, {
      cards: [pain('a', 'Account is mandatory', 4), pain('a', 'Prix peu clair.', 2), pain('b', 'No Wi-Fi', 3), { stageId: 'b', laneId: 'touch', text: 'Ticket machine' }],
    });
    const after = wave({ x: 'Book', y: 'Travel' }, {
      cards: [pain('x', ' prix  PEU clair', 5), pain('y', 'Seat not shown'), pain('y', 'no wi-fi', 1), { stageId: 'y', laneId: 'touch', text: 'Mobile ticket' }],
    });
    const comparison = compareJourneys(before, after);
    expect(comparison.pains).toEqual({
      added: [{ stage: 'Travel', text: 'Seat not shown', before: 0, after: 1 }],
      resolved: [{ stage: 'Book', text: 'Account is mandatory', before: 4, after: 0 }],
      persisting: [
        { stage: 'Book', text: ' prix  PEU clair', before: 2, after: 5 },
        { stage: 'Travel', text: 'no wi-fi', before: 3, after: 1 },
      ],
    });
    expect(comparison.touchpoints).toEqual({
      added: [{ stage: 'Travel', text: 'Mobile ticket', before: 0, after: 1 }],
      gone: [{ stage: 'Travel', text: 'Ticket machine', before: 1, after: 0 }],
    });
  });

  it('empty pain lanes on both sides: no pain changes at all', () => {
    const journey = wave({ a: 'Book' });
    expect(compareJourneys(journey, journey).pains).toEqual({ added: [], resolved: [], persisting: [] });
  });

  it('a pain lane empty in the earlier wave only: every later pain is added', () => {
    const empty = wave({ a: 'Book' });
    const later = wave({ a: 'Book' }, { cards: [{ stageId: 'a', laneId: 'pains', text: 'Slow', count: 2 }] });
    expect(compareJourneys(empty, later).pains).toEqual({ added: [{ stage: 'Book', text: 'Slow', before: 0, after: 2 }], resolved: [], persisting: [] });
    expect(compareJourneys(later, empty).pains).toEqual({ added: [], resolved: [{ stage: 'Book', text: 'Slow', before: 2, after: 0 }], persisting: [] });
  });

  it('a pain point of a stage in one wave only counts as added or resolved', () => {
    const before = wave({ a: 'Queue' }, { cards: [{ stageId: 'a', laneId: 'pains', text: 'Long queue', count: 3 }] });
    const after = wave({ b: 'Self check-in' }, { cards: [{ stageId: 'b', laneId: 'pains', text: 'Kiosk is slow', count: 1 }] });
    // Different names, no card text in common: not the same stage.
    const comparison = compareJourneys(before, after);
    expect(comparison.stages.map((stage) => stage.stage)).toEqual(['Self check-in', 'Queue']);
    expect(comparison.pains.resolved).toEqual([{ stage: 'Queue', text: 'Long queue', before: 3, after: 0 }]);
    expect(comparison.pains.added).toEqual([{ stage: 'Self check-in', text: 'Kiosk is slow', before: 0, after: 1 }]);
    expect(comparison.pains.persisting).toEqual([]);
  });
});
