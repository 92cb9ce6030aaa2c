import { describe, expect, test } from 'vitest';
import type { Layout } from '../../core/src/index.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake, type MiroFake } from '../fakes/miro-fake.js';
import { boardSnapshot, type SnapshotItem } from './board-snapshot.js';
import { fixtureLayout, stagesLayout } from './fixture-layout.js';
import { asWritten } from '../words/as-written.js';

const fast = { pacing: { maxInFlight: 4 } } as const;

function idOf(fake: MiroFake, key: string, journeyId = 'journey-1'): string {
  const stored = fake.items().find((item) => {
    const data = item.metadata.parcours as { j: string; k: string } | undefined;
    return data?.k === key && data.j === journeyId;
  });
  if (!stored) throw new Error(`no item ${key}`);
  return stored.id;
}

/** Children as placed relative to the frame, and the frame's size: the map, wherever it sits. */
function mapShape(fake: MiroFake): Record<string, SnapshotItem> {
  const { items } = boardSnapshot(fake);
  const frame = items.frame!;
  return { ...items, frame: { ...frame, x: 0, y: 0 } };
}

async function cleanPlacement(layout: Layout): Promise<MiroFake> {
  const fake = createMiroFake();
  await placeOnMiro(fake.board, layout, fast);
  return fake;
}

