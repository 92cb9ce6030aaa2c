import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIRO_ITEM_TYPES } from '../../miro-app/src/miro-board-api.js';
import { toMiroHtml } from '../../miro-app/src/to-miro-html.js';
import { fitFontSize } from '../../playground/src/fit-font-size.js';
import { sceneItems } from '../../playground/src/scene-item.js';
import { createSimulatedBoard, emptySpaceNear } from '../../playground/src/simulated-board.js';
import { createMiroFake } from '../fakes/miro-fake.js';

describe('sceneItems', () => {
  it('draws frame children at their absolute place, connectors last, text as text', async () => {
    const fake = createMiroFake();
    const frame = await fake.board.createFrame({ x: 500, y: 300, width: 1000, height: 600, title: 'Map', style: { fillColor: '#ffffff' } });
    const a = await fake.board.createStickyNote({ x: 200, y: 100, width: 100, content: toMiroHtml('<script>alert(1)</script>\nline 2'), style: { fillColor: 'pink' } });
    const b = await fake.board.createShape({ x: 400, y: 100, width: 20, height: 20, shape: 'circle', content: '', style: { fillColor: '#c62828' } });
    await frame.add(a);
    await fake.board.createConnector({ start: { item: a.id, snapTo: 'right' }, end: { item: b.id, snapTo: 'left' }, style: { strokeColor: '#2d4bb4', strokeWidth: 3 } });

    const scene = sceneItems(await fake.board.get({ type: MIRO_ITEM_TYPES }));

    expect(scene.map((item) => item.kind)).toEqual(['frame', 'sticky', 'shape', 'connector']);
    expect(scene[0]).toEqual({ id: frame.id, kind: 'frame', box: { x: 0, y: 0, w: 1000, h: 600 }, title: 'Map', fill: '#ffffff' });
    // The sticky went into the frame (relative to its top-left corner, 0,0 here): same place, as tall as Miro makes a 100-wide note.
    const noteH = (100 * 228) / 199;
    expect(scene[1]).toEqual({ id: a.id, kind: 'sticky', box: { x: 150, y: 100 - noteH / 2, w: 100, h: noteH }, text: '<script>alert(1)</script>\nline 2', fill: '#ea94bb' });
    expect(scene[3]).toMatchObject({ kind: 'connector', from: { x: 250, y: 100 }, to: { x: 390, y: 100 }, stroke: '#2d4bb4', strokeWidth: 3 });
  });

  it('keeps a shape’s fill and border opacity: a whisker is a translucent line with no border', async () => {
    const fake = createMiroFake();
    const line = await fake.board.createShape({
      x: 100,
      y: 100,
      width: 4,
      height: 120,
      shape: 'round_rectangle',
      content: '',
      style: { fillColor: '#2f6fd6', fillOpacity: 0.55, borderOpacity: 0, borderWidth: 1, borderColor: '#2f6fd6' },
    });
    const box = await fake.board.createShape({ x: 300, y: 100, width: 40, height: 40, shape: 'rectangle', content: '', style: { fillColor: '#ffffff' } });
    const scene = sceneItems(await fake.board.get({ type: MIRO_ITEM_TYPES }));
    expect(scene.find((item) => item.id === line.id)).toMatchObject({ box: { x: 98, y: 40, w: 4, h: 120 }, fill: '#2f6fd6', fillOpacity: 0.55, strokeOpacity: 0 });
    // Miro's defaults when a style leaves them out: opaque.
    expect(scene.find((item) => item.id === box.id)).toMatchObject({ fillOpacity: 1, strokeOpacity: 1 });
  });

  it('offsets children by their frame corner when the frame is not at the origin', async () => {
    const fake = createMiroFake();
    const frame = await fake.board.createFrame({ x: 1500, y: 1300, width: 1000, height: 600, title: 'Map', style: { fillColor: '#ffffff' } });
    const note = await fake.board.createStickyNote({ x: 1100, y: 1100, width: 100, content: '<p>A</p>' });
    await frame.add(note);
    const scene = sceneItems(await fake.board.get({ type: MIRO_ITEM_TYPES }));
    expect(scene.find((item) => item.id === note.id)).toMatchObject({ box: { x: 1050, y: 1100 - (100 * 228) / 199 / 2, w: 100, h: (100 * 228) / 199 } });
  });
});

describe('createSimulatedBoard', () => {
  it('applies a user edit to the item content as Miro HTML and tells the view', async () => {
    const simulated = createSimulatedBoard();
    const note = await simulated.board.createStickyNote({ x: 0, y: 0, width: 100, content: '<p>Before</p>' });
    let changes = 0;
    simulated.subscribe(() => changes++);
    simulated.editText(note.id, 'After & <more>');
    const [item] = await simulated.items();
    expect(item).toMatchObject({ id: note.id, content: '<p>After &amp; &lt;more&gt;</p>' });
    expect(changes).toBe(1);
  });
});

describe('emptySpaceNear', () => {
  const asked = { x: 0, y: 0, width: 100, height: 50, offset: 100 };

  it('answers the asked place when it is free', () => {
    expect(emptySpaceNear(asked, [{ x: 500, y: 500, width: 10, height: 10 }])).toEqual({ x: 0, y: 0, width: 100, height: 50 });
  });

  it('moves right of everything when the asked place is taken', () => {
    expect(emptySpaceNear(asked, [{ x: -20, y: -40, width: 300, height: 100 }])).toEqual({ x: 530, y: -15, width: 100, height: 50 });
  });

  it('never overlaps what is on the board', () => {
    const rect = fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 1, max: 3000 }), height: fc.integer({ min: 1, max: 3000 }) });
    fc.assert(
      fc.property(rect, fc.array(rect, { maxLength: 8 }), (wanted, taken) => {
        const found = emptySpaceNear(wanted, taken);
        const left = found.x - found.width / 2;
        const top = found.y - found.height / 2;
        for (const other of taken) {
          const overlaps = left < other.x + other.width && other.x < left + found.width && top < other.y + other.height && other.y < top + found.height;
          expect(overlaps).toBe(false);
        }
      }),
    );
  });
});

describe('fitFontSize', () => {
  it('gives a short text the maximum size', () => {
    expect(fitFontSize('Voit une pub', 199, 199, 12, 20)).toBe(20);
  });

  it('wraps the data text at word boundaries rather than shrinking it to one line', () => {
    const sentence = 'Calls the hotline twice and waits more than twenty minutes each time before anyone answers';
    expect(fitFontSize(sentence, 199, 199)).toBeGreaterThanOrEqual(14);
  });

  it('keeps the line breaks the data has: each line wraps on its own', () => {
    expect(fitFontSize('a\nb\nc\nd\ne\nf\ng\nh', 199, 199)).toBeLessThan(fitFontSize('a b c d e f g h', 199, 199));
  });

  it('shrinks rather than cut a long word when a readable size keeps it whole', () => {
    const size = fitFontSize('Incomprehensibilities', 199, 199);
    expect(size).toBeGreaterThanOrEqual(12);
    expect(size * 0.56 * 'Incomprehensibilities'.length).toBeLessThanOrEqual(199 - 24);
  });

  it('stays between 6 and the maximum', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 }), (text, w, h) => {
        const size = fitFontSize(text, w, h);
        expect(size).toBeGreaterThanOrEqual(6);
        expect(size).toBeLessThanOrEqual(28);
      }),
    );
  });
});
