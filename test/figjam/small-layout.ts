import type { Layout, Primitive } from '../../core/src/index.js';

/**
 * A small map laid out by hand: a frame, a title, two stages, a lane title, two stickies, a
 * touchpoint card, an emotion curve with one point, and a connector. `origin` shifts everything,
 * to prove children are placed relative to the frame's corner.
 */
export function smallLayout(origin = { x: 0, y: 0 }, overrides: Partial<Record<string, Partial<Primitive>>> = {}): Layout {
  const at = (x: number, y: number, w: number, h: number) => ({ x: origin.x + x, y: origin.y + y, w, h });
  const primitives: Primitive[] = [
    { kind: 'frame', key: 'frame', box: at(0, 0, 800, 600), style: 'frame', text: 'Commuter journey' },
    { kind: 'text', key: 'title', box: at(24, 16, 400, 40), style: 'title', text: 'Commuter journey', fontSize: 28, bold: true },
    { kind: 'shape', key: 'stage:discover', box: at(200, 80, 240, 60), style: 'stage', text: 'Discover', shape: 'round_rectangle' },
    { kind: 'shape', key: 'stage:buy', box: at(460, 80, 240, 60), style: 'stage', text: 'Buy', shape: 'round_rectangle' },
    { kind: 'text', key: 'lane:actions', box: at(24, 160, 160, 40), style: 'laneTitle', text: 'Actions', fontSize: 16 },
    { kind: 'sticky', key: 'card:a1', box: at(200, 160, 240, 240), style: 'action', text: 'Searches the app store' },
    { kind: 'sticky', key: 'card:a2', box: at(460, 160, 240, 240), style: 'pain', text: 'Too many similar apps' },
    { kind: 'card', key: 'card:t1', box: at(200, 420, 240, 60), style: 'touchpoint', text: 'App store listing', channel: 'app' },
    {
      kind: 'curve',
      key: 'curve:emotion',
      box: at(200, 500, 500, 80),
      style: 'persona0',
      text: '',
      points: [
        { x: origin.x + 320, y: origin.y + 520 },
        { x: origin.x + 580, y: origin.y + 560 },
      ],
      path: `M${origin.x + 320},${origin.y + 520}C${origin.x + 406.67},${origin.y + 533.33},${origin.x + 493.33},${origin.y + 546.67},${origin.x + 580},${origin.y + 560}`,
    },
    { kind: 'shape', key: 'point:discover', box: at(312, 512, 16, 16), style: 'positive', text: '', shape: 'circle' },
    { kind: 'connector', key: 'link:a1-t1', box: at(320, 400, 0, 20), style: 'grid', text: '', from: 'card:a1', to: 'card:t1' },
  ];
  return {
    journeyId: 'journey-commuter',
    title: 'Commuter journey',
    primitives: primitives.map((primitive) => ({ ...primitive, ...overrides[primitive.key] }) as Primitive),
    bounds: at(0, 0, 800, 600),
    palette: 'light',
  };
}
