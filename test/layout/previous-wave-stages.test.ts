import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../core/src/compare/compare-journeys.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { previousWave } from '../../core/src/layout/previous-wave.js';
import type { CurvePrimitive, Layout, Primitive } from '../../core/src/layout/primitive.js';
import { renderSvg } from '../../core/src/render/render-svg.js';
import type { Journey } from '../../core/src/model/journey.js';
import { forbiddenOverlaps } from './allowed-overlap.js';
import { journeyWith } from './journey-builder.js';
import { removedStageWaves } from './removed-stage-waves.js';

/** The second wave laid out with the first as its previous wave. */
function laidOut(first: Journey, second: Journey): { layout: Layout; byKey: Map<string, Primitive>; removedId: string } {
  const previous = previousWave(second, compareJourneys(first, second));
  const layout = layoutJourney(second, { previous });
  return { layout, byKey: new Map(layout.primitives.map((primitive) => [primitive.key, primitive])), removedId: previous.removedStages[0]?.stageId ?? '' };
}

const centre = (primitive: Primitive | undefined) => (primitive ? primitive.box.x + Math.round(primitive.box.w / 2) : NaN);
const headers = (layout: Layout) => layout.primitives.filter((primitive) => primitive.key.startsWith('stage:')).map((primitive) => primitive.text);
const painTexts = (layout: Layout) => layout.primitives.filter((primitive) => primitive.kind === 'sticky' && primitive.ref?.laneId === 'pains').map((primitive) => [primitive.ref?.stageId, primitive.text]);

describe('previousWave: stages of one wave only', () => {
  const { first, second } = removedStageWaves();
  const previous = previousWave(second, compareJourneys(first, second));

  it('lists the stage of the first wave only as removed, after the stage it followed in the comparison', () => {
    expect(previous.removedStages).toEqual([{ stageId: expect.stringMatching(/^removed-stage-/), name: 'Travel', after: 'pay' }]);
  });

  it('gives the removed stage its previous score and no change, the new stage no score and no change', () => {
    const removedId = previous.removedStages[0]?.stageId;
    expect(previous.stages).toEqual([
      { stageId: 'book', score: -1, delta: 1, significant: true },
      { stageId: 'pay', significant: false },
      { stageId: removedId, score: -0.5, significant: false },
      { stageId: 'arrive', score: 0.5, delta: 0, significant: false },
    ]);
  });

  it('files the removed stage pains as resolved under its own id', () => {
    expect(previous.resolvedPains).toEqual([
      { stageId: 'book', text: 'Account required', count: 4 },
      { stageId: previous.removedStages[0]?.stageId, text: 'No Wi-Fi', count: 2 },
    ]);
  });

  it('gives the same id to the removed stage on every call (a re-sync finds its column)', () => {
    expect(previousWave(second, compareJourneys(first, second)).removedStages).toEqual(previous.removedStages);
  });

  it('removes nothing when both waves have the same stages', () => {
    expect(previousWave(first, compareJourneys(first, first)).removedStages).toEqual([]);
  });
});

describe('layoutJourney with the previous wave: a stage the new wave no longer has', () => {
  const { first, second } = removedStageWaves('fr');
  const { layout, byKey, removedId } = laidOut(first, second);

  it('keeps a column for it where it stood, its name under "Étape retirée"', () => {
    expect(headers(layout)).toEqual(['Book', 'Pay', 'Étape retirée\nTravel', 'Arrive']);
  });

  it('keeps the phase band whole over it when its neighbours share the phase', () => {
    const phases = layout.primitives.filter((primitive) => primitive.key.startsWith('phase:'));
    expect(phases).toHaveLength(1);
    const book = byKey.get('stage:book');
    const arrive = byKey.get('stage:arrive');
    expect(phases[0]?.box.x).toBe(book?.box.x);
    expect((phases[0]?.box.x ?? 0) + (phases[0]?.box.w ?? 0)).toBe((arrive?.box.x ?? 0) + (arrive?.box.w ?? 0));
  });

  it('puts the previous wave point at its column on the dashed curve, none at the new stage', () => {
    const curve = byKey.get('emotion:emo:previous:curve') as CurvePrimitive | undefined;
    expect(curve?.points.map((point) => point.x)).toEqual([centre(byKey.get('stage:book')), centre(byKey.get(`stage:${removedId}`)), centre(byKey.get('stage:arrive'))]);
    // −1, −0.5, +0.5: the second step is twice the first, upwards.
    const [a, b, c] = curve?.points.map((point) => point.y) ?? [];
    expect((a ?? 0) - (b ?? 0)).toBeGreaterThan(0);
    expect((b ?? 0) - (c ?? 0)).toBe(2 * ((a ?? 0) - (b ?? 0)));
  });

  it('draws the new wave curve through its own stages only', () => {
    const curve = byKey.get('emotion:emo:_:curve') as CurvePrimitive | undefined;
    expect(curve?.points.map((point) => point.x)).toEqual([centre(byKey.get('stage:book')), centre(byKey.get('stage:pay')), centre(byKey.get('stage:arrive'))]);
  });

  it('writes a change badge only where both waves have a score', () => {
    const deltas = layout.primitives.filter((primitive) => primitive.key.startsWith('emotion:emo:previous:delta:')).map((primitive) => [primitive.ref?.stageId, primitive.text]);
    expect(deltas).toEqual([
      ['book', '+1,0 ▲'],
      ['arrive', '0,0 ='],
    ]);
  });

  it('brings its pains back marked resolved, and marks the new stage pains new', () => {
    expect(painTexts(layout)).toEqual([
      ['book', 'Résolu (était ×4)\nAccount required'],
      ['pay', 'Nouveau\nCard declined'],
      [removedId, 'Résolu (était ×2)\nNo Wi-Fi'],
    ]);
  });

  it('flags no thin evidence and no moment of truth on the removed column', () => {
    expect(layout.primitives.filter((primitive) => primitive.key === `badge:${removedId}`)).toEqual([]);
  });

  it('overlaps nothing and stays inside the frame', () => {
    expect(forbiddenOverlaps(layout.primitives)).toEqual([]);
    for (const primitive of layout.primitives) expect(primitive.box.x + primitive.box.w).toBeLessThanOrEqual(layout.bounds.w);
  });

  it('is the same layout from one run to the next', () => {
    expect(laidOut(first, second).layout).toEqual(layout);
  });
});

