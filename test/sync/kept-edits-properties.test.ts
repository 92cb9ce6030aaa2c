import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPrimitive, keptEditsFor, layoutJourney, planSync, type Box, type Journey, type LayoutOptions, type PlacedRecord, type Primitive } from '../../core/src/index.js';
import { contains, forbiddenOverlaps, intersects } from '../layout/allowed-overlap.js';
import { arbitraryJourney, arbitraryText } from '../layout/arbitrary-journey.js';

/** A re-import after hand edits: which placed cards the user edited (and dragged), which the team reworded. */
interface Journey2 {
  journey: Journey;
  options: LayoutOptions;
  /** Indices into the placed cards: edited by hand, each maybe dragged by some offset. */
  edits: { card: number; drag: { x: number; y: number } }[];
  /** Indices into the journey's cards: new text, under a new id (ids from text) or the same id. */
  rewordings: { card: number; text: string; newId: boolean }[];
}

const scenario: fc.Arbitrary<Journey2> = fc.record({
  journey: arbitraryJourney({ maxStages: 4, maxLanes: 4, maxCards: 30 }),
  options: fc.record({ stickySize: fc.constantFrom({ w: 200, h: 200 }, { w: 240, h: 240 }), personaPanel: fc.boolean() }),
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
