import { describe, expect, test } from 'vitest';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { boardSnapshot } from './board-snapshot.js';
import { fixtureLayout } from './fixture-layout.js';

const fast = { pacing: { maxInFlight: 4 } } as const;

const NOTE_H = (122 * 228) / 199;

describe('placeOnMiro: a first placement', () => {
  test('places the fixture exactly: types, positions from the frame corner, content, colours, metadata', async () => {
    const fake = createMiroFake({ latencyMs: 1, maxInFlight: 4 });
    const report = await placeOnMiro(fake.board, fixtureLayout(), fast);

    expect(report).toEqual({ created: 12, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] });
    const { items, unmarked, duplicates } = boardSnapshot(fake);
    expect(unmarked).toBe(0);
    expect(duplicates).toEqual([]);
    expect(items).toEqual({
      // The viewport is centred on (0, 0) and empty: the 1000 × 600 frame is centred there.
      frame: { type: 'frame', parent: null, x: 0, y: 0, width: 1000, height: 600, text: 'Parcours achat', colour: '#fbfaf7' },
      title: { type: 'text', parent: 'frame', x: 220, y: 40, width: 400, text: '<p><strong>Parcours achat</strong></p>', colour: '#1f2430' },
      'stage:s1': { type: 'shape', parent: 'frame', x: 350, y: 110, width: 300, height: 60, text: '<p>Découverte</p>', colour: '#2f3a56' },
      'stage:s2': { type: 'shape', parent: 'frame', x: 670, y: 110, width: 300, height: 60, text: '<p>Achat</p>', colour: '#2f3a56' },
      'lane:actions': { type: 'text', parent: 'frame', x: 100, y: 180, width: 160, text: '<p>Actions</p>', colour: '#2b3040' },
      // Miro's note that fits a 140 × 140 box: 122 wide, its height following (199 × 228 proportions).
      'card:c1': { type: 'sticky_note', parent: 'frame', x: 270, y: 230, width: 122, height: NOTE_H, text: '<p>Voit une pub</p>', colour: 'light_yellow' },
      'card:c2': { type: 'sticky_note', parent: 'frame', x: 430, y: 230, width: 122, height: NOTE_H, text: '<p>Lit un avis</p>', colour: 'light_yellow' },
      'card:c3': { type: 'sticky_note', parent: 'frame', x: 590, y: 230, width: 122, height: NOTE_H, text: '<p>Prix peu clair</p>', colour: 'light_pink' },
      'card:t1': { type: 'card', parent: 'frame', x: 660, y: 350, width: 280, text: '<p>Site web</p>', colour: '#2f6fd6' },
      'emotion:p1': { type: 'shape', parent: 'frame', x: 350, y: 450, width: 20, height: 20, text: '<p></p>', colour: '#5fc27e' },
      'emotion:p2': { type: 'shape', parent: 'frame', x: 670, y: 510, width: 20, height: 20, text: '<p></p>', colour: '#ef6f69' },
      // The curve joins the emotion points the layout already draws: one curved connector.
      'emotion:curve~c1': { type: 'connector', parent: null, ends: ['emotion:p1', 'emotion:p2'], colour: '#2f6fd6' },
    });
  });

  test('stores the journey id, key, content hash and text digest on every item, within 256 bytes', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    for (const stored of fake.items()) {
      const data = stored.metadata.parcours as Record<string, unknown>;
      expect(Object.keys(data).sort()).toEqual(['c', 'h', 'j', 'k', 'v']);
      expect(data.j).toBe('journey-1');
      expect(new TextEncoder().encode(JSON.stringify(stored.metadata)).length).toBeLessThanOrEqual(256);
    }
  });

  test('puts the map in the free space findEmptySpace returns, then zooms to the frame', async () => {
    const fake = createMiroFake({ emptySpace: (asked) => ({ ...asked, x: asked.x + 5000, y: asked.y - 200 }) });
    await placeOnMiro(fake.board, fixtureLayout(), fast);
    const frame = fake.items().find((stored) => stored.type === 'frame')!;
    expect([frame.props.x, frame.props.y]).toEqual([5000, -200]);
    const asked = fake.log.find((call) => call.method === 'board.findEmptySpace');
    expect(asked).toBeDefined();
    expect(fake.log.at(-1)!.method).toBe('viewport.zoomTo');
  });

  test('an explicit origin places the frame top-left corner there', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), { ...fast, origin: { x: 100, y: 200 } });
    const frame = fake.items().find((stored) => stored.type === 'frame')!;
    expect([frame.props.x, frame.props.y]).toEqual([600, 500]);
    expect(fake.log.some((call) => call.method === 'board.findEmptySpace')).toBe(false);
  });

  test('sticky notes are rectangles when asked, sized by width only', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, fixtureLayout(), { ...fast, style: { stickyShape: 'rectangle' } });
    const sticky = fake.items().find((stored) => stored.type === 'sticky_note')!;
    expect(sticky.props.shape).toBe('rectangle');
    expect(sticky.props.width).toBe(140);
  });

  test('reports progress up to the total and a finish', async () => {
    const fake = createMiroFake();
    const progress: string[] = [];
    await placeOnMiro(fake.board, fixtureLayout(), { ...fast, onProgress: (p) => progress.push(`${p.phase}:${p.done}/${p.total}`) });
    expect(progress[0]).toBe('plan:0/1');
    expect(progress.at(-2)).toBe('create:12/12');
    expect(progress.at(-1)).toBe('finish:12/12');
  });

  test('says before any write how many items, calls and credits the placement needs', async () => {
    const fake = createMiroFake();
    let writesBefore = -1;
    let estimate: unknown;
    await placeOnMiro(fake.board, fixtureLayout(), {
      ...fast,
      onEstimate: (value) => {
        estimate = value;
        writesBefore = fake.writes().length;
      },
    });
    expect(writesBefore).toBe(0);
    // frame 5 calls + 10 items × 3 + 1 connector × 2 + 1 read = 38 calls × 50 credits.
    expect(estimate).toEqual({ items: 12, calls: 38, writes: 37, credits: 1900, seconds: 1 });
    expect(fake.log.length).toBe(38);
  });
});
