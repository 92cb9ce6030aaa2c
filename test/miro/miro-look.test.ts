import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { paletteColors, type Layout, type Primitive, type StyleToken } from '../../core/src/index.js';
import { contrastRatio } from '../../miro-app/src/contrast-ratio.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import { miroCreateCall } from '../../miro-app/src/miro-create-call.js';
import { miroHexColour } from '../../miro-app/src/miro-hex-colour.js';
import { miroLookFor } from '../../miro-app/src/miro-palette.js';
import { placeOnMiro } from '../../miro-app/src/place-on-miro.js';
import { readableInk, READABLE_CONTRAST } from '../../miro-app/src/readable-ink.js';
import { createMiroFake } from '../fakes/miro-fake.js';
import { boardSnapshot } from './board-snapshot.js';

const center = { x: 0, y: 0 };
const hex = fc.integer({ min: 0, max: 0xffffff }).map((value) => `#${value.toString(16).padStart(6, '0')}`);

/** The two backgrounds text lands on in a palette: the frame and the lane bands. */
function backgrounds(palette: 'light' | 'dark'): string[] {
  const colors = paletteColors(palette);
  return [colors.tokens.frame.fill, colors.tokens.grid.fill];
}

/** The text colour Miro is asked to write a text primitive in. */
function textColour(primitive: Primitive, palette: 'light' | 'dark' = 'light'): string {
  const call = miroCreateCall(primitive, center, { palette, stickyShape: 'auto' });
  if (call.method !== 'createText') throw new Error(`expected a text, got ${call.method}`);
  return String(call.props.style?.color);
}

const text = (style: StyleToken, extra: Partial<Primitive> = {}): Primitive =>
  ({ kind: 'text', key: `text:${style}`, box: { x: 0, y: 0, w: 200, h: 17 }, style, text: '+0,8 · n=24', fontSize: 13, bold: true, ...extra }) as Primitive;

describe('text on the map is readable', () => {
  // The bug: persona tokens gave white text, so legends and scores vanished on the light lane.
  test.each(['persona0', 'persona1', 'persona2', 'persona3', 'persona4', 'persona5', 'persona6', 'persona7', 'legend', 'laneTitle', 'title'] as const)(
    '%s text is at least 4.5:1 on the frame and on a lane, light and dark',
    (style) => {
      for (const palette of ['light', 'dark'] as const) {
        const colour = textColour(text(style), palette);
        for (const background of backgrounds(palette)) expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(READABLE_CONTRAST);
      }
    },
  );

  test('a persona score label is never white on the light palette, and keeps its persona hue', () => {
    const colour = textColour(text('persona1'));
    expect(colour).not.toBe('#ffffff');
    const [r, g, b] = [1, 3, 5].map((start) => Number.parseInt(colour.slice(start, start + 2), 16)) as [number, number, number];
    // Core's second persona colour is an orange: red leads, blue trails.
    expect(r).toBeGreaterThan(g);
    expect(g).toBeGreaterThan(b);
  });

  test('a persona colour chosen by the user is used for its text, deepened until readable', () => {
    const colour = textColour(text('persona0', { color: '#ffcc00' }));
    expect(colour).not.toBe('#ffcc00');
    for (const background of backgrounds('light')) expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(READABLE_CONTRAST);
  });

  test('any user colour on any persona gives readable text in both palettes', () => {
    fc.assert(
      fc.property(hex, fc.integer({ min: 0, max: 20 }), fc.constantFrom('light' as const, 'dark' as const), (colour, index, palette) => {
        const ink = textColour(text(`persona${index}`, { color: colour }), palette);
        return backgrounds(palette).every((background) => contrastRatio(ink, background) >= READABLE_CONTRAST);
      }),
    );
  });

  test('shapes and connectors keep the persona colour itself: only text is deepened', () => {
    const look = miroLookFor('persona1');
    expect(look.stroke).toBe(paletteColors('light').personas[1]);
    expect(look.ink).not.toBe(look.stroke);
  });
});

