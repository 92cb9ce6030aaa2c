import { describe, expect, it } from 'vitest';
import { compareJourneys } from '../../core/src/compare/compare-journeys.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { previousWave } from '../../core/src/layout/previous-wave.js';
import type { CurvePrimitive } from '../../core/src/layout/primitive.js';
import { forbiddenOverlaps } from './allowed-overlap.js';
import { journeyWith } from './journey-builder.js';

const LANES = [
  { id: 'pains', kind: 'painPoints' as const, title: 'Pain points' },
  { id: 'emo', kind: 'emotions' as const, title: 'Emotions' },
];
const STAGES = [
  { id: 'a', name: 'Book' },
  { id: 'b', name: 'Travel' },
];
const before = journeyWith({
  locale: 'fr',
  lanes: LANES,
  stages: STAGES,
  cards: [
    { stageId: 'a', laneId: 'pains', text: 'Compte obligatoire', count: 4 },
    { stageId: 'b', laneId: 'pains', text: 'Pas de Wi-Fi', count: 2 },
  ],
  emotions: [
    { stageId: 'a', score: -1, n: 10, sd: 0.5 },
    { stageId: 'b', score: 0, n: 10, sd: 0.5 },
  ],
});
const after = journeyWith({
  locale: 'fr',
  lanes: LANES,
  stages: STAGES,
  cards: [
    { stageId: 'b', laneId: 'pains', text: 'Pas de Wi-Fi', count: 3 },
    { stageId: 'b', laneId: 'pains', text: 'Retard annoncé tard' },
  ],
  emotions: [
    { stageId: 'a', score: 0, n: 10, sd: 0.5 },
    { stageId: 'b', score: 0.04, n: 10, sd: 0.5 },
  ],
});

describe('layoutJourney with the previous wave', () => {
  const layout = layoutJourney(after, { previous: previousWave(after, compareJourneys(before, after)) });
  const byKey = new Map(layout.primitives.map((primitive) => [primitive.key, primitive]));

  it('draws the previous wave as a dashed curve through its scores, with its legend', () => {
    const curve = byKey.get('emotion:emo:previous:curve') as CurvePrimitive | undefined;
    expect(curve).toMatchObject({ kind: 'curve', dashed: true, style: 'previousWave', text: 'Vague précédente' });
    const ys = curve?.points.map((point) => point.y) ?? [];
    // −1 then 0: the first point one level step lower than the second.
    expect((ys[0] ?? 0) - (ys[1] ?? 0)).toBeGreaterThan(0);
    expect(byKey.get('emotion:emo:previous:legend')?.text).toBe('┄ Vague précédente');
  });

  it('writes a change badge per stage in French, bold when beyond noise', () => {
    expect(byKey.get('emotion:emo:previous:delta:a')).toMatchObject({ text: '+1,0 ▲', style: 'better', bold: true });
    expect(byKey.get('emotion:emo:previous:delta:b')).toMatchObject({ text: '0,0 =', style: 'legend' });
    expect(byKey.get('emotion:emo:previous:delta:b')).not.toHaveProperty('bold');
  });

  it('marks new pain points and brings resolved ones back marked', () => {
    const texts = layout.primitives.filter((primitive) => primitive.ref?.laneId === 'pains' && primitive.kind === 'sticky').map((primitive) => primitive.text);
    expect(texts).toEqual(['Résolu (était ×4)\nCompte obligatoire', 'Pas de Wi-Fi', 'Nouveau\nRetard annoncé tard']);
  });

  it('overlaps nothing and stays inside the frame', () => {
    expect(forbiddenOverlaps(layout.primitives)).toEqual([]);
    for (const primitive of layout.primitives) {
      expect(primitive.box.y + primitive.box.h).toBeLessThanOrEqual(layout.bounds.h);
    }
  });

  it('draws nothing of it without the option', () => {
    expect(layoutJourney(after).primitives.some((primitive) => primitive.key.includes(':previous'))).toBe(false);
  });
});
