import { describe, expect, test } from 'vitest';
import type { ConnectorPrimitive, ShapePrimitive } from '../../core/src/index.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { miroCreateCall } from '../../miro-app/src/miro-create-call.js';
import { FakeFigma, FakeSection, FakeShape, FakeVector } from '../fakes/figma-fake.js';
import { smallLayout } from '../figjam/small-layout.js';

const MARKED = { 'curve:emotion': { dashed: true }, 'point:discover': { hollow: true } };

describe('evidence marks on FigJam', () => {
  test('an estimated curve is a dashed vector, a thin point a faded shape of its own colour', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout(undefined, MARKED), { origin: { x: 0, y: 0 } });
    const section = figma.currentPage.children[0] as FakeSection;
    const byKey = (key: string) => section.children.find((node) => JSON.parse(node.getPluginData('parcours')).k === key);
    expect((byKey('curve:emotion') as FakeVector).dashPattern).toEqual([12, 8]);
    const point = byKey('point:discover') as FakeShape;
    expect(point.opacity).toBe(0.4);
  });

  test('unmarked curves and points are written as before: no dash, full opacity', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout(), { origin: { x: 0, y: 0 } });
    const writes = figma.calls.filter((entry) => entry.op === 'set dashPattern' || entry.op === 'set opacity');
    expect(writes).toEqual([]);
  });

  test('a re-placement that drops the marks clears them', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout(undefined, MARKED), { origin: { x: 0, y: 0 } });
    const layout = smallLayout(undefined, { 'curve:emotion': { text: 'now rated' }, 'point:discover': { text: '🙂' } });
    await placeOnFigJam(figma, layout, { origin: { x: 0, y: 0 } });
    const section = figma.currentPage.children[0] as FakeSection;
    const byKey = (key: string) => section.children.find((node) => JSON.parse(node.getPluginData('parcours')).k === key);
    expect((byKey('curve:emotion') as FakeVector).dashPattern).toEqual([]);
    expect((byKey('point:discover') as FakeShape).opacity).toBe(1);
  });
});

describe('evidence marks on Miro', () => {
  test('the connectors of an estimated curve are dashed', () => {
    const expanded = expandForMiro(smallLayout(undefined, MARKED));
    const pieces = expanded.primitives.filter((primitive): primitive is ConnectorPrimitive => primitive.kind === 'connector' && primitive.key.startsWith('curve:emotion~'));
    expect(pieces.length).toBeGreaterThan(0);
    for (const piece of pieces) {
      const call = miroCreateCall(piece, { x: 0, y: 0 }, undefined, { from: 'a', to: 'b' });
      expect(call.method === 'createConnector' && call.props.style?.strokeStyle).toBe('dashed');
    }
  });

  test('a thin point is a ring of its colour around a faint disc', () => {
    const point = smallLayout(undefined, MARKED).primitives.find((primitive) => primitive.key === 'point:discover') as ShapePrimitive;
    const call = miroCreateCall(point, { x: 0, y: 0 });
    expect(call.method === 'createShape' && call.props.style).toMatchObject({ fillOpacity: 0.2, borderWidth: 3 });
  });
});
