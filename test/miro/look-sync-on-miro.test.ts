import { describe, expect, test } from 'vitest';
import type { Layout, Primitive } from '../../core/src/index.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { createMiroFake, type MiroFake } from '../fakes/miro-fake.js';
import { fixtureLayout } from './fixture-layout.js';

const fast = { pacing: { maxInFlight: 4 } } as const;

/** The fixture with some primitives changed (a point made hollow, the curve dashed). */
function withLook(changes: Record<string, Partial<Primitive>>): Layout {
  const layout = fixtureLayout();
  return { ...layout, primitives: layout.primitives.map((primitive) => ({ ...primitive, ...changes[primitive.key] }) as Primitive) };
}

function itemOf(fake: MiroFake, key: string) {
  const found = fake.items().find((item) => (item.metadata.parcours as { k: string } | undefined)?.k === key);
  if (!found) throw new Error(`no item ${key}`);
  return found as typeof found & { props: { style: Record<string, unknown> } };
}

/** Places `first`, then `second`: the second run's report and writes. */
async function resync(first: Layout, second: Layout) {
  const fake = createMiroFake();
  await placeOnMiro(fake.board, first, fast);
  const before = fake.log.length;
  const report = await placeOnMiro(fake.board, second, fast);
  return { fake, report, writes: fake.writes(before).map((call) => call.method) };
}

describe('placeOnMiro: a change of look alone is one update', () => {
  test('a point that only turns hollow (few answers) is updated with 2 writes, and shows faint', async () => {
    const { fake, report, writes } = await resync(fixtureLayout(), withLook({ 'emotion:p1': { hollow: true } }));
    expect(report).toMatchObject({ created: 0, updated: 1, removed: 0, kept: 0, failed: 0 });
    expect(writes).toEqual(['shape.sync', 'shape.setMetadata']);
    expect(itemOf(fake, 'emotion:p1').props.style.fillOpacity).toBe(0.2);
  });

  test('a hollow point that turns solid is updated with 2 writes, and shows opaque again', async () => {
    const { fake, report, writes } = await resync(withLook({ 'emotion:p1': { hollow: true } }), fixtureLayout());
    expect(report).toMatchObject({ created: 0, updated: 1, kept: 0, failed: 0 });
    expect(writes).toEqual(['shape.sync', 'shape.setMetadata']);
    expect(itemOf(fake, 'emotion:p1').props.style.fillOpacity).toBe(1);
  });

  test('a curve that only turns dashed updates its connector with 2 writes, and back to solid', async () => {
    const dashed = await resync(fixtureLayout(), withLook({ 'emotion:curve': { dashed: true } }));
    expect(dashed.report).toMatchObject({ created: 0, updated: 1, kept: 0, failed: 0 });
    expect(dashed.writes).toEqual(['connector.sync', 'connector.setMetadata']);
    const connector = dashed.fake.items().find((item) => item.type === 'connector') as { props: { style: Record<string, unknown> } } | undefined;
    expect(connector?.props.style.strokeStyle).toBe('dashed');

    const solid = await resync(withLook({ 'emotion:curve': { dashed: true } }), fixtureLayout());
    expect(solid.writes).toEqual(['connector.sync', 'connector.setMetadata']);
    const back = solid.fake.items().find((item) => item.type === 'connector') as { props: { style: Record<string, unknown> } } | undefined;
    expect(back?.props.style.strokeStyle).toBe('normal');
  });

  test('the same hollow point and dashed curve placed again write nothing', async () => {
    const layout = withLook({ 'emotion:p1': { hollow: true }, 'emotion:curve': { dashed: true } });
    const { report, writes } = await resync(layout, layout);
    expect(report).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 0, failed: 0 });
    expect(writes).toEqual([]);
  });
});
