import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Layout, Primitive } from '../../core/src/index.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { boardSnapshot } from './board-snapshot.js';

const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\r\n', '<', '>', '&', '"', "'", '\u00a0', '😀', 'b'), maxLength: 30 });
const kind = fc.constantFrom<'sticky' | 'text' | 'shape' | 'card'>('sticky', 'text', 'shape', 'card');

/** A layout of one frame and `items` in a grid, with arbitrary texts and kinds. */
const layouts = fc.array(fc.tuple(kind, text), { minLength: 1, maxLength: 12 }).map((items): Layout => {
  const primitives: Primitive[] = [{ kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: 1000, h: 1000 }, style: 'frame', text: 'Map' }];
  items.forEach(([itemKind, itemText], index) => {
    const box = { x: 20 + (index % 4) * 240, y: 20 + Math.floor(index / 4) * 240, w: 200, h: 200 };
    const key = `item:${index}`;
    if (itemKind === 'shape') primitives.push({ kind: 'shape', shape: 'rectangle', key, box, style: 'stage', text: itemText });
    else primitives.push({ kind: itemKind, key, box, style: 'action', text: itemText });
  });
  return { journeyId: 'journey-p', title: 'Map', primitives, bounds: { x: 0, y: 0, w: 1000, h: 1000 }, palette: 'light' };
});

describe('placeOnMiro, for any layout', () => {
  test('placing it twice writes nothing the second time, whatever the text holds', async () => {
    await fc.assert(
      fc.asyncProperty(layouts, async (layout) => {
        const fake = createMiroFake();
        const first = await placeOnMiro(fake.board, layout, { pacing: { maxInFlight: 8 } });
        expect(first).toMatchObject({ created: layout.primitives.length, failed: 0 });
        const before = fake.log.length;
        const second = await placeOnMiro(fake.board, layout, { pacing: { maxInFlight: 8 } });
        expect(second).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 0 });
        expect(fake.writes(before)).toEqual([]);
        const { items } = boardSnapshot(fake);
        for (const primitive of layout.primitives.slice(1)) {
          expect([items[primitive.key]!.x, items[primitive.key]!.y]).toEqual([primitive.box.x + 100, primitive.box.y + 100]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