describe('readableInk', () => {
  test.each([
    ['#1f2430', ['#ffffff'], '#1f2430'],
    ['#000000', ['#fbfaf7', '#f1f0eb'], '#000000'],
    ['#ffffff', ['#17191f'], '#ffffff'],
  ])('%s already reads on %j: unchanged', (colour, on, expected) => {
    expect(readableInk(colour, on)).toBe(expected);
  });

  test.each([
    ['white on a light lane', '#ffffff', ['#f1f0eb'], 'darker'],
    ['orange on a light lane', '#ef6c00', ['#fbfaf7', '#f1f0eb'], 'darker'],
    ['navy on a dark lane', '#1a237e', ['#1e2128'], 'lighter'],
  ] as const)('%s is moved %s until 4.5:1', (_, colour, on, direction) => {
    const ink = readableInk(colour, on);
    for (const background of on) expect(contrastRatio(ink, background)).toBeGreaterThanOrEqual(4.5);
    const luminance = (value: string) => contrastRatio(value, '#000000');
    if (direction === 'darker') expect(luminance(ink)).toBeLessThan(luminance(colour));
    else expect(luminance(ink)).toBeGreaterThan(luminance(colour));
  });
});

describe('miroHexColour', () => {
  test.each([
    ['#2F6FD6', '#2f6fd6'],
    ['#f60', '#ff6600'],
    ['#f60c', '#ff6600'],
    ['#2f6fd680', '#2f6fd6'],
    ['tomato', undefined],
    ['#12345', undefined],
    [undefined, undefined],
  ])('%s → %s', (colour, expected) => {
    expect(miroHexColour(colour)).toBe(expected);
  });
});

/** An emotion lane in miniature: a band, a whisker, two points, the curve, a score, a legend. */
function emotionLayout(overrides: { color?: string; score?: number } = {}): Layout {
  const colour = overrides.color !== undefined ? { color: overrides.color } : {};
  const y2 = 300 - Math.round((overrides.score ?? 1) * 40);
  const primitives: Primitive[] = [
    { kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: 800, h: 500 }, style: 'frame', text: 'Emotions' },
    { kind: 'shape', shape: 'rectangle', key: 'lane', box: { x: 0, y: 180, w: 800, h: 260 }, style: 'grid', text: '' },
    { kind: 'text', key: 'legend:p0', box: { x: 20, y: 200, w: 150, h: 17 }, style: 'persona0', text: '● Claire', fontSize: 13, bold: true, ...colour },
    { kind: 'shape', shape: 'pill', key: 'range:s1', box: { x: 186, y: 226, w: 28, h: 148 }, style: 'persona0', text: '', ...colour },
    { kind: 'shape', shape: 'circle', key: 'point:s1', box: { x: 186, y: 286, w: 28, h: 28 }, style: 'neutral', text: '😐', fontSize: 13 },
    { kind: 'shape', shape: 'circle', key: 'point:s2', box: { x: 586, y: y2 - 14, w: 28, h: 28 }, style: 'positive', text: '🙂', fontSize: 13 },
    {
      kind: 'curve',
      key: 'curve',
      box: { x: 200, y: Math.min(300, y2), w: 400, h: Math.abs(300 - y2) },
      style: 'persona0',
      text: 'Claire',
      ...colour,
      points: [
        { x: 200, y: 300 },
        { x: 600, y: y2 },
      ],
      path: '',
    },
    { kind: 'text', key: 'score:s1', box: { x: 100, y: 400, w: 200, h: 17 }, style: 'persona0', text: '0 · n=12', fontSize: 13, align: 'center', bold: true, ...colour },
  ];
  return { journeyId: 'emotions', title: 'Emotions', primitives, bounds: { x: 0, y: 0, w: 800, h: 500 }, palette: 'light' };
}

