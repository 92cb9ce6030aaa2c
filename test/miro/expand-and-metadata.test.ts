import { describe, expect, expectTypeOf, test } from 'vitest';
import type { Miro } from '@mirohq/websdk-types';
import { hashPrimitive, type Primitive } from '../../core/src/index.js';
import { describeMiroEstimate } from '../../miro-app/src/describe-miro-estimate.js';
import { estimateMiroPlacement } from '../../miro-app/src/estimate-miro-placement.js';
import { expandForMiro } from '../../miro-app/src/expand-for-miro.js';
import type { MiroBoardApi, MiroPanelBoardApi } from '../../miro-app/src/miro-board-api.js';
import { miroLookFor } from '../../miro-app/src/miro-palette.js';
import { decodePlacedData, encodePlacedData, keysByDigest, metadataBytes, METADATA_MAX_BYTES, visibleTextDigest } from '../../miro-app/src/placed-metadata.js';
import type { MiroFake } from '../fakes/miro-fake.js';
import { fixtureLayout, gridLayout } from './fixture-layout.js';

describe('the Miro typings contract', () => {
  test('the real miro.board is a MiroBoardApi and a MiroPanelBoardApi; the fake board is too', () => {
    expectTypeOf<Miro['board']>().toExtend<MiroBoardApi>();
    expectTypeOf<Miro['board']>().toExtend<MiroPanelBoardApi>();
    expectTypeOf<MiroFake['board']>().toEqualTypeOf<MiroPanelBoardApi>();
  });
});

describe('expandForMiro', () => {
  test('a curve through existing point shapes becomes connectors between them, placed last', () => {
    const expanded = expandForMiro(fixtureLayout());
    expect(expanded.primitives.map((primitive) => primitive.kind)).not.toContain('curve');
    expect(expanded.primitives.at(-1)).toEqual({
      kind: 'connector',
      key: 'emotion:curve~c1',
      box: { x: 350, y: 450, w: 320, h: 60 },
      style: 'persona0',
      text: '',
      from: 'emotion:p1',
      to: 'emotion:p2',
    });
  });

  test('a curve point with no shape under it gets a small circle with a derived key', () => {
    const layout = fixtureLayout();
    layout.primitives = layout.primitives.filter((primitive) => primitive.key !== 'emotion:p2');
    const expanded = expandForMiro(layout);
    expect(expanded.primitives.find((primitive) => primitive.key === 'emotion:curve~p1')).toEqual({
      kind: 'shape',
      shape: 'circle',
      key: 'emotion:curve~p1',
      box: { x: 664, y: 504, w: 12, h: 12 },
      style: 'persona0',
      text: '',
    });
    expect(expanded.primitives.at(-1)).toMatchObject({ from: 'emotion:p1', to: 'emotion:curve~p1' });
  });

  test('a layout without a frame gets one over its bounds', () => {
    const layout = fixtureLayout();
    layout.primitives = layout.primitives.filter((primitive) => primitive.kind !== 'frame');
    expect(expandForMiro(layout).primitives[0]).toEqual({ kind: 'frame', key: 'journey-1~frame', box: layout.bounds, style: 'frame', text: 'Parcours achat' });
  });

  test('items grow with cards, plus a fixed number per stage: 1,000 cards give at most 1.3 items a card', () => {
    const layout = gridLayout(1_000, 10);
    const items = expandForMiro(layout).primitives.length;
    expect(items).toBe(1 + 10 + 10 + 1 + 1_000 + 9);
    expect(items / 1_000).toBeLessThanOrEqual(1.3);
  });
});

