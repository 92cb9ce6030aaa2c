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
    expect(plan).toEqual({ journeyId: 'j1', add: [], update: [], move: [], remove: [], keep: [], waiting: [], unchanged: 2 });
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

describe('planSync: nothing is placed over an item edited by hand', () => {
  const frame: Primitive = { kind: 'frame', key: 'frame', text: 'Map', style: 'frame', box: { x: 0, y: 0, w: 1000, h: 1000 } };
  const band: Primitive = { kind: 'shape', shape: 'rectangle', key: 'lane:pains', text: '', style: 'grid', box: { x: 0, y: 0, w: 1000, h: 200 }, ref: { laneId: 'pains' } };
  const old = sticky('card:old', 'Prix peu clair');
  const reworded = sticky('card:new', 'Prix affiché trop tard');
  const edited = (primitive: Primitive, box = primitive.box): PlacedRecord => ({ ...placed('j1', primitive), currentHash: 'typed by hand', box, text: 'Prix peu clair (vu en atelier)' });

  it('holds back the data’s reworded card laid out exactly over the kept edit, and says what it covers', () => {
    const kept = edited(old);
    const plan = planSync([placed('j1', frame), placed('j1', band), kept], layoutOf('j1', [frame, band, reworded]));
    expect(plan.add).toEqual([]);
    expect(plan.waiting).toEqual([{ change: 'add', primitive: reworded, covers: kept }]);
    expect(plan.keep).toEqual([{ record: kept, reason: 'edited' }]);
    expect(plan.unchanged).toBe(2);
  });

  it('holds back an update or a move that would bring an item over a kept edit', () => {
    const neighbour = sticky('card:b', 'Reads reviews', 120);
    const kept = edited(old);
    const movedOnto = { ...neighbour, box: { ...neighbour.box, x: 50 } };
    const updatedOnto = { ...movedOnto, text: 'Reads two reviews' };
    expect(planSync([kept, placed('j1', neighbour)], layoutOf('j1', [movedOnto])).waiting).toEqual([{ change: 'move', primitive: movedOnto, record: placed('j1', neighbour), covers: kept }]);
    expect(planSync([kept, placed('j1', neighbour)], layoutOf('j1', [updatedOnto])).waiting.map((waiting) => waiting.change)).toEqual(['update']);
  });

  it('lets an item change where it already overlapped the kept edit: the user put them so', () => {
    const kept = edited(old, { x: 80, y: 0, w: 100, h: 100 });
    const under = sticky('card:b', 'Reads reviews', 120);
    const plan = planSync([kept, placed('j1', under)], layoutOf('j1', [{ ...under, text: 'Reads two reviews' }]));
    expect([plan.update.length, plan.waiting.length]).toEqual([1, 0]);
  });

  it('places what only touches the kept edit’s edge, and what lies elsewhere', () => {
    const kept = edited(old);
    const touching = sticky('card:c', 'Next to it', 100);
    const far = sticky('card:d', 'Far away', 500);
    const plan = planSync([kept], layoutOf('j1', [touching, far]));
    expect(plan.add).toEqual([touching, far]);
    expect(plan.waiting).toEqual([]);
  });

  it('never counts the frame, a lane band already placed, connectors or curves as covering', () => {
    const kept = edited(old);
    const grownFrame = { ...frame, box: { ...frame.box, w: 1200 } };
    const grownBand = { ...band, box: { ...band.box, w: 1200 } };
    const line: Primitive = { kind: 'connector', key: 'link', from: 'a', to: 'b', text: '', style: 'grid', box: { x: 0, y: 0, w: 300, h: 300 } };
    const curve: Primitive = { kind: 'curve', key: 'emotion:curve', points: [], path: '', text: '', style: 'persona0', box: { x: 0, y: 0, w: 300, h: 300 } };
    const plan = planSync([placed('j1', frame), placed('j1', band), kept], layoutOf('j1', [grownFrame, grownBand, line, curve]));
    expect(plan.waiting).toEqual([]);
    expect(plan.move.map((change) => change.primitive.key)).toEqual(['frame', 'lane:pains']);
    expect(plan.add.map((primitive) => primitive.key)).toEqual(['link', 'emotion:curve']);
  });

  it('holds back a new lane band over a kept edit: created now, it would be drawn on top', () => {
    const kept = edited(old);
    const plan = planSync([kept], layoutOf('j1', [band]));
    expect(plan.waiting.map((waiting) => [waiting.change, waiting.primitive.key])).toEqual([['add', 'lane:pains']]);
  });

  it('protects nothing with a container edited by hand: a renamed frame or recoloured band still gets its content', () => {
    const plan = planSync([{ ...placed('j1', frame), currentHash: 'renamed' }, { ...placed('j1', band), currentHash: 'recoloured' }], layoutOf('j1', [frame, band, reworded]));
    expect(plan.add).toEqual([reworded]);
    expect(plan.waiting).toEqual([]);
  });

  it('protects nothing with a kept line: a recoloured curve holds back no point or label under it', () => {
    const curve: Primitive = { kind: 'curve', key: 'emotion:_:curve', points: [], path: '', text: '', style: 'persona0', box: { x: 0, y: 0, w: 1000, h: 300 } };
    const point: Primitive = { kind: 'shape', shape: 'circle', key: 'emotion:_:point:s1', text: '', style: 'positive', box: { x: 50, y: 50, w: 20, h: 20 } };
    const recoloured = { ...placed('j1', curve), currentHash: 'recoloured' };
    expect(planSync([recoloured], layoutOf('j1', [curve, point])).add).toEqual([point]);
    const gone = { ...placed('j1', { ...curve, key: 'emotion:old:curve~c1', kind: 'connector', from: 'a', to: 'b' } as Primitive), currentHash: 'recoloured' };
    expect(planSync([gone], layoutOf('j1', [point])).add).toEqual([point]);
  });

  it('protects nothing with a kept item read back from nowhere (NaN box)', () => {
    const kept = edited(old, { x: Number.NaN, y: Number.NaN, w: Number.NaN, h: Number.NaN });
    expect(planSync([kept], layoutOf('j1', [reworded])).add).toEqual([reworded]);
  });

  it('pairs a kept item with the data’s version laid out beside it under `updated:<key>`', () => {
    const kept = edited(old);
    const beside = { ...reworded, key: 'updated:card:old', box: { ...reworded.box, x: 116 } };
    const plan = planSync([kept], layoutOf('j1', [beside]));
    expect(plan.keep).toEqual([{ record: kept, reason: 'edited', beside }]);
    expect(plan.add).toEqual([beside]);
  });
});