describe('layoutJourney with the previous wave: English, and a removed first stage', () => {
  it('says "Stage removed", "Resolved" and "New" in English', () => {
    const { first, second } = removedStageWaves('en');
    const { layout, removedId } = laidOut(first, second);
    expect(headers(layout)).toEqual(['Book', 'Pay', 'Stage removed\nTravel', 'Arrive']);
    expect(painTexts(layout)).toEqual([
      ['book', 'Resolved (was ×4)\nAccount required'],
      ['pay', 'New\nCard declined'],
      [removedId, 'Resolved (was ×2)\nNo Wi-Fi'],
    ]);
  });

  it('puts a removed first stage first, outside the phase it did not share', () => {
    const lanes = [{ id: 'emo', kind: 'emotions' as const, title: 'Emotions' }];
    const first = journeyWith({
      lanes,
      stages: [
        { id: 'w', name: 'Welcome' },
        { id: 'b', name: 'Book', phase: 'Trip' },
        { id: 'c', name: 'Check in', phase: 'Trip' },
      ],
      emotions: [
        { stageId: 'w', score: 1 },
        { stageId: 'b', score: 0 },
        { stageId: 'c', score: 0 },
      ],
    });
    const second = journeyWith({
      lanes,
      stages: [
        { id: 'b', name: 'Book', phase: 'Trip' },
        { id: 'c', name: 'Check in', phase: 'Trip' },
      ],
      emotions: [
        { stageId: 'b', score: 1 },
        { stageId: 'c', score: 1 },
      ],
    });
    const { layout, byKey } = laidOut(first, second);
    expect(headers(layout)).toEqual(['Stage removed\nWelcome', 'Book', 'Check in']);
    const phases = layout.primitives.filter((primitive) => primitive.key.startsWith('phase:'));
    expect(phases.map((primitive) => primitive.box.x)).toEqual([byKey.get('stage:b')?.box.x]);
    expect((byKey.get('emotion:emo:previous:curve') as CurvePrimitive | undefined)?.points).toHaveLength(3);
  });

  it('draws every stage of the new wave and nothing removed when the new wave only adds one', () => {
    const { first, second } = removedStageWaves();
    const onlyAdded = { ...first, stages: first.stages.filter((stage) => stage.id !== 'travel'), cards: first.cards.filter((card) => card.stageId !== 'travel'), emotions: first.emotions.filter((emotion) => emotion.stageId !== 'travel') };
    const { layout } = laidOut(onlyAdded, second);
    expect(headers(layout)).toEqual(['Book', 'Pay', 'Arrive']);
  });
});

describe('renderSvg of a map with a removed stage', () => {
  const { first, second } = removedStageWaves('fr');
  const svg = renderSvg(laidOut(first, second).layout);

  it('writes the mark and the name on two lines of the header', () => {
    expect(svg).toMatch(/>Étape retirée<tspan x="\d+" dy="\d+">Travel<\/tspan><\/text>/);
  });

  it('draws the previous wave dashed, its resolved pain in the removed column', () => {
    expect(svg).toMatch(/<path class="cv previousWave dash"/);
    expect(svg).toContain('Résolu (était ×2)');
  });
});
