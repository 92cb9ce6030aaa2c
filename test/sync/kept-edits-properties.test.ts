import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPrimitive, keptEditsFor, layoutJourney, planSync, type Box, type Journey, type LayoutOptions, type PlacedRecord, type Primitive } from '../../core/src/index.js';
import { FIGJAM_BOARD } from '../../figma-plugin/src/figjam-board.js';
import { MIRO_BOARD } from '../../miro-app/src/miro-board-metrics.js';
import { layoutOptionsFor } from '../../ui/state/layout-options-for.js';
import { contains, forbiddenOverlaps, intersects } from '../layout/allowed-overlap.js';
import { arbitraryJourney, arbitraryText } from '../layout/arbitrary-journey.js';
import { figJamHostBoxes, miroHostBoxes } from '../layout/host-boxes.js';

/** A re-import after hand edits: which placed cards the user edited (and dragged), which the team reworded. */
interface Journey2 {
  journey: Journey;
  options: LayoutOptions;
  /** Indices into the placed cards: edited by hand, each maybe dragged by some offset. */
  edits: { card: number; drag: { x: number; y: number } }[];
  /** Indices into the journey's cards: new text, under a new id (ids from text) or the same id. */
  rewordings: { card: number; text: string; newId: boolean }[];
}

/** Which placed cards the user edited (maybe dragging them), which the team reworded. */
const handEdits = {
  edits: fc.array(
    fc.record({
      card: fc.nat(60),
      drag: fc.oneof(
        { weight: 3, arbitrary: fc.constant({ x: 0, y: 0 }) },
        { weight: 1, arbitrary: fc.record({ x: fc.integer({ min: -300, max: 300 }), y: fc.integer({ min: -300, max: 300 }) }) },
      ),
    }),
    { maxLength: 5 },
  ),
  rewordings: fc.array(fc.record({ card: fc.nat(60), text: arbitraryText, newId: fc.boolean() }), { maxLength: 5 }),
};

const scenario: fc.Arbitrary<Journey2> = fc.record({
  journey: arbitraryJourney({ maxStages: 4, maxLanes: 4, maxCards: 30 }),
  options: fc.record({ stickySize: fc.constantFrom({ w: 200, h: 200 }, { w: 240, h: 240 }), personaPanel: fc.boolean() }),
  ...handEdits,
});

/**
 * One card edited by hand where it was placed, then a re-import, on a board: the options each host's
 * panel asks for, at each size its user may pick.
 */
const oneEditOnHost = fc
  .record({
    journey: arbitraryJourney({ maxStages: 4, maxLanes: 4, maxCards: 30 }),
    host: fc.constantFrom('miro' as const, 'figjam' as const),
    stickySize: fc.constantFrom('small' as const, 'medium' as const, 'large' as const),
    edited: fc.nat(60),
    rewordings: handEdits.rewordings,
  })
  .map(({ journey, host, stickySize, ...rest }) => {
    const panel = { hiddenLanes: [], stickySize, palette: 'light' as const, maxQuotes: 3 };
    return { journey, host, options: layoutOptionsFor(journey, panel, host === 'miro' ? { board: MIRO_BOARD } : FIGJAM_BOARD), ...rest };
  });

/** The board after a first placement: one unedited record per primitive, where the layout put it. */
function placedRecords(primitives: readonly Primitive[], journeyId: string): PlacedRecord[] {
  return primitives.map((primitive, index) => {
    const hash = hashPrimitive(primitive);
    return { hostId: `h${index}`, journeyId, key: primitive.key, hash, currentHash: hash, box: { ...primitive.box }, text: primitive.text };
  });
}

function reworded(journey: Journey, rewordings: Journey2['rewordings']): Journey {
  const cards = journey.cards.map((card) => ({ ...card }));
  for (const { card, text, newId } of rewordings) {
    const target = cards.length > 0 ? cards[card % cards.length] : undefined;
    if (!target) continue;
    target.text = text;
    if (newId) target.id = `${target.id}~reworded`;
  }
  return { ...journey, cards };
}

/** Containers are drawn behind the items they hold; lines cross without hiding (see `planSync`). */
const isContainer = (key: string) => key === 'frame' || key.startsWith('lane:') || /^persona:[^:]*$/.test(key);
const isLine = (primitive: Primitive) => primitive.kind === 'connector' || primitive.kind === 'curve' || primitive.key.endsWith(':zero');

function replan(records: PlacedRecord[], journey: Journey, options: LayoutOptions) {
  const first = layoutJourney(journey, options);
  const keptEdits = keptEditsFor(planSync(records, first));
  const layout = keptEdits.length > 0 ? layoutJourney(journey, { ...options, keptEdits }) : first;
  return { layout, plan: planSync(records, layout), keptEdits };
}

