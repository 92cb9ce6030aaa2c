import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectCells } from '../../core/src/layout/collect-cells.js';
import { focusCells } from '../../core/src/layout/focus-cells.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { Primitive } from '../../core/src/layout/primitive.js';
import { journeyWith } from './journey-builder.js';

const byKey = (primitives: readonly Primitive[], key: string) => primitives.find((primitive) => primitive.key === key);
const drawn = (primitives: readonly Primitive[]) => primitives.filter((p) => p.kind === 'sticky' || p.kind === 'card').map((p) => p.text);

const pains = { id: 'pains', kind: 'painPoints' as const, title: 'Pain points' };
/** One cell of pain points said by 1, 5, 2, 5 and 3 people, in that order. */
const painJourney = (locale: 'fr' | 'en' = 'en') =>
  journeyWith({
    locale,
    lanes: [pains],
    cards: [
      { stageId: 's1', laneId: 'pains', text: 'Once', count: 1 },
      { stageId: 's1', laneId: 'pains', text: 'Price A', count: 5 },
      { stageId: 's1', laneId: 'pains', text: 'Twice' , count: 2 },
      { stageId: 's1', laneId: 'pains', text: 'Price B', count: 5 },
      { stageId: 's1', laneId: 'pains', text: 'Thrice', count: 3 },
      { stageId: 's2', laneId: 'pains', text: 'Alone' },
    ],
  });

describe('focusCells', () => {
  it('without a focus gives the cells back untouched', () => {
    const journey = painJourney();
    const cells = collectCells(journey, journey.stages, journey.lanes, new Map());
    expect(focusCells(cells, journey.lanes, {})).toBe(cells);
    expect(focusCells(cells, journey.lanes, { minCount: 1 })).toBe(cells);
  });

  it('topPerCell keeps the most said, ties in cell order, drawn in cell order, hidden ones after', () => {
    const journey = painJourney();
    const cells = focusCells(collectCells(journey, journey.stages, journey.lanes, new Map()), journey.lanes, { topPerCell: 3 });
    expect(cells.shown).toEqual([3, 1, 0]);
    expect(cells.cards[0]?.map((card) => card.text)).toEqual(['Price A', 'Price B', 'Thrice', 'Once', 'Twice']);
  });

  it('minCount leaves out cards said by fewer people; a card without count counts as one', () => {
    const journey = painJourney();
    const cells = focusCells(collectCells(journey, journey.stages, journey.lanes, new Map()), journey.lanes, { minCount: 3 });
    expect(cells.shown).toEqual([3, 0, 0]);
    expect(cells.cards[0]?.map((card) => card.text)).toEqual(['Price A', 'Price B', 'Thrice', 'Once', 'Twice']);
    expect(cells.cards[1]?.map((card) => card.text)).toEqual(['Alone']);
  });

  it('both together: at least N people, then the top of those', () => {
    const journey = painJourney();
    const cells = focusCells(collectCells(journey, journey.stages, journey.lanes, new Map()), journey.lanes, { topPerCell: 1, minCount: 2 });
    expect(cells.shown).toEqual([1, 0, 0]);
    expect(cells.cards[0]?.map((card) => card.text)).toEqual(['Price A', 'Once', 'Twice', 'Price B', 'Thrice']);
  });

  it('topPerCell 0 hides every card; nonsense values (NaN, negative minCount) are ignored', () => {
    const journey = painJourney();
    const cells = collectCells(journey, journey.stages, journey.lanes, new Map());
    expect(focusCells(cells, journey.lanes, { topPerCell: 0 }).shown).toEqual([0, 0, 0]);
    expect(focusCells(cells, journey.lanes, { topPerCell: Number.NaN, minCount: -4 })).toBe(cells);
  });

  it('an opportunity cell keeps its best ranked, not its most said', () => {
    const opportunities = { id: 'ideas', kind: 'opportunities' as const, title: 'Ideas' };
    const journey = journeyWith({
      lanes: [opportunities],
      cards: [
        { stageId: 's1', laneId: 'ideas', text: 'Ranked first', count: 2 },
        { stageId: 's1', laneId: 'ideas', text: 'Said more', count: 9 },
      ],
    });
    const cells = focusCells(collectCells(journey, journey.stages, journey.lanes, new Map()), journey.lanes, { topPerCell: 1 });
    expect(cells.cards[0]?.map((card) => card.text)).toEqual(['Ranked first', 'Said more']);
    expect(cells.shown?.[0]).toBe(1);
  });

  it('loses no card and shows at most topPerCell, each with at least minCount (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ stage: fc.constantFrom('s1', 's2', 's3'), count: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) }), { maxLength: 40 }),
        fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
        (specs, topPerCell, minCount) => {
          const journey = journeyWith({
            lanes: [pains],
            cards: specs.map((spec, index) => ({ stageId: spec.stage, laneId: 'pains', text: `C${index}`, ...(spec.count !== undefined && { count: spec.count }) })),
          });
          const before = collectCells(journey, journey.stages, journey.lanes, new Map());
          const after = focusCells(before, journey.lanes, { ...(topPerCell !== undefined && { topPerCell }), ...(minCount !== undefined && { minCount }) });
          after.cards.forEach((cell, index) => {
            expect([...cell].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...(before.cards[index] ?? [])].sort((a, b) => a.id.localeCompare(b.id)));
            const shown = after.shown?.[index] ?? cell.length;
            if (topPerCell !== undefined) expect(shown).toBeLessThanOrEqual(topPerCell);
            for (const card of cell.slice(0, shown)) expect(card.count ?? 1).toBeGreaterThanOrEqual(minCount ?? 1);
          });
        },
      ),
    );
  });
});

describe('layoutJourney with topPerCell and minCount', () => {
  it('draws the top cards and a “+N more” whose full text lists every hidden card', () => {
    const primitives = layoutJourney(painJourney(), { topPerCell: 2 }).primitives;
    expect(drawn(primitives)).toEqual(['Price A', 'Price B', 'Alone']);
    const more = byKey(primitives, 'more:pains:s1');
    expect(more?.text).toBe('+3 more');
    expect(more?.fullText).toBe('Once\nTwice\nThrice');
    expect(byKey(primitives, 'more:pains:s2')).toBeUndefined();
  });

  it('“said by at least N” in French: “+N autres”, a cell with nothing left keeps only its summary', () => {
    const primitives = layoutJourney(painJourney('fr'), { minCount: 3 }).primitives;
    expect(drawn(primitives)).toEqual(['Price A', 'Price B', 'Thrice']);
    expect(byKey(primitives, 'more:pains:s1')?.text).toBe('+2 autres');
    expect(byKey(primitives, 'more:pains:s1')?.fullText).toBe('Once\nTwice');
    expect(byKey(primitives, 'more:pains:s2')?.text).toBe('+1 autre');
    expect(byKey(primitives, 'more:pains:s2')?.fullText).toBe('Alone');
  });
});

describe('renderSvg of a focused map', () => {
  it('gives the “+N more” text a tooltip listing the hidden cards, escaped', async () => {
    const { renderSvg } = await import('../../core/src/render/render-svg.js');
    const journey = journeyWith({
      lanes: [pains],
      cards: [
        { stageId: 's1', laneId: 'pains', text: 'Price', count: 4 },
        { stageId: 's1', laneId: 'pains', text: 'Fees <hidden> & co', count: 1 },
      ],
    });
    const svg = renderSvg(layoutJourney(journey, { minCount: 2 }));
    expect(svg).toContain('+1 more<title>Fees &lt;hidden&gt; &amp; co</title></text>');
  });
});
