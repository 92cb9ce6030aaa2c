import { describe, expect, it } from 'vitest';
import { fileStem, mapExport } from '../../ui/state/map-exports.js';
import { mapTable } from '../../ui/state/map-table.js';
import { exportJourney, layoutJourney, renderHtml, renderSvg } from '../../core/src/index.js';
import { journeyWith } from '../layout/journey-builder.js';

const journey = journeyWith({
  locale: 'fr',
  title: 'Parcours « Résiliation » 2025',
  personas: [{ id: 'ana', name: 'Ana', goals: [], motivations: [], frustrations: [] }],
  lanes: [
    { id: 'actions', kind: 'actions', title: 'Actions' },
    { id: 'pains', kind: 'painPoints', title: 'Difficultés' },
    { id: 'feel', kind: 'emotions', title: 'Émotions' },
  ],
  cards: [
    { stageId: 's1', laneId: 'actions', text: 'Voit une pub' },
    { stageId: 's1', laneId: 'actions', text: 'Lit un avis', count: 3 },
    { stageId: 's3', laneId: 'pains', text: 'Prix peu clair', count: 1 },
  ],
  emotions: [
    { stageId: 's1', score: 0.7, n: 40, lowShare: 0.28, rating: { mean: 3.7, from: 1, to: 5 } },
    { stageId: 's2', personaId: 'ana', score: -1.24 },
  ],
});

describe('mapTable', () => {
  it('lists every card per lane and stage, counts as ×N, and each curve’s score with its survey figures, in French', () => {
    expect(mapTable(journey, ['actions', 'feel', 'pains'])).toEqual({
      stages: ['Discover', 'Buy', 'Use'],
      rows: [
        { lane: 'Actions', cells: [['Voit une pub', 'Lit un avis ×3'], [], []] },
        { lane: 'Émotions', cells: [['Ensemble\u00a0: +0,7 · n=40 · 3,7 / 5 · 28\u00a0% de notes basses'], ['Ana\u00a0: −1,2'], []] },
        { lane: 'Difficultés', cells: [[], [], ['Prix peu clair']] },
      ],
    });
  });

  it('leaves out lanes not shown and ids it does not know', () => {
    expect(mapTable(journey, ['pains', 'nope']).rows.map((row) => row.lane)).toEqual(['Difficultés']);
  });
});

describe('mapExport', () => {
  it.each([
    ['Parcours « Résiliation » 2025', 'parcours-resiliation-2025'],
    ['  Été / Hiver  ', 'ete-hiver'],
    ['«»', 'parcours'],
    ['a'.repeat(80), 'a'.repeat(60)],
  ])('names %j as %s', (title, stem) => {
    expect(fileStem(title)).toBe(stem);
  });

  it('makes each format with core, the picture laid out with the options given', () => {
    const options = { lanes: ['actions'], topPerCell: 1 };
    expect(mapExport('svg', journey, options)).toEqual({ name: 'parcours-resiliation-2025.svg', type: 'image/svg+xml', text: renderSvg(layoutJourney(journey, options)) });
    expect(mapExport('html', journey, options).text).toBe(renderHtml(journey, layoutJourney(journey, options)));
    expect(mapExport('csv', journey, options)).toEqual({ name: 'parcours-resiliation-2025.csv', type: 'text/csv;charset=utf-8', text: exportJourney(journey, 'csv') });
    expect(mapExport('mermaid', journey, options).name).toBe('parcours-resiliation-2025.mmd');
    expect(mapExport('json', journey, options).text).toBe(exportJourney(journey, 'json'));
  });
});
