import { describe, expect, it } from 'vitest';
import { hashPrimitive, planSync, type Layout, type PlacedRecord, type Primitive } from '../../core/src/index.js';

function sticky(key: string, text: string, x = 0): Primitive {
  return { kind: 'sticky', key, text, style: 'action', box: { x, y: 0, w: 100, h: 100 } };
}

function layoutOf(journeyId: string, primitives: Primitive[]): Layout {
  return { journeyId, title: 'Test', primitives, bounds: { x: 0, y: 0, w: 1000, h: 1000 }, palette: 'light' };
}

/** The record an adapter reads back for an item placed from `primitive` and left alone. */
function placed(journeyId: string, primitive: Primitive, hostId = `host-${primitive.key}`): PlacedRecord {
  const hash = hashPrimitive(primitive);
  return { hostId, journeyId, key: primitive.key, hash, currentHash: hash, box: { ...primitive.box } };
}

describe('planSync', () => {
  const a = sticky('a', 'Searches the app store');
  const b = sticky('b', 'Reads reviews', 120);

  it('plans a first placement as adding every primitive', () => {
    const plan = planSync([], layoutOf('j1', [a, b]));
    expect(plan.add).toEqual([a, b]);
    expect([plan.update, plan.move, plan.remove, plan.keep]).toEqual([[], [], [], []]);
    expect(plan.unchanged).toBe(0);
  });

  it('plans nothing when the same layout is placed again', () => {
    const plan = planSync([placed('j1', a), placed('j1', b)], layoutOf('j1', [a, b]));
    expect(plan).toEqual({ journeyId: 'j1', add: [], update: [], move: [], remove: [], keep: [], unchanged: 2 });
  });

  it('updates exactly the item whose text changed', () => {
    const changed = sticky('b', 'Reads two reviews', 120);
    const plan = planSync([placed('j1', a), placed('j1', b)], layoutOf('j1', [a, changed]));
    expect(plan.update.map((change) => [change.record.hostId, change.primitive.text])).toEqual([['host-b', 'Reads two reviews']]);
    expect(plan.unchanged).toBe(1);
  });

  it('moves an unedited item whose box changed without touching its content', () => {
    const moved = sticky('b', 'Reads reviews', 400);
    const plan = planSync([placed('j1', a), placed('j1', b)], layoutOf('j1', [a, moved]));
    expect(plan.move.map((change) => change.primitive.box.x)).toEqual([400]);
    expect(plan.update).toEqual([]);
  });

  it('keeps an item edited by hand even when the data changes it too, and adds no duplicate', () => {
    const edited: PlacedRecord = { ...placed('j1', b), currentHash: 'user-typed-something' };
    const plan = planSync([placed('j1', a), edited], layoutOf('j1', [a, sticky('b', 'New text', 120)]));
    expect(plan.keep.map((kept) => [kept.record.hostId, kept.reason])).toEqual([['host-b', 'edited']]);
    expect(plan.add).toEqual([]);
    expect(plan.update).toEqual([]);
  });

  it('keeps an edited item whose primitive disappeared instead of removing it', () => {
    const edited: PlacedRecord = { ...placed('j1', b), currentHash: 'edited' };
    const plan = planSync([placed('j1', a), edited], layoutOf('j1', [a]));
    expect(plan.remove).toEqual([]);
    expect(plan.keep).toHaveLength(1);
    expect(plan.keep[0]?.primitive).toBeUndefined();
  });

  it('removes an unedited item whose primitive disappeared', () => {
    const plan = planSync([placed('j1', a), placed('j1', b)], layoutOf('j1', [a]));
    expect(plan.remove.map((record) => record.hostId)).toEqual(['host-b']);
  });

  it('ignores items of another journey on the same board', () => {
    const other = placed('j2', sticky('a', 'Something else'));
    const plan = planSync([other], layoutOf('j1', [a]));
    expect(plan.add).toEqual([a]);
    expect(plan.remove).toEqual([]);
  });

  it('removes the extra copy when an interrupted call left the same key twice', () => {
    const plan = planSync([placed('j1', a, 'first'), placed('j1', a, 'second')], layoutOf('j1', [a]));
    expect(plan.unchanged).toBe(1);
    expect(plan.remove.map((record) => record.hostId)).toEqual(['second']);
  });

  it('ignores sub-unit rounding of positions by the host', () => {
    const record = { ...placed('j1', a), box: { x: 0.3, y: -0.2, w: 100.4, h: 99.6 } };
    expect(planSync([record], layoutOf('j1', [a])).unchanged).toBe(1);
  });
});