describe('the emotion lane on Miro', () => {
  test('a min–max whisker is a thin translucent line from the max to the min, centred on its box', () => {
    const whisker = emotionLayout().primitives.find((primitive) => primitive.key === 'range:s1')!;
    const call = miroCreateCall(whisker, { x: 200, y: 300 });
    expect(call).toEqual({
      method: 'createShape',
      props: {
        x: 200,
        y: 300,
        width: 4,
        // 148 less a point's radius (14) at each end: the range itself, as the SVG draws it.
        height: 120,
        shape: 'round_rectangle',
        content: '',
        style: { fillColor: '#2f6fd6', fillOpacity: 0.55, borderOpacity: 0, borderWidth: 1, borderColor: '#2f6fd6' },
      },
    });
  });

  test('an emotion point is a disc of its sentiment with a white ring and its face', () => {
    const point = emotionLayout().primitives.find((primitive) => primitive.key === 'point:s2')!;
    const call = miroCreateCall(point, center);
    expect(call.method).toBe('createShape');
    expect(call.props).toMatchObject({ width: 28, height: 28, shape: 'circle', content: '<p>🙂</p>', style: { fillColor: '#5fc27e', borderColor: '#ffffff', borderWidth: 2 } });
  });

  test('curve connectors, whiskers and labels take the persona’s own colour', async () => {
    const fake = createMiroFake();
    await placeOnMiro(fake.board, emotionLayout({ color: '#7b1fa2' }), { pacing: { maxInFlight: 4 } });
    const { items } = boardSnapshot(fake);
    expect(items['curve~c1']).toMatchObject({ type: 'connector', ends: ['point:s1', 'point:s2'], colour: '#7b1fa2' });
    expect(items['range:s1']).toMatchObject({ width: 4, height: 120, colour: '#7b1fa2' });
    const legend = fake.items().find((stored) => (stored.metadata.parcours as { k: string }).k === 'legend:p0')!;
    const colour = String((legend.props.style as { color: string }).color);
    for (const background of backgrounds('light')) expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(READABLE_CONTRAST);
  });

  test('placing the same lane again writes nothing: a whisker drawn thin still matches its box', async () => {
    const fake = createMiroFake();
    const fast = { pacing: { maxInFlight: 4 } };
    await placeOnMiro(fake.board, emotionLayout(), fast);
    const before = fake.log.length;
    expect(await placeOnMiro(fake.board, emotionLayout(), fast)).toMatchObject({ created: 0, updated: 0, removed: 0, kept: 0 });
    expect(fake.writes(before)).toEqual([]);
  });

  test('a new score moves its point and nothing else', async () => {
    const fake = createMiroFake();
    const fast = { pacing: { maxInFlight: 4 } };
    await placeOnMiro(fake.board, emotionLayout(), fast);
    const before = fake.log.length;
    const report = await placeOnMiro(fake.board, emotionLayout({ score: -1 }), fast);
    expect(report).toMatchObject({ created: 0, removed: 0, kept: 0, failed: 0 });
    const moved = fake.writes(before).filter((call) => call.method.endsWith('.sync'));
    // The point moves; the connector's ends stay the same items, so only the point is written.
    expect(moved.map((call) => call.method)).toEqual(['shape.sync']);
  });
});

describe('touchpoint cards on Miro', () => {
  const card: Primitive = {
    kind: 'card',
    key: 'card:t1',
    box: { x: 0, y: 0, w: 200, h: 100 },
    style: 'touchpoint',
    text: 'Review site',
    badge: 'Web · ×9',
    channel: 'web',
    count: 9,
  };

  test('the badge is a field of the card, not repeated in its title', () => {
    const call = miroCreateCall(card, center);
    expect(call).toEqual({
      method: 'createCard',
      props: { x: 0, y: 0, width: 200, title: '<p>Review site</p>', style: { cardTheme: '#2f6fd6' }, fields: [{ value: 'Web · ×9' }] },
    });
  });

  test('an unedited card is recognised as unedited when the map is placed again', async () => {
    const layout: Layout = {
      journeyId: 'cards',
      title: 'Cards',
      primitives: [{ kind: 'frame', key: 'frame', box: { x: 0, y: 0, w: 400, h: 300 }, style: 'frame', text: 'Cards' }, { ...card, box: { x: 40, y: 40, w: 200, h: 100 } }],
      bounds: { x: 0, y: 0, w: 400, h: 300 },
      palette: 'light',
    };
    const fake = createMiroFake();
    await placeOnMiro(fake.board, layout, { pacing: { maxInFlight: 4 } });
    const before = fake.log.length;
    expect(await placeOnMiro(fake.board, layout, { pacing: { maxInFlight: 4 } })).toMatchObject({ created: 0, updated: 0, kept: 0 });
    expect(fake.writes(before)).toEqual([]);
  });
});

describe('expandForMiro keeps a persona’s own colour', () => {
  test('on the connectors and the markers it adds', () => {
    const layout = emotionLayout({ color: '#7b1fa2' });
    layout.primitives = layout.primitives.filter((primitive) => primitive.key !== 'point:s2');
    const expanded = expandForMiro(layout).primitives;
    expect(expanded.find((primitive) => primitive.key === 'curve~p1')).toMatchObject({ kind: 'shape', color: '#7b1fa2' });
    expect(expanded.find((primitive) => primitive.key === 'curve~c1')).toMatchObject({ kind: 'connector', color: '#7b1fa2' });
  });
});
