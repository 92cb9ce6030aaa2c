import { describe, expect, it } from 'vitest';
import { cellGrid } from '../../core/src/layout/cell-grid.js';
import { emotionFace, emotionToken, faceLevel } from '../../core/src/layout/emotion-face.js';
import { formatScore } from '../../core/src/layout/format-score.js';
import { keyPart } from '../../core/src/layout/layout-key.js';
import { layoutMetrics } from '../../core/src/layout/layout-metrics.js';
import { monotonePath } from '../../core/src/layout/monotone-path.js';
import { phaseSpans } from '../../core/src/layout/phase-spans.js';
import { rankOpportunities } from '../../core/src/layout/rank-opportunities.js';
import { safeColor } from '../../core/src/layout/safe-color.js';

describe('cellGrid', () => {
  it.each([
    [0, { columns: 0, rows: 0, w: 0, h: 0 }],
    [1, { columns: 1, rows: 1, w: 200, h: 100 }],
    [2, { columns: 2, rows: 1, w: 416, h: 100 }],
    [3, { columns: 2, rows: 2, w: 416, h: 216 }],
    [9, { columns: 3, rows: 3, w: 632, h: 332 }],
    [10, { columns: 3, rows: 4, w: 632, h: 448 }],
  ])('%i cards', (count, grid) => {
    expect(cellGrid(count, { w: 200, h: 100 }, 16, 3)).toEqual(grid);
  });
});

describe('phaseSpans', () => {
  it('merges runs of the same phase, ignoring case and blanks, and names canonical phases', () => {
    const stages = [{ phase: 'awareness' }, { phase: 'Achat' }, { phase: ' achat ' }, {}, { phase: '  ' }, { phase: 'Achat' }];
    expect(phaseSpans(stages, { awareness: 'Sensibilisation' })).toEqual([
      { label: 'Sensibilisation', first: 0, last: 0 },
      { label: 'Achat', first: 1, last: 2 },
      { label: 'Achat', first: 5, last: 5 },
    ]);
  });
});

describe('rankOpportunities', () => {
  it('ranks by priority, highest first, ties in input order, only opportunity cards with a priority', () => {
    const card = (id: string, laneId: string, priority?: number) => ({ id, stageId: 's', laneId, text: id, sources: [], ...(priority !== undefined && { priority }) });
    const ranks = rankOpportunities([card('a', 'o', 1), card('b', 'o', 5), card('c', 'o', 5), card('d', 'o'), card('e', 'x', 9)], new Set(['o']));
    expect([...ranks]).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
  });
});

describe('emotion faces and tokens', () => {
  it.each([
    [-2, '😡', 'negative'],
    [-1.4, '😟', 'negative'],
    [-0.5, '😟', 'negative'],
    [-0.49, '😐', 'neutral'],
    [0.49, '😐', 'neutral'],
    [0.5, '🙂', 'positive'],
    [1.5, '😍', 'positive'],
    [2, '😍', 'positive'],
  ])('score %d → %s, %s', (score, face, token) => {
    expect([emotionFace(score), emotionToken(score)]).toEqual([face, token]);
  });

  it('reads a face back to its level, and nothing else', () => {
    expect(['😡', '😟', '😐', '🙂', '😍', ':)', ''].map(faceLevel)).toEqual([-2, -1, 0, 1, 2, undefined, undefined]);
  });
});

describe('formatScore', () => {
  it.each([
    [1.25, 'en', '+1.3'],
    [-1.24, 'fr', '−1,2'],
    [0, 'fr', '0'],
    [-0.04, 'en', '0'],
    [2, 'en', '+2'],
  ] as const)('%d in %s → %s', (score, locale, text) => {
    expect(formatScore(score, locale)).toBe(text);
  });
});

describe('safeColor', () => {
  it.each([
    ['#3B82F6', '#3b82f6'],
    [' #fa0 ', '#fa0'],
    ['#11223344', '#11223344'],
    ['Teal', 'teal'],
    ['#12345', undefined],
    ['red;background:url(x)', undefined],
    ['"><script>', undefined],
    [undefined, undefined],
  ])('%s → %s', (input, output) => {
    expect(safeColor(input)).toBe(output);
  });
});

describe('keys and metrics', () => {
  it('escapes only what joins key parts', () => {
    expect(['plain', 'a:b', '50%', 'é 🚆'].map(keyPart)).toEqual(['plain', 'a%3Ab', '50%25', 'é 🚆']);
  });

  it('derives every size from the sticky: Miro 200 and FigJam 240', () => {
    expect(layoutMetrics()).toMatchObject({ sticky: { w: 200, h: 200 }, fontSize: 16, lineHeight: 21, pad: 12, gap: 16, cardH: 108, laneTitleW: 220 });
    expect(layoutMetrics({ stickySize: { w: 240, h: 240 }, gap: 20 })).toMatchObject({ sticky: { w: 240, h: 240 }, fontSize: 19, lineHeight: 25, pad: 14, gap: 20 });
  });

  it('draws a straight segment between two points and a monotone cubic through more', () => {
    expect(monotonePath([{ x: 0, y: 10 }, { x: 100, y: 50 }])).toBe('M0,10L100,50');
    expect(monotonePath([{ x: 0, y: 0 }, { x: 100, y: 100 }, { x: 200, y: 100 }])).toMatch(/^M0,0C.*C.*,200,100$/);
    expect(monotonePath([])).toBe('');
  });
});
