import { describe, expect, test } from 'vitest';
import type { Layout, Primitive } from '../../core/src/index.js';
import { placeOnFigJam } from '../../figma-plugin/src/place-on-figjam.js';
import { FakeFigma, FakeShape, FakeVector } from '../fakes/figma-fake.js';
import { smallLayout } from './small-layout.js';

const keyOf = (node: { getPluginData(key: string): string }) => (JSON.parse(node.getPluginData('parcours') || '{"k":""}') as { k: string }).k;
const nodeByKey = (figma: FakeFigma, key: string) => figma.allNodes().find((node) => !node.removed && keyOf(node) === key);

/** Places `first`, then `second`: the second run's report and the nodes it wrote to. */
async function resync(first: Layout, second: Layout) {
  const figma = new FakeFigma();
  await placeOnFigJam(figma, first);
  const before = figma.calls.length;
  const report = await placeOnFigJam(figma, second);
  const written = [...new Set(figma.calls.slice(before).filter((call) => call.kind === 'write').map((call) => call.node))];
  return { figma, report, written };
}

const hollowPoint: Partial<Record<string, Partial<Primitive>>> = { 'point:discover': { hollow: true } };
const dashedCurve: Partial<Record<string, Partial<Primitive>>> = { 'curve:emotion': { dashed: true } };

describe('placeOnFigJam: a change of look alone is one update', () => {
  test('a point that only turns hollow (few answers) is updated, that node only, and fades', async () => {
    const { figma, report, written } = await resync(smallLayout(), smallLayout(undefined, hollowPoint));
    const point = nodeByKey(figma, 'point:discover') as FakeShape;
    expect(report).toMatchObject({ created: 0, updated: 1, removed: 0, kept: 0, failed: 0 });
    expect(written).toEqual([point.id]);
    expect(point.opacity).toBeLessThan(1);
  });

  test('a hollow point that turns solid is updated and opaque again', async () => {
    const { figma, report, written } = await resync(smallLayout(undefined, hollowPoint), smallLayout());
    const point = nodeByKey(figma, 'point:discover') as FakeShape;
    expect(report).toMatchObject({ created: 0, updated: 1, kept: 0, failed: 0 });
    expect(written).toEqual([point.id]);
    expect(point.opacity).toBe(1);
  });

  test('a curve that only turns dashed is updated, that vector only, and back to solid', async () => {
    const dashed = await resync(smallLayout(), smallLayout(undefined, dashedCurve));
    const vector = nodeByKey(dashed.figma, 'curve:emotion') as FakeVector;
    expect(dashed.report).toMatchObject({ created: 0, updated: 1, kept: 0, failed: 0 });
    expect(dashed.written).toEqual([vector.id]);
    expect(vector.dashPattern.length).toBeGreaterThan(0);

    const solid = await resync(smallLayout(undefined, dashedCurve), smallLayout());
    const back = nodeByKey(solid.figma, 'curve:emotion') as FakeVector;
    expect(solid.written).toEqual([back.id]);
    expect(back.dashPattern).toEqual([]);
  });

  test('the same hollow point and dashed curve placed again write nothing (read back as placed, not as edited)', async () => {
    const layout = smallLayout(undefined, { ...hollowPoint, ...dashedCurve });
    const { report, written } = await resync(layout, layout);
    expect(report).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 0, failed: 0 });
    expect(written).toEqual([]);
  });

  test('a point faded by hand counts as edited and is kept', async () => {
    const figma = new FakeFigma();
    await placeOnFigJam(figma, smallLayout());
    (nodeByKey(figma, 'point:discover') as FakeShape).opacity = 0.5;
    const report = await placeOnFigJam(figma, smallLayout());
    expect(report).toMatchObject({ updated: 0, kept: 1, failed: 0 });
    expect((nodeByKey(figma, 'point:discover') as FakeShape).opacity).toBe(0.5);
  });
});
