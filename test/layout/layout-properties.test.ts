import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutJourney } from '../../core/src/layout/layout-journey.js';
import type { LayoutOptions } from '../../core/src/layout/primitive.js';
import { FIGJAM_BOARD } from '../../figma-plugin/src/figjam-board.js';
import { MIRO_BOARD } from '../../miro-app/src/miro-board-metrics.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { contains, forbiddenOverlaps, mayContain } from './allowed-overlap.js';
import { arbitraryJourney } from './arbitrary-journey.js';
import { figJamHostBoxes, miroHostBoxes } from './host-boxes.js';

const options: fc.Arbitrary<LayoutOptions> = fc.record(
  {
    stickySize: fc.constantFrom({ w: 200, h: 200 }, { w: 240, h: 240 }, { w: 120, h: 90 }),
    gap: fc.integer({ min: 4, max: 40 }),
    maxQuotesPerCell: fc.nat(3),
    palette: fc.constantFrom('light' as const, 'dark' as const),
    personaPanel: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('layoutJourney properties over random journeys', () => {
  it('has no forbidden overlap: only the designed containments share area', () => {
    fc.assert(
      fc.property(arbitraryJourney(), options, (journey, opts) => {
        expect(forbiddenOverlaps(layoutJourney(journey, opts).primitives)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps everything inside the frame, and the frame box is the bounds', () => {
    fc.assert(
      fc.property(arbitraryJourney(), options, (journey, opts) => {
        const layout = layoutJourney(journey, opts);
        const [frame, ...rest] = layout.primitives;
        expect(frame?.kind).toBe('frame');
        expect(frame?.box).toEqual(layout.bounds);
        for (const primitive of rest) expect(contains(layout.bounds, primitive.box), primitive.key).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('nests what the design nests: lane content in its band, persona texts in their box, points in their whisker', () => {
    fc.assert(
      fc.property(arbitraryJourney(), (journey) => {
        const primitives = layoutJourney(journey).primitives;
        const byKey = new Map(primitives.map((primitive) => [primitive.key, primitive]));
        for (const primitive of primitives) {
          const laneId = primitive.ref?.laneId;
          if (laneId !== undefined && !primitive.key.startsWith('lane:')) {
            const band = primitives.find((each) => each.key.startsWith('lane:') && each.ref?.laneId === laneId);
            expect(band && mayContain(band, primitive) && contains(band.box, primitive.box), primitive.key).toBe(true);
          }
          if (primitive.key.includes(':range:')) {
            const point = byKey.get(primitive.key.replace(':range:', ':point:'));
            expect(point && contains(primitive.box, point.box), primitive.key).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic: the same journey gives the same layout', () => {
    fc.assert(
      fc.property(arbitraryJourney(), options, (journey, opts) => {
        expect(layoutJourney(structuredClone(journey), opts)).toEqual(layoutJourney(journey, opts));
      }),
      { numRuns: 60 },
    );
  });

  it('gives every primitive a unique key', () => {
    fc.assert(
      fc.property(arbitraryJourney(), options, (journey, opts) => {
        const keys = layoutJourney(journey, opts).primitives.map((primitive) => primitive.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 100 },
    );
  });

  it('draws a number of primitives linear in the cards: at most cards + 4·(stages+1)·(lanes+1)·(personas+2) + 10', () => {
    fc.assert(
      fc.property(arbitraryJourney(), options, (journey, opts) => {
        const count = layoutJourney(journey, opts).primitives.length;
        const { stages, lanes, personas, cards } = journey;
        expect(count).toBeLessThanOrEqual(cards.length + 4 * (stages.length + 1) * (lanes.length + 2) * (personas.length + 2) + 10);
      }),
      { numRuns: 100 },
    );
  });

  it('loses no card: each is drawn once, or counted in its cell’s “+N more” with its text kept', () => {
    fc.assert(
      fc.property(arbitraryJourney(), options, (journey, opts) => {
        const primitives = layoutJourney(journey, opts).primitives;
        const drawn = new Set(primitives.flatMap((primitive) => (primitive.ref?.cardId !== undefined ? [primitive.ref.cardId] : [])));
        const hidden = new Map<string, number>();
        for (const primitive of primitives) {
          if (!primitive.key.startsWith('more:')) continue;
          const cell = `${primitive.ref?.stageId}\u0000${primitive.ref?.laneId}`;
          hidden.set(cell, Number(/\+(\d+)/.exec(primitive.text)?.[1]));
        }
        const expectedHidden = new Map<string, number>();
        for (const card of journey.cards) {
          if (drawn.has(card.id)) continue;
          const cell = `${card.stageId}\u0000${card.laneId}`;
          expectedHidden.set(cell, (expectedHidden.get(cell) ?? 0) + 1);
        }
        expect(hidden).toEqual(expectedHidden);
      }),
      { numRuns: 100 },
    );
  });
});

/** The layout options each host's panel asks for, at each size its user may pick. */
const hostOptions = fc.record({
  host: fc.constantFrom('miro' as const, 'figjam' as const),
  stickySize: fc.constantFrom('small' as const, 'medium' as const, 'large' as const),
  maxQuotes: fc.nat(3),
  palette: fc.constantFrom('light' as const, 'dark' as const),
});
const FIGJAM = FIGJAM_BOARD;

describe('layoutJourney at each host’s metrics, with the boxes the host really gives its items', () => {
  it('has no forbidden overlap and keeps everything in the frame, on Miro (notes 199 × 228, height from width; text items as tall as their wrapped lines) and on FigJam (stickies growing with their text)', () => {
    fc.assert(
      fc.property(arbitraryJourney(), hostOptions, (journey, { host, ...options }) => {
        const layout = layoutJourney(journey, layoutOptionsFor(journey, { hiddenLanes: [], ...options }, host === 'miro' ? { board: MIRO_BOARD } : FIGJAM));
        const onHost = host === 'miro' ? miroHostBoxes(layout) : figJamHostBoxes(layout);
        expect(forbiddenOverlaps(onHost)).toEqual([]);
        for (const primitive of onHost) expect(contains(layout.bounds, primitive.box), primitive.key).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives every sticky and card its data text as written, whatever the host', () => {
    fc.assert(
      fc.property(arbitraryJourney(), hostOptions, (journey, { host, ...options }) => {
        const layout = layoutJourney(journey, layoutOptionsFor(journey, { hiddenLanes: [], ...options }, host === 'miro' ? { board: MIRO_BOARD } : FIGJAM));
        const texts = new Map(journey.cards.map((card) => [`card:${card.id}`, card.text]));
        for (const primitive of layout.primitives) {
          if (texts.has(primitive.key)) expect(primitive.text).toBe(texts.get(primitive.key));
        }
      }),
      { numRuns: 80 },
    );
  });
});
