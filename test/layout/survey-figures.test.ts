import { describe, expect, it } from 'vitest';
import { formatRating, surveyFigures } from '../../core/src/layout/format-score.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import { layoutLabels } from '../../core/src/layout/layout-labels.js';
import type { CardPrimitive, Primitive } from '../../core/src/layout/primitive.js';
import { renderSvg } from '../../core/src/render/render-svg.js';
import { journeyWith } from './journey-builder.js';

const byKey = (primitives: readonly Primitive[], key: string) => primitives.find((primitive) => primitive.key === key);

describe('formatRating', () => {
  it.each([
    [{ mean: 3.66, from: 1, to: 5 }, 'fr', '3,7 / 5'],
    [{ mean: 3.66, from: 1, to: 5 }, 'en', '3.7 / 5'],
    [{ mean: 7, from: 0, to: 10 }, 'fr', '7 / 10'],
    [{ mean: 62.25, from: 0, to: 100 }, 'en', '62.3 / 100'],
    [{ mean: -1.24, from: -3, to: 3 }, 'fr', '−1,2 (−3…+3)'],
    [{ mean: -0.04, from: -3, to: 3 }, 'en', '0 (−3…+3)'],
  ] as const)('%j in %s reads %s', (rating, locale, expected) => {
    expect(formatRating(rating, locale)).toBe(expected);
  });
});

describe('surveyFigures', () => {
  it('joins the mean on its scale and the share of low ratings, a no-break space before % in French', () => {
    expect(surveyFigures({ rating: { mean: 3.7, from: 1, to: 5 }, lowShare: 0.284 }, 'fr', layoutLabels('fr'))).toBe('3,7 / 5 · 28\u00a0% de notes basses');
    expect(surveyFigures({ rating: { mean: 3.7, from: 1, to: 5 }, lowShare: 0.284 }, 'en', layoutLabels('en'))).toBe('3.7 / 5 · 28% low scores');
    expect(surveyFigures({ lowShare: 0 }, 'en', layoutLabels('en'))).toBe('0% low scores');
    expect(surveyFigures({}, 'en', layoutLabels('en'))).toBeUndefined();
  });
});

describe('a survey map shows its own figures beside the canonical score', () => {
  const journey = (locale: 'fr' | 'en') =>
    journeyWith({
      locale,
      stages: [{ id: 's1', name: 'Réservation' }],
      lanes: [
        { id: 'tp', kind: 'touchpoints', title: 'Points de contact' },
        { id: 'feel', kind: 'emotions', title: 'Émotions' },
      ],
      cards: [{ stageId: 's1', laneId: 'tp', text: 'Site web', channel: 'web', score: 0.7, count: 40, lowShare: 0.1, rating: { mean: 3.7, from: 1, to: 5 } }],
      emotions: [{ stageId: 's1', score: 0.7, n: 40, min: -2, max: 2, lowShare: 0.28, rating: { mean: 3.7, from: 1, to: 5 } }],
    });

  it('the curve label: the score and n, then the mean on the file’s scale and the low ratings', () => {
    const layout = layoutJourney(journey('fr'));
    expect(byKey(layout.primitives, 'emotion:feel:_:score:s1')?.text).toBe('+0,7 · n=40\n3,7 / 5 · 28\u00a0% de notes basses');
  });

  it('the touchpoint card: its badge line ends with the mean on the file’s scale, the low ratings on a line of their own (English)', () => {
    const layout = layoutJourney(journey('en'));
    const card = layout.primitives.find((primitive): primitive is CardPrimitive => primitive.kind === 'card');
    expect(card?.badge).toBe('Web · ×40 · 3.7 / 5\n10% low scores');
  });

  it('the picture draws both badge lines and both score lines', () => {
    const svg = renderSvg(layoutJourney(journey('en')));
    expect(svg).toContain('>Web · ×40 · 3.7 / 5</text>');
    expect(svg).toContain('>10% low scores</text>');
    expect(svg).toMatch(/3\.7 \/ 5 · 28% low<\/text>|3\.7 \/ 5 · 28% low scores/);
  });

  it('interview data (no rating, no low share) keeps its one score line', () => {
    const plain = journeyWith({ lanes: [{ id: 'feel', kind: 'emotions', title: 'Feeling' }], emotions: [{ stageId: 's1', score: -1.24, n: 12 }] });
    expect(byKey(layoutJourney(plain).primitives, 'emotion:feel:_:score:s1')?.text).toBe('−1.2 · n=12');
  });
});
