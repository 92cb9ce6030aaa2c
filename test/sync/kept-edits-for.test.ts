import { describe, expect, it } from 'vitest';
import { hashPrimitive, keptEditsFor, planSync, type Layout, type PlacedRecord, type Primitive } from '../../core/src/index.js';

function card(id: string, text: string, x = 0, y = 0): Primitive {
  return { kind: 'sticky', key: `card:${id}`, text, style: 'pain', box: { x, y, w: 100, h: 100 }, ref: { stageId: 's1', laneId: 'pains', cardId: id } };
}

function layoutOf(primitives: Primitive[]): Layout {
  return { journeyId: 'j', title: 'Test', primitives, bounds: { x: 0, y: 0, w: 1000, h: 1000 }, palette: 'light' };
}

function placed(primitive: Primitive): PlacedRecord {
  const hash = hashPrimitive(primitive);
  return { hostId: `host-${primitive.key}`, journeyId: 'j', key: primitive.key, hash, currentHash: hash, box: { ...primitive.box } };
}

const edited = (primitive: Primitive, box = primitive.box): PlacedRecord => ({ ...placed(primitive), currentHash: 'typed by hand', box: { ...box } });

describe('keptEditsFor', () => {
  const old = card('old', 'Prix peu clair');
  const next = card('next', 'Frais cachés', 116);

  it('asks for nothing when nothing is kept', () => {
    expect(keptEditsFor(planSync([placed(old)], layoutOf([old])))).toEqual([]);
  });

  it('asks for nothing when the kept edits are in sight already and the data has no newer version', () => {
    expect(keptEditsFor(planSync([edited(old), placed(next)], layoutOf([old, next])))).toEqual([]);
  });

  it('pairs a kept card the data reworded (a new card over it) with that new card', () => {
    const reworded = card('new', 'Prix affiché trop tard');
    const plan = planSync([edited(old), placed(next)], layoutOf([reworded, next]));
    expect(plan.waiting.map((waiting) => waiting.primitive.key)).toEqual(['card:new']);
    expect(keptEditsFor(plan)).toEqual([{ key: 'card:old', box: old.box, updatedBy: 'new' }]);
  });

  it('pairs a kept card the data changed under the same key with that card', () => {
    const changed = { ...old, text: 'Prix peu clair\n×3' };
    expect(keptEditsFor(planSync([edited(old)], layoutOf([changed])))).toEqual([{ key: 'card:old', box: old.box, updatedBy: 'old' }]);
  });

  it('never takes a card already on the board for a newer version: one that only slid into the slot just makes way', () => {
    const slid = { ...next, box: { ...old.box } };
    const plan = planSync([edited(old), placed(next)], layoutOf([slid]));
    expect(plan.waiting.map((waiting) => waiting.change)).toEqual(['move']);
    expect(keptEditsFor(plan)).toEqual([{ key: 'card:old', box: old.box }]);
  });

  it('gives one new card to one kept card: the one it overlaps most', () => {
    const a = card('a', 'A');
    const b = card('b', 'B', 60);
    const fresh = card('fresh', 'Fresh', 50);
    const edits = keptEditsFor(planSync([edited(a), edited(b)], layoutOf([fresh])));
    expect(edits).toEqual([
      { key: 'card:a', box: a.box },
      { key: 'card:b', box: b.box, updatedBy: 'fresh' },
    ]);
  });

  it('leaves out kept items that are not cards (a renamed stage header) and those read back from nowhere', () => {
    const header: Primitive = { kind: 'text', key: 'stage:s1', text: 'Achat', style: 'stage', box: { x: 0, y: 0, w: 100, h: 40 } };
    const lost = edited(card('lost', 'Lost'), { x: Number.NaN, y: Number.NaN, w: Number.NaN, h: Number.NaN });
    const reworded = card('new', 'Prix affiché trop tard');
    const edits = keptEditsFor(planSync([{ ...placed(header), currentHash: 'renamed' }, lost, edited(old)], layoutOf([header, reworded])));
    expect(edits).toEqual([{ key: 'card:old', box: old.box, updatedBy: 'new' }]);
  });

  it('keeps pairing a kept card with the data’s version already beside it: the next re-import changes nothing', () => {
    const reworded = card('new', 'Prix affiché trop tard');
    const beside = { ...reworded, key: 'updated:card:old', box: { ...reworded.box, x: 116 } };
    const plan = planSync([edited(old), placed(beside)], layoutOf([reworded]));
    expect(keptEditsFor(plan)).toEqual([{ key: 'card:old', box: old.box, updatedBy: 'new' }]);
  });
});