describe('re-importing around items edited by hand, for random journeys, edits and rewordings', () => {
  it('places nothing whose box comes over a kept item, and the layout around them stays clean', () => {
    fc.assert(
      fc.property(scenario, ({ journey, options, edits, rewordings }) => {
        const records = placedRecords(layoutJourney(journey, options).primitives, journey.id);
        const cardRecords = records.filter((record) => record.key.startsWith('card:'));
        for (const { card, drag } of edits) {
          const record = cardRecords.length > 0 ? cardRecords[card % cardRecords.length] : undefined;
          if (!record) continue;
          record.currentHash = 'edited by hand';
          record.box = { ...record.box, x: record.box.x + drag.x, y: record.box.y + drag.y };
        }
        const { layout, plan } = replan(records, reworded(journey, rewordings), options);

        const kept: Box[] = plan.keep.filter(({ record }) => !isContainer(record.key)).map(({ record }) => record.box);
        const placedNow = [
          ...plan.add.map((primitive) => ({ primitive, change: 'add' as const, before: undefined })),
          ...[...plan.update, ...plan.move].map(({ primitive, record }) => ({ primitive, change: 'change' as const, before: record.box })),
        ];
        for (const { primitive, change, before } of placedNow) {
          if (primitive.kind === 'frame' || isLine(primitive) || (change === 'change' && isContainer(primitive.key))) continue;
          for (const box of kept) {
            if (before && intersects(before, box)) continue;
            expect(intersects(primitive.box, box), `${primitive.key} over a kept item`).toBe(false);
          }
        }
        expect(forbiddenOverlaps(layout.primitives)).toEqual([]);
        for (const primitive of layout.primitives.slice(1)) expect(contains(layout.bounds, primitive.box), primitive.key).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('at each host’s real item sizes, around a card edited where it was placed, nothing drawn overlaps, nothing placed covers it, and no card waits', () => {
    fc.assert(
      fc.property(oneEditOnHost, ({ journey, host, options, edited, rewordings }) => {
        const hostBoxes = host === 'miro' ? miroHostBoxes : figJamHostBoxes;
        // The board as the host drew the first placement: the kept item keeps the box the host gave it.
        const placed = hostBoxes(layoutJourney(journey, options));
        const records = placedRecords(placed, journey.id);
        const cardRecords = records.filter((record) => record.key.startsWith('card:'));
        const edit = cardRecords.length > 0 ? cardRecords[edited % cardRecords.length] : undefined;
        if (edit) edit.currentHash = 'edited by hand';
        const { layout, plan } = replan(records, reworded(journey, rewordings), options);

        // The new layout as the host draws it, the kept item aside: nothing overlaps, and nothing the
        // board ends up with lies over the kept item, which stays as the host drew it, but a container
        // (drawn behind) or a line. Cards make room; another item the map's shift brings over it waits.
        const kept = new Set(plan.keep.map(({ record }) => record.key));
        const waiting = plan.waiting.map(({ primitive }) => primitive);
        const drawn = hostBoxes(layout).filter((primitive) => !kept.has(primitive.key));
        expect(forbiddenOverlaps(drawn)).toEqual([]);
        const onBoard = drawn.filter((primitive) => !waiting.some((held) => held.key === primitive.key));
        for (const item of placed.filter((primitive) => kept.has(primitive.key))) {
          const over = onBoard.filter((primitive) => primitive.kind !== 'frame' && !isContainer(primitive.key) && !isLine(primitive) && intersects(primitive.box, item.box));
          expect(over.map((primitive) => primitive.key), item.key).toEqual([]);
        }
        expect(waiting.filter((primitive) => primitive.ref?.cardId !== undefined).map((primitive) => primitive.key)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('with edits left where they were placed, no card waits and the data’s version of every changed kept card is placed beside it', () => {
    fc.assert(
      fc.property(scenario, ({ journey, options, edits, rewordings }) => {
        const records = placedRecords(layoutJourney(journey, options).primitives, journey.id);
        const cardRecords = records.filter((record) => record.key.startsWith('card:'));
        const editedKeys = new Set<string>();
        for (const { card } of edits) {
          const record = cardRecords.length > 0 ? cardRecords[card % cardRecords.length] : undefined;
          if (!record) continue;
          record.currentHash = 'edited by hand';
          editedKeys.add(record.key);
        }
        const after = reworded(journey, rewordings);
        const { plan } = replan(records, after, options);
        // A kept card the data changed under its own key always gets its newer version beside it.
        const byKey = new Map(layoutJourney(after, options).primitives.map((primitive) => [primitive.key, primitive]));
        for (const { record } of plan.keep) {
          const now = byKey.get(record.key);
          if (now && now.ref?.cardId !== undefined && hashPrimitive(now) !== record.hash) {
            expect(plan.keep.find((kept) => kept.record === record)?.beside?.key, record.key).toBe(`updated:${record.key}`);
          }
        }
        expect(plan.keep.map(({ record }) => record.key).sort()).toEqual([...editedKeys].sort());
        // Cards make room: none is held back, the data's versions included.
        expect(plan.waiting.filter(({ primitive }) => primitive.ref?.cardId !== undefined).map(({ primitive }) => primitive.key)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