describe('placed metadata', () => {
  const sticky: Primitive = { kind: 'sticky', key: 'card:c1', box: { x: 0, y: 0, w: 10, h: 10 }, style: 'pain', text: 'Prix\npeu clair' };

  test('round-trips through decode for its own journey only', () => {
    const data = encodePlacedData('journey-1', sticky);
    expect(data).toEqual({ v: 1, j: 'journey-1', k: 'card:c1', h: hashPrimitive(sticky), c: visibleTextDigest('Prix peu clair') });
    expect(decodePlacedData(data, 'journey-1', new Map())).toEqual(data);
    expect(decodePlacedData(data, 'journey-2', new Map())).toBeUndefined();
  });

  test.each([[undefined], [null], ['text'], [{ v: 2, j: 'journey-1', k: 'a', h: 'b', c: 'c' }], [{ v: 1, j: 'journey-1', k: '', h: 'b', c: 'c' }]])(
    'rejects metadata that is not ours: %j',
    (value) => {
      expect(decodePlacedData(value, 'journey-1', new Map())).toBeUndefined();
    },
  );

  test('a key too long for 256 bytes is stored as its digest and resolved from the layout', () => {
    const long: Primitive = { ...sticky, key: `card:${'x'.repeat(300)}` };
    const data = encodePlacedData('journey-1', long);
    expect(metadataBytes(data)).toBeLessThanOrEqual(METADATA_MAX_BYTES);
    expect(data.k).toMatch(/^#/);
    expect(decodePlacedData(data, 'journey-1', keysByDigest([long]))!.k).toBe(long.key);
  });

  test('a journey id too long is digested too and still matches its journey', () => {
    const journeyId = `journey-${'y'.repeat(300)}`;
    const data = encodePlacedData(journeyId, { ...sticky, key: `card:${'x'.repeat(300)}` });
    expect(metadataBytes(data)).toBeLessThanOrEqual(METADATA_MAX_BYTES);
    expect(decodePlacedData(data, journeyId, new Map())?.j).toBe(journeyId);
  });

  test('the text digest ignores how whitespace and line breaks were normalised', () => {
    expect(visibleTextDigest('Prix\npeu  clair ')).toBe(visibleTextDigest('Prix peu\u00a0clair'));
    expect(visibleTextDigest('Prix peu clair')).not.toBe(visibleTextDigest('Prix très clair'));
  });
});

describe('estimateMiroPlacement', () => {
  test('a first placement of 1,000 cards: items, calls, credits and time under 100,000 credits a minute', () => {
    const estimate = estimateMiroPlacement(gridLayout(1_000, 10));
    // frame 5 calls, 1,021 items × 3, 9 connectors × 2, 1 read; 3,087 calls × 100 ms / 8 in flight.
    expect(estimate).toEqual({ items: 1_031, calls: 3_087, writes: 3_086, credits: 154_350, seconds: 39 });
  });

  test('a re-import with one change needs its reads and two writes', () => {
    const layout = fixtureLayout();
    const changed = layout.primitives.find((primitive) => primitive.key === 'card:c1')!;
    const plan = { journeyId: 'journey-1', add: [], update: [{ record: { hostId: '1', journeyId: 'journey-1', key: 'card:c1', hash: '', currentHash: '', box: changed.box }, primitive: changed }], move: [], remove: [], keep: [], waiting: [], unchanged: 11 };
    expect(estimateMiroPlacement(layout, { plan, reads: 13 })).toEqual({ items: 0, calls: 15, writes: 2, credits: 750, seconds: 1 });
  });

  test.each([
    ['en', { items: 1_031, calls: 3_087, writes: 3_086, credits: 154_350, seconds: 39 }, 'Placing 1,031 items: 154,350 credits, about 39 s.'],
    ['en', { items: 0, calls: 13, writes: 0, credits: 650, seconds: 1 }, 'The map is up to date: nothing to change.'],
    ['fr', { items: 12, calls: 38, writes: 37, credits: 1_900, seconds: 200 }, 'Placement de 12 éléments : 1\u202f900 crédits, environ 3 min.'],
  ] as const)('describes it in %s', (locale, estimate, sentence) => {
    expect(describeMiroEstimate(estimate, locale)).toBe(sentence);
  });
});

describe('miroLookFor', () => {
  test.each([
    ['action', 'light_yellow'],
    ['pain', 'light_pink'],
    ['question', 'violet'],
    ['opportunity', 'light_green'],
    ['persona0', 'blue'],
    ['persona9', 'orange'],
    ['negative', 'red'],
  ] as const)('%s stickies are %s', (token, colour) => {
    expect(miroLookFor(token).sticky).toBe(colour);
  });
});
