import { describe, expect, test } from 'vitest';
import { classifyMiroError } from '../../miro-app/src/classify-miro-error.js';
import { createMiroFake } from '../fakes/miro-fake.js';

/**
 * The fake is a promise about Miro (its header lists each rule with its source): these tests hold
 * it to the rules placement relies on, at least as strict as Miro.
 */
describe('the Miro fake keeps Miro’s rules', () => {
  async function boardWithFrame() {
    const fake = createMiroFake();
    // A 1,000 × 600 frame centred on (500, 300): its top-left corner is the board's origin.
    const frame = await fake.board.createFrame({ x: 500, y: 300, width: 1_000, height: 600, title: 'Map' });
    return { fake, frame };
  }

  test('an item created over a frame is not its child until frame.add, which keeps it in place in frame coordinates', async () => {
    const { fake, frame } = await boardWithFrame();
    const shape = await fake.board.createShape({ x: 120, y: 80, width: 40, height: 40 });
    expect(fake.item(shape.id)).toMatchObject({ parentId: null, props: { x: 120, y: 80 } });
    const added = await frame.add(shape);
    // frame.add returns the item (typings: add<T>(item: T): Promise<T>), now relative to the frame's top-left.
    expect(added).toMatchObject({ id: shape.id, parentId: frame.id, x: 120, y: 80 });
    // Same place on the board: the frame's top-left corner is (0, 0) here. Another frame elsewhere shows the shift.
    const elsewhere = await fake.board.createFrame({ x: 1_500, y: 1_300, width: 1_000, height: 600 });
    const second = await fake.board.createShape({ x: 1_100, y: 1_100, width: 40, height: 40 });
    expect(await elsewhere.add(second)).toMatchObject({ x: 100, y: 100 });
  });

  test('frame.add refuses an item lying outside the frame, and one that already has a parent', async () => {
    const { fake, frame } = await boardWithFrame();
    const outside = await fake.board.createShape({ x: 1_200, y: 80, width: 40, height: 40 });
    await expect(frame.add(outside)).rejects.toThrow(/lies outside frame/);
    const inside = await fake.board.createShape({ x: 100, y: 100, width: 40, height: 40 });
    await frame.add(inside);
    await expect(frame.add(inside)).rejects.toThrow(/already has a parent/);
    expect(classifyMiroError(await frame.add(inside).catch((error: unknown) => error))).toBe('permanent');
  });

  test('a frame is at least 100 × 100, created or resized', async () => {
    const fake = createMiroFake();
    await expect(fake.board.createFrame({ width: 99, height: 400 })).rejects.toThrow(/at least 100/);
    const frame = await fake.board.createFrame({ width: 400, height: 400 });
    frame.height = 80;
    await expect(frame.sync()).rejects.toThrow(/at least 100/);
  });

  test('item metadata holds at most 256 bytes of JSON', async () => {
    const fake = createMiroFake();
    const shape = await fake.board.createShape({ x: 0, y: 0 });
    // {"k":"…"} is 8 bytes around the value.
    await shape.setMetadata('k', 'x'.repeat(248));
    await expect(shape.setMetadata('k', 'x'.repeat(249))).rejects.toThrow(/limit is 256/);
    expect(await shape.getMetadata('k')).toBe('x'.repeat(248));
  });

  test('board.get returns items without their metadata: it takes getMetadata', async () => {
    const fake = createMiroFake();
    const shape = await fake.board.createShape({ x: 0, y: 0 });
    await shape.setMetadata('parcours', { k: 'a' });
    const [read] = await fake.board.get({ type: ['shape'] });
    expect(read).not.toHaveProperty('metadata');
    expect(await read!.getMetadata('parcours')).toEqual({ k: 'a' });
  });

  test('a transient or unknown failure of a write lands unless told otherwise; rate-limit and permanent ones never do', async () => {
    for (const [kind, landed, lands] of [
      ['transient', undefined, true],
      ['unknown', undefined, true],
      ['transient', false, false],
      ['rateLimit', undefined, false],
      ['permanent', undefined, false],
    ] as const) {
      const fake = createMiroFake({ fail: (call) => (call.method === 'board.createShape' ? (landed === undefined ? kind : { kind, landed }) : undefined) });
      const error = await fake.board.createShape({ x: 0, y: 0 }).catch((caught: unknown) => caught);
      expect(classifyMiroError(error)).toBe(kind);
      expect(fake.items()).toHaveLength(lands ? 1 : 0);
    }
  });

  test('a connector joins two different items that exist, and goes when either end goes', async () => {
    const fake = createMiroFake();
    const a = await fake.board.createShape({ x: 0, y: 0 });
    const b = await fake.board.createShape({ x: 300, y: 0 });
    await expect(fake.board.createConnector({ start: { item: a.id }, end: { item: 'nowhere' } })).rejects.toThrow(/not on the board/);
    await expect(fake.board.createConnector({ start: { item: a.id }, end: { item: a.id } })).rejects.toThrow(/same item/);
    const connector = await fake.board.createConnector({ start: { item: a.id }, end: { item: b.id } });
    await fake.board.remove(b);
    expect(fake.item(connector.id)).toBeUndefined();
    expect(fake.items().map((stored) => stored.id)).toEqual([a.id]);
  });

  test('over its credit budget the fake refuses with a rate-limit error in each documented shape, doing nothing', async () => {
    const fake = createMiroFake({ budget: { credits: 50, windowMs: 60_000 } });
    await fake.board.createShape({ x: 0, y: 0 });
    const errors: unknown[] = [];
    for (let turn = 0; turn < 3; turn++) errors.push(await fake.board.createShape({ x: 0, y: 0 }).catch((caught: unknown) => caught));
    expect(errors.map(classifyMiroError)).toEqual(['rateLimit', 'rateLimit', 'rateLimit']);
    expect(new Set(errors.map((error) => (error instanceof Error ? 'Error' : JSON.stringify(Object.keys(error as object)))))).toHaveProperty('size', 3);
    expect(fake.items()).toHaveLength(1);
  });
});
