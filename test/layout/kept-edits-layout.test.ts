import { describe, expect, it } from 'vitest';
import { boardText } from '../../core/src/layout/board-text.js';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { Box, KeptEdit, Layout, LayoutOptions, Primitive } from '../../core/src/layout/primitive.js';
import { forbiddenOverlaps, intersects } from './allowed-overlap.js';
import { figJamHostBoxes } from './host-boxes.js';
import { journeyWith } from './journey-builder.js';

const journey = journeyWith({
  cards: [
    { id: 'a', stageId: 's1', laneId: 'actions', text: 'Sees an ad' },
    { id: 'b', stageId: 's1', laneId: 'actions', text: 'Reads a review' },
    { id: 'c', stageId: 's2', laneId: 'actions', text: 'Pays' },
  ],
});
const base: LayoutOptions = { personaPanel: false };
const plain = layoutJourney(journey, base);
const boxOf = (layout: Layout, key: string): Box => layout.primitives.find((primitive) => primitive.key === key)!.box;
const around = (keptEdits: KeptEdit[], options: LayoutOptions = base, of = journey) => layoutJourney(of, { ...options, keptEdits });
const cards = (layout: Layout) => layout.primitives.filter((primitive) => primitive.ref?.cardId !== undefined).map((primitive) => [primitive.key, primitive.box, primitive.text]);
/** What a layout draws over a kept box, the frame and the lane band behind it aside. */
const over = (layout: Layout, box: Box) => layout.primitives.filter((primitive) => primitive.kind !== 'frame' && !primitive.key.startsWith('lane:') && intersects(primitive.box, box)).map((primitive) => primitive.key);

