import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { Journey } from '../../core/src/model/journey.js';
import type { CurvePrimitive, Primitive, ShapePrimitive } from '../../core/src/layout/primitive.js';
import { renderSvg } from '../../core/src/render/render-svg.js';
import { journeyWith } from '../layout/journey-builder.js';

/** Three stages rated by one persona; the third rests on 2 answers. */
function rated(locale: 'fr' | 'en', basis?: 'verbatims'): Journey {
  return journeyWith({
    title: 'Parcours',
    locale,
    personas: [{ id: 'p', name: 'Claire' }],
    stages: [
      { id: 's1', name: 'Découverte' },
      { id: 's2', name: 'Souscription' },
      { id: 's3', name: 'Suivi' },
    ],
    lanes: [{ id: 'e', kind: 'emotions', title: 'Émotions' }],
    emotions: [
      { stageId: 's1', personaId: 'p', score: 1.5, n: 12, min: 0, max: 2, ...(basis && { basis }) },
      { stageId: 's2', personaId: 'p', score: -1.2, n: 9, min: -2, max: 2, ...(basis && { basis }) },
      { stageId: 's3', personaId: 'p', score: 0.4, n: 2, min: 0, max: 1, ...(basis && { basis }) },
    ],
  });
}

const byKey = (primitives: readonly Primitive[], key: string) => primitives.find((primitive) => primitive.key === key);

describe('evidence marks in the layout', () => {
  it('draws a point resting on fewer than minEvidence answers hollow, and only that one', () => {
    const { primitives } = layoutJourney(rated('fr'));
    const points = primitives.filter((primitive): primitive is ShapePrimitive => primitive.kind === 'shape' && primitive.key.includes(':point:'));
    expect(points.map((point) => [point.ref?.stageId, point.hollow === true])).toEqual([
      ['s1', false],
      ['s2', false],
      ['s3', true],
    ]);
    expect(layoutJourney(rated('fr'), { minEvidence: 10 }).primitives.filter((primitive) => primitive.kind === 'shape' && primitive.hollow === true).length).toBe(2);
  });

  it('badges the stages holding the whole sample’s moments of truth and the thin ones, in the journey’s language', () => {
    const { primitives } = layoutJourney(rated('fr'));
    expect(byKey(primitives, 'badge:s1')).toBeUndefined();
    expect(byKey(primitives, 'badge:s2')?.text).toBe('Point le plus bas\nPlus forte baisse\nAvis les plus partagés');
    expect(byKey(primitives, 'badge:s3')?.text).toBe('Peu de réponses (2 réponses)');
    expect(byKey(primitives, 'badge:s3')?.style).toBe('neutral');
    expect(byKey(layoutJourney(rated('en')).primitives, 'badge:s3')?.text).toBe('Few answers (2 answers)');
  });

  it('explains hollow points in the legend, and dashed curves when inferred from verbatims', () => {
    const legend = (journey: Journey) => layoutJourney(journey).primitives.filter((primitive) => primitive.key.includes(':legend:note')).map((primitive) => primitive.text);
    expect(legend(rated('fr'))).toEqual(['○ peu de réponses (moins de 5)']);
    expect(legend(rated('en', 'verbatims'))).toEqual(['○ few answers (fewer than 5)', '- - estimated from verbatims']);
  });

  it('dashes a curve inferred from verbatims, in the SVG too', () => {
    const layout = layoutJourney(rated('fr', 'verbatims'));
    const curve = layout.primitives.find((primitive): primitive is CurvePrimitive => primitive.kind === 'curve');
    expect(curve?.dashed).toBe(true);
    expect(renderSvg(layout)).toMatch(/class="cv persona\d+ dash"/);
    expect(layoutJourney(rated('fr')).primitives.find((primitive) => primitive.kind === 'curve')).not.toHaveProperty('dashed');
  });

  it('draws a hollow point as a ring in the SVG', () => {
    expect(renderSvg(layoutJourney(rated('fr')))).toMatch(/<g class="(positive|neutral|negative) hollow">/);
  });
});
