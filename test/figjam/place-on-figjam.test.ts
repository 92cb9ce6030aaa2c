import { describe, expect, test } from 'vitest';
import { hashPrimitive, type Layout, type PlacementProgress, type Primitive } from '../../core/src/index.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { geometryFingerprint } from '../../figma-plugin/src/write-figjam-node.js';
import { FakeFigma, FakeSection, FakeSticky } from '../fakes/figma-fake.js';
import { boardTree } from './board-tree.js';
import { gridLayout } from './grid-layout.js';
import { smallLayout } from './small-layout.js';

const MEDIUM = { family: 'Inter', style: 'Medium' };
const BOLD = { family: 'Inter', style: 'Bold' };

function dataOf(layout: Layout, key: string) {
  const primitive = layout.primitives.find((candidate) => candidate.key === key) as Primitive;
  const g = geometryFingerprint(primitive);
  return { v: 1, j: layout.journeyId, k: key, h: hashPrimitive(primitive), t: primitive.kind, s: primitive.style, p: 'l', ...(g === undefined ? {} : { g }) };
}

describe('placeOnFigJam: a first placement', () => {
  test('places the small fixture as this exact node tree, inside one section', async () => {
    const figma = new FakeFigma();
    const layout = smallLayout();
    const report = await placeOnFigJam(figma, layout, { origin: { x: 1000, y: 500 } });

    expect(report).toEqual({ created: 11, updated: 0, removed: 0, kept: 0, failed: 0, cancelled: false, problems: [] });
    const section = figma.currentPage.children[0] as FakeSection;
    const idOf = (key: string) => section.children.find((node) => JSON.parse(node.getPluginData('parcours')).k === key)?.id;
    expect(boardTree(figma)).toEqual([
      {
        type: 'SECTION', x: 1000, y: 500, w: 800, h: 600, name: 'Commuter journey', fill: '#FFFFFF', data: dataOf(layout, 'frame'),
        children: [
          { type: 'TEXT', x: 24, y: 16, w: 400, text: 'Commuter journey', font: BOLD, fontSize: 28, align: 'LEFT', ink: '#1E1E1E', data: dataOf(layout, 'title') },
          { type: 'SHAPE_WITH_TEXT', x: 200, y: 80, w: 240, h: 60, shape: 'ROUNDED_RECTANGLE', text: 'Discover', font: BOLD, fill: '#1E1E1E', ink: '#FFFFFF', data: dataOf(layout, 'stage:discover') },
          { type: 'SHAPE_WITH_TEXT', x: 460, y: 80, w: 240, h: 60, shape: 'ROUNDED_RECTANGLE', text: 'Buy', font: BOLD, fill: '#1E1E1E', ink: '#FFFFFF', data: dataOf(layout, 'stage:buy') },
          { type: 'TEXT', x: 24, y: 160, w: 160, text: 'Actions', font: BOLD, fontSize: 16, align: 'LEFT', ink: '#1E1E1E', data: dataOf(layout, 'lane:actions') },
          { type: 'STICKY', x: 200, y: 160, text: 'Searches the app store', font: MEDIUM, fill: '#FFE8A3', data: dataOf(layout, 'card:a1') },
          { type: 'STICKY', x: 460, y: 160, text: 'Too many similar apps', font: MEDIUM, fill: '#FFC7C2', data: dataOf(layout, 'card:a2') },
          { type: 'SHAPE_WITH_TEXT', x: 200, y: 420, w: 240, h: 60, shape: 'ROUNDED_RECTANGLE', text: 'App store listing', font: MEDIUM, fill: '#BDE3FF', ink: '#1E1E1E', data: dataOf(layout, 'card:t1') },
          { type: 'VECTOR', x: 200, y: 500, name: '', paths: [{ windingRule: 'NONE', data: 'M 120 20 C 206.67 33.33 293.33 46.67 380 60' }], stroke: '#0D99FF', weight: 4, data: dataOf(layout, 'curve:emotion') },
          { type: 'SHAPE_WITH_TEXT', x: 312, y: 512, w: 16, h: 16, shape: 'ELLIPSE', text: '', font: MEDIUM, fill: '#14AE5C', ink: '#FFFFFF', data: dataOf(layout, 'point:discover') },
          {
            type: 'CONNECTOR', x: 0, y: 0, text: '', stroke: '#757575', data: dataOf(layout, 'link:a1-t1'),
            start: { endpointNodeId: idOf('card:a1'), magnet: 'AUTO' }, end: { endpointNodeId: idOf('card:t1'), magnet: 'AUTO' },
          },
        ],
      },
    ]);
  });

  test('places children relative to the frame corner when the layout does not start at 0,0', async () => {
    const shifted = new FakeFigma();
    await placeOnFigJam(shifted, smallLayout({ x: 300, y: -40 }), { origin: { x: 0, y: 0 } });
    const plain = new FakeFigma();
    await placeOnFigJam(plain, smallLayout(), { origin: { x: 0, y: 0 } });
    const positions = (figma: FakeFigma) => (figma.currentPage.children[0] as FakeSection).children.map((node) => [node.type, node.x, node.y]);
    expect(positions(shifted)).toEqual(positions(plain));
  });

  test('centres a new map on the viewport', async () => {
    const figma = new FakeFigma();
    figma.viewport.center = { x: 5000, y: 3000 };
    await placeOnFigJam(figma, smallLayout());
    const section = figma.currentPage.children[0] as FakeSection;
    expect([section.x, section.y]).toEqual([4600, 2700]);
  });

  test('puts a new map beside what is already on the page, never on top of it', async () => {
    const figma = new FakeFigma();
    const theirs = figma.createSticky();
    theirs.x = -100;
    theirs.y = -100;
    await placeOnFigJam(figma, smallLayout());
    const section = figma.currentPage.children.find((node) => node instanceof FakeSection) as FakeSection;
    expect(section.x).toBe(-100 + 240 + 200);
  });

  test('loads each font once, before the first write', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, gridLayout({ stages: ['A', 'B', 'C'], lanes: 2, cardsPerCell: 4 }));
    const fonts = figma.calls.filter((call) => call.kind === 'font').map((call) => call.detail);
    expect(fonts).toEqual(['Inter Medium', 'Inter Bold']);
    const firstWrite = figma.calls.findIndex((call) => call.kind === 'write');
    expect(figma.calls.slice(firstWrite).some((call) => call.kind === 'font')).toBe(false);
  });

  test('commits one undo step, after the last write', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout());
    const undos = figma.calls.flatMap((call, index) => (call.kind === 'undo' ? [index] : []));
    const lastWrite = figma.calls.map((call) => call.kind).lastIndexOf('write');
    expect(undos).toHaveLength(1);
    expect(undos[0]).toBeGreaterThan(lastWrite);
  });

  test('selects the section and scrolls to it', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout());
    const section = figma.currentPage.children[0] as FakeSection;
    expect(figma.calls.filter((call) => call.kind === 'view')).toEqual([
      { kind: 'view', op: 'set selection', detail: [section.id] },
      { kind: 'view', op: 'scrollAndZoomIntoView', detail: [section.id] },
    ]);
  });

  test('reports progress after every change, counting up to the total', async () => {
    const figma = new FakeFigma();
    const progress: PlacementProgress[] = [];
    await placeOnFigJam(figma, smallLayout(), { onProgress: (step) => progress.push(step) });
    expect(progress[0]).toEqual({ phase: 'plan', done: 0, total: 0 });
    expect(progress.slice(1, -1)).toEqual(Array.from({ length: 11 }, (_, index) => ({ phase: 'create', done: index + 1, total: 11 })));
    expect(progress.at(-1)).toEqual({ phase: 'finish', done: 11, total: 11 });
  });

  test('places one node per primitive for a bigger map, all inside the section', async () => {
    const figma = new FakeFigma();
    const layout = gridLayout({ stages: ['Discover', 'Compare', 'Buy', 'Use', 'Renew', 'Recommend'], lanes: 5, cardsPerCell: 7 });
    const report = await placeOnFigJam(figma, layout);
    const cards = 6 * 5 * 7;
    expect(layout.primitives).toHaveLength(1 + 6 + cards + 1);
    expect(report.created).toBe(layout.primitives.length);
    expect(figma.currentPage.children).toHaveLength(1);
    const section = figma.currentPage.children[0] as FakeSection;
    expect(section.children).toHaveLength(layout.primitives.length - 1);
    expect(section.children.filter((node) => node instanceof FakeSticky)).toHaveLength(cards);
    expect(new Set(figma.allNodes().map((node) => JSON.parse(node.getPluginData('parcours')).k)).size).toBe(layout.primitives.length);
  });

  test('keeps the full text of a shortened card in plugin data', async () => {
    const figma = new FakeFigma();
    const full = 'A very long remark from an interview that could not fit on one sticky note at all';
    await placeOnFigJam(figma, smallLayout(undefined, { 'card:a1': { text: 'A very long remark…', fullText: full } }));
    const sticky = figma.allNodes().find((node) => node instanceof FakeSticky) as FakeSticky;
    expect([sticky.text.characters, sticky.getPluginData('parcours.full')]).toEqual(['A very long remark…', full]);
  });

  test('skips a curve FigJam cannot draw, says so, and places the rest', async () => {
    const figma = new FakeFigma();
    const layout = smallLayout(undefined, { 'curve:emotion': { path: 'M0,0 A 10 10 0 0 1 20 20' } as Partial<Primitive> });
    const report = await placeOnFigJam(figma, layout);
    expect(report.created).toBe(10);
    expect(report.failed).toBe(1);
    expect(report.problems).toEqual([{ message: 'Skipped the curve curve:emotion: the curve path uses commands FigJam does not support.', field: 'curve:emotion' }]);
    expect(figma.allNodes().some((node) => node.type === 'VECTOR')).toBe(false);
  });

  test('a dashed curve (the previous wave) gets a dash pattern; a solid one keeps none', async () => {
    const figma = new FakeFigma();
    const layout = smallLayout();
    const dashed = { ...layout, primitives: layout.primitives.map((primitive) => (primitive.kind === 'curve' ? { ...primitive, dashed: true } : primitive)) };
    await placeOnFigJam(figma, dashed);
    const vector = figma.allNodes().find((node) => node.type === 'VECTOR');
    expect(vector && 'dashPattern' in vector ? vector.dashPattern : undefined).toEqual([12, 8]);
    const solid = new FakeFigma();
    await placeOnFigJam(solid, layout);
    expect(solid.writes.some((write) => write.op === 'set dashPattern')).toBe(false);
  });

  test('a layout without a frame places nothing and says why', async () => {
    const figma = new FakeFigma();
    const layout = smallLayout();
    const report = await placeOnFigJam(figma, { ...layout, primitives: layout.primitives.filter((primitive) => primitive.kind !== 'frame') });
    expect(report.problems).toEqual([{ message: 'The map has no frame to hold it: nothing was placed.' }]);
    expect(figma.writes).toEqual([]);
  });
});