describe('layoutJourney around items edited by hand (`keptEdits`)', () => {
  it('is the usual layout without kept edits', () => {
    expect(around([])).toEqual(plain);
  });

  it('leaves a kept card whose data did not change in its own slot: nothing moves', () => {
    expect(around([{ key: 'card:a', box: boxOf(plain, 'card:a') }])).toEqual(plain);
  });

  it('draws the data’s version of a reworded card beside the kept edit, marked, and moves the next card on', () => {
    const kept = boxOf(plain, 'card:a');
    const layout = around([{ key: 'card:old', box: kept, updatedBy: 'a' }]);
    // The cell had two slots side by side; it now has a second row, and the lane is a row taller.
    expect(cards(layout)).toEqual([
      ['updated:card:old', { x: 484, y: 157, w: 200, h: 200 }, 'Updated from data\nSees an ad'],
      ['card:b', { x: 268, y: 373, w: 200, h: 200 }, 'Reads a review'],
      ['card:c', { x: 700, y: 157, w: 200, h: 200 }, 'Pays'],
    ]);
    expect(kept).toEqual({ x: 268, y: 157, w: 200, h: 200 });
    expect(boxOf(layout, 'lane:actions').h).toBe(boxOf(plain, 'lane:actions').h + 216);
    expect(over(layout, kept)).toEqual([]);
    expect(forbiddenOverlaps(layout.primitives)).toEqual([]);
  });

  it('draws the data’s new content of a kept card under `updated:<key>`, and the card’s own key not at all', () => {
    const layout = around([{ key: 'card:a', box: boxOf(plain, 'card:a'), updatedBy: 'a' }]);
    expect(layout.primitives.map((primitive) => primitive.key)).not.toContain('card:a');
    expect(cards(layout)[0]).toEqual(['updated:card:a', { x: 484, y: 157, w: 200, h: 200 }, 'Updated from data\nSees an ad']);
  });

  it('marks in the journey’s language', () => {
    const french = { ...journey, locale: 'fr' as const };
    const layout = around([{ key: 'card:old', box: boxOf(plain, 'card:a'), updatedBy: 'a' }], base, french);
    expect(layout.primitives.find((primitive) => primitive.key === 'updated:card:old')?.text).toBe('Données mises à jour\nSees an ad');
  });

  it('puts the mark under a card’s badge line, as the first line of its text', () => {
    const touchpoints = journeyWith({
      lanes: [{ id: 'tp', kind: 'touchpoints', title: 'Touchpoints' }],
      cards: [{ id: 'w', stageId: 's1', laneId: 'tp', text: 'Website', channel: 'web' }],
    });
    const before = layoutJourney(touchpoints, base);
    const layout = around([{ key: 'card:gone', box: boxOf(before, 'card:w'), updatedBy: 'w' }], base, touchpoints);
    const card = layout.primitives.find((primitive) => primitive.key === 'updated:card:gone') as Extract<Primitive, { kind: 'card' }>;
    // The text holds the mark and the data's text; the board shows the badge line above both.
    expect([card.badge, card.text, boardText(card)]).toEqual(['Web', 'Updated from data\nWebsite', 'Web\nUpdated from data\nWebsite']);
    expect(over(layout, boxOf(before, 'card:w'))).toEqual([]);
  });

  it('sizes the data’s version on a board that grows stickies with its mark line counted: it clears the next row', () => {
    // Long enough to need the smallest font and a taller sticky, mark or not: the mark line makes it taller still.
    const long = Array.from({ length: 60 }, (_, index) => `mot${index}`).join(' ');
    const growing = journeyWith({
      cards: [
        { id: 'a', stageId: 's1', laneId: 'actions', text: long },
        { id: 'b', stageId: 's1', laneId: 'actions', text: 'Reads a review' },
        { id: 'c', stageId: 's1', laneId: 'actions', text: 'Compares prices' },
      ],
    });
    const figjam: LayoutOptions = { personaPanel: false, stickySize: { w: 240, h: 240 }, board: { itemsGrow: true } };
    const before = layoutJourney(growing, figjam);
    const kept = boxOf(before, 'card:a');
    const layout = around([{ key: 'card:old', box: kept, updatedBy: 'a' }], figjam, growing);
    const updated = layout.primitives.find((primitive) => primitive.key === 'updated:card:old')!;
    const onBoard = figJamHostBoxes(layout);
        expect(onBoard.find((primitive) => primitive.key === 'updated:card:old')!.box).toEqual(updated.box);
    expect(updated.box.h).toBeGreaterThan(kept.h);
    expect(over(layout, kept)).toEqual([]);
    expect(forbiddenOverlaps(onBoard)).toEqual([]);
  });

  it('skips every slot a kept item dragged across two of them covers', () => {
    const a = boxOf(plain, 'card:a');
    const straddling = { ...a, x: a.x + 100 };
    const layout = around([{ key: 'card:dragged', box: straddling }]);
    expect(over(layout, straddling)).toEqual([]);
    expect(forbiddenOverlaps(layout.primitives)).toEqual([]);
  });

  it('makes room around several kept items in cells whose growth shifts the others, until every card clears them', () => {
    const big = journeyWith({
      lanes: [
        { id: 'actions', kind: 'actions', title: 'Actions' },
        { id: 'pains', kind: 'painPoints', title: 'Pain points' },
      ],
      cards: [
        ...['a1', 'a2', 'a3', 'a4'].map((id) => ({ id, stageId: 's1', laneId: 'actions', text: id })),
        ...['p1', 'p2'].map((id) => ({ id, stageId: 's1', laneId: 'pains', text: id })),
        ...['q1', 'q2'].map((id) => ({ id, stageId: 's2', laneId: 'pains', text: id })),
      ],
    });
    const before = layoutJourney(big, base);
    const kept = ['card:a4', 'card:p1', 'card:q2'].map((key) => ({ key: `${key}-old`, box: boxOf(before, key) }));
    const layout = around(kept.map((edit, index) => (index === 0 ? { ...edit, updatedBy: 'a4' } : edit)), base, big);
    for (const { box } of kept) expect(over(layout, box)).toEqual([]);
    expect(forbiddenOverlaps(layout.primitives)).toEqual([]);
    expect(layout.primitives.filter((primitive) => primitive.ref?.cardId !== undefined)).toHaveLength(8);
  });

  it('ignores a kept item read back from nowhere (NaN box)', () => {
    expect(around([{ key: 'card:lost', box: { x: Number.NaN, y: Number.NaN, w: Number.NaN, h: Number.NaN } }])).toEqual(plain);
  });

  it('is deterministic', () => {
    const kept = [{ key: 'card:old', box: boxOf(plain, 'card:a'), updatedBy: 'a' }];
    expect(around(kept)).toEqual(around(kept));
  });
});