describe('placeOnMiro: re-import onto a map already on the board', () => {
  test('placing the same layout twice makes zero writes the second time', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    const before = fake.log.length;
    const report = await placeOnMiro(fake.board, fixtureLayout(), fast);
    expect(asWritten(report)).toEqual({ created: 0, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] });
    expect(fake.writes(before)).toEqual([]);
    // Reads: one board.get, then getMetadata on the 12 items of the map.
    expect(fake.log.slice(before).map((call) => call.method).filter((method) => method === 'board.get')).toHaveLength(1);
    expect(fake.log.length - before).toBe(13);
  });

  test('one card changed in the data: exactly that sticky is updated, with 2 writes', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    const id = idOf(fake, 'card:c2');
    const before = fake.log.length;
    const report = await placeOnMiro(fake.board, fixtureLayout({ cards: ['Voit une pub', 'Lit trois avis', 'Prix peu clair'] }), fast);
    expect(asWritten(report)).toMatchObject({ created: 0, updated: 1, removed: 0, kept: 0, failed: 0 });
    expect(fake.writes(before).map((call) => call.method)).toEqual(['sticky_note.sync', 'sticky_note.setMetadata']);
    expect(fake.item(id)!.props.content).toBe('<p>Lit trois avis</p>');
  });

  test('a sticky the user edited by hand is kept and reported, even when the data changes it too', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    const id = idOf(fake, 'card:c1');
    fake.edit(id, { content: '<p>Voit une pub <strong>TV</strong> (atelier 3)</p>' });
    const before = fake.log.length;
    const report = await placeOnMiro(fake.board, fixtureLayout({ cards: ['Voit une pub radio', 'Lit un avis', 'Prix peu clair'] }), fast);
    expect(asWritten(report)).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 1, failed: 0 });
    expect(asWritten(report.problems)).toEqual([
      { message: 'Kept "Voit une pub TV (atelier 3)": edited by hand since it was placed, so it was neither overwritten nor removed.', field: 'card:c1' },
    ]);
    expect(fake.item(id)!.props.content).toBe('<p>Voit une pub <strong>TV</strong> (atelier 3)</p>');
    expect(fake.writes(before)).toEqual([]);
  });

  test('a card gone from the data is removed when unedited, and said so', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    const layout = fixtureLayout();
    layout.primitives = layout.primitives.filter((primitive) => primitive.key !== 'card:c3');
    const report = await placeOnMiro(fake.board, layout, fast);
    expect(asWritten(report)).toMatchObject({ created: 0, updated: 0, removed: 1, kept: 0, failed: 0 });
    expect(Object.keys(boardSnapshot(fake).items)).not.toContain('card:c3');
  });

  test('a stage added in the middle moves the stages after it, duplicates nothing and equals a clean placement', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, stagesLayout(['A', 'B', 'C']), fast);
    const report = await placeOnMiro(fake.board, stagesLayout(['A', 'X', 'B', 'C']), fast);
    // Added: the stage, its sticky, its point and one more curve segment. Moved: B and C's three
    // items each and the frame (resized); two segments reconnect to the new point.
    expect(asWritten(report)).toMatchObject({ created: 4, removed: 0, kept: 0, failed: 0 });
    expect(report.updated).toBe(6 + 1 + 2);
    const snapshot = boardSnapshot(fake);
    expect(snapshot.duplicates).toEqual([]);
    expect(mapShape(fake)).toEqual(mapShape(await cleanPlacement(stagesLayout(['A', 'X', 'B', 'C']))));
  });

  test('items added by hand inside the frame are never touched', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    const frameId = idOf(fake, 'frame');
    const handMade = fake.addByHand('sticky_note', { x: 900, y: 550, width: 80, height: 80, content: '<p>idée</p>', shape: 'square', style: { fillColor: 'yellow' } }, frameId);
    const layout = fixtureLayout({ cards: ['Voit une pub', 'Lit un avis', 'Prix trop élevé'] });
    layout.primitives = layout.primitives.filter((primitive) => primitive.key !== 'card:c1');
    const before = fake.log.length;
    await placeOnMiro(fake.board, layout, fast);
    expect(fake.item(handMade)!.props.content).toBe('<p>idée</p>');
    expect(fake.writes(before).some((call) => call.method === 'board.remove')).toBe(true);
    expect(fake.items().some((stored) => stored.id === handMade)).toBe(true);
  });

  test('several journeys on one board never interfere', async () => {
    const fake = createMiroFake({ emptySpace: (asked) => ({ ...asked, x: asked.x + fake.items().filter((item) => item.type === 'frame').length * 2000 }) });
    await placeOnMiro(fake.board, fixtureLayout({ journeyId: 'journey-1' }), fast);
    await placeOnMiro(fake.board, fixtureLayout({ journeyId: 'journey-2' }), fast);
    const other = Object.fromEntries(Object.entries(boardSnapshot(fake, true).items).filter(([key]) => key.startsWith('journey-2/')));
    expect(Object.keys(other)).toHaveLength(12);

    const before = fake.log.length;
    const report = await placeOnMiro(fake.board, fixtureLayout({ journeyId: 'journey-1', cards: ['a', 'b', 'c'] }), fast);
    expect(asWritten(report)).toMatchObject({ created: 0, updated: 3, removed: 0, failed: 0 });
    // Reads: board.get, both frames' metadata, then only journey-1's 10 children and its connector.
    expect(fake.log.slice(before).filter((call) => !call.write)).toHaveLength(1 + 2 + 10 + 1);
    const after = Object.fromEntries(Object.entries(boardSnapshot(fake, true).items).filter(([key]) => key.startsWith('journey-2/')));
    expect(after).toEqual(other);
    expect(fake.items()).toHaveLength(24);
  });

  test('a primitive that changes kind replaces its item', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    const layout = fixtureLayout();
    layout.primitives = layout.primitives.map((primitive) =>
      primitive.key === 'card:c3' ? { kind: 'card', key: primitive.key, box: primitive.box, style: 'pain', text: 'Prix peu clair' } : primitive,
    );
    const report = await placeOnMiro(fake.board, layout, fast);
    expect(asWritten(report)).toMatchObject({ updated: 1, failed: 0 });
    expect(boardSnapshot(fake).items['card:c3']!.type).toBe('card');
    expect(boardSnapshot(fake).duplicates).toEqual([]);
  });

  test('an item left outside the frame by an interruption joins it on the next placement', async () => {
    let broken = true;
    const fake = createMiroFake({ fail: (call) => (broken && call.method === 'frame.add' ? 'permanent' : undefined) });
    const first = await placeOnMiro(fake.board, fixtureLayout(), { ...fast, pacing: { maxInFlight: 1 } });
    // Pipelines already past their create when the error came back stop at the same step.
    const loose = fake.items().filter((stored) => stored.type !== 'frame' && stored.type !== 'connector' && stored.parentId === null);
    expect(first.failed).toBe(loose.length);
    expect(loose.length).toBeGreaterThan(0);
    broken = false;
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    expect(boardSnapshot(fake)).toEqual(boardSnapshot(await cleanPlacement(fixtureLayout())));
  });

  test('the frame shrinks to the new map but never leaves a kept or hand-made item outside', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, stagesLayout(['A', 'B', 'C']), fast);
    fake.edit(idOf(fake, 'card:C'), { content: '<p>Do C, edited</p>' });
    const report = await placeOnMiro(fake.board, stagesLayout(['A', 'B']), fast);
    expect(asWritten(report)).toMatchObject({ kept: 1, failed: 0 });
    const frame = fake.item(idOf(fake, 'frame'))!;
    // Two columns need 840; the kept sticky of C still sits around x 940, as wide as Miro's note
    // that fits its 200 × 200 box (174 × 199.4, Miro's 199 × 228 proportions).
    expect(frame.props.width).toBe(940 + 174 / 2);

    const again = createMiroFake();
    await placeOnMiro(again.board, stagesLayout(['A', 'B', 'C']), fast);
    again.addByHand('shape', { x: 1000, y: 300, width: 100, height: 100, content: '', shape: 'rectangle', style: {} }, idOf(again, 'frame'));
    expect(await placeOnMiro(again.board, stagesLayout(['A', 'B']), fast)).toMatchObject({ removed: 4, failed: 0 });
    expect(again.item(idOf(again, 'frame'))!.props.width).toBe(1050);
  });
});
