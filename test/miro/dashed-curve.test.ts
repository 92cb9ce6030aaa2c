import { describe, expect, it } from 'vitest';
import type { Layout } from '../../core/src/index.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { miroCreateCall } from '../../miro-app/src/miro-create-call.js';

const layout: Layout = {
  journeyId: 'j',
  title: 'Map',
  palette: 'light',
  bounds: { x: 0, y: 0, w: 400, h: 200 },
  primitives: [
    { kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: 400, h: 200 }, style: 'frame', text: 'Map' },
    {
      kind: 'curve',
      key: 'emotion:e:previous:curve',
      box: { x: 50, y: 50, w: 300, h: 50 },
      style: 'previousWave',
      text: 'Previous wave',
      points: [
        { x: 50, y: 50 },
        { x: 350, y: 100 },
      ],
      path: 'M50,50L350,100',
      dashed: true,
    },
  ],
};

describe('a dashed curve on Miro', () => {
  it('becomes dashed connectors (ConnectorStyle.strokeStyle)', () => {
    const connectors = expandForMiro(layout).primitives.filter((primitive) => primitive.kind === 'connector');
    expect(connectors).toHaveLength(1);
    const [connector] = connectors;
    if (!connector) return;
    expect(connector).toMatchObject({ dashed: true, style: 'previousWave' });
    const call = miroCreateCall(connector, { x: 0, y: 0 }, undefined, { from: 'a', to: 'b' });
    expect(call).toMatchObject({ method: 'createConnector', props: { style: { strokeStyle: 'dashed' } } });
  });

  it('a solid curve says its stroke is normal, so an update of a dashed one clears the dash', () => {
    const solid = { ...layout, primitives: layout.primitives.map((primitive) => (primitive.kind === 'curve' ? { ...primitive, dashed: false } : primitive)) };
    const [connector] = expandForMiro(solid).primitives.filter((primitive) => primitive.kind === 'connector');
    if (!connector) throw new Error('no connector');
    const call = miroCreateCall(connector, { x: 0, y: 0 }, undefined, { from: 'a', to: 'b' });
    expect(call).toMatchObject({ method: 'createConnector', props: { style: { strokeStyle: 'normal' } } });
  });
});
