import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { RealApiFits } from '../../figma-plugin/src/figjam-api.js';
import { figJamColours } from '../../figma-plugin/src/figjam-palette.js';
import { decodePlacedData, encodePlacedData, placedDataEncoder } from '../../figma-plugin/src/figjam-placed-data.js';
import { figmaVectorPath } from '../../figma-plugin/src/figma-vector-path.js';
import { findFreeOrigin } from '../../figma-plugin/src/find-free-origin.js';
import { paintHex, solidPaint } from '../../figma-plugin/src/paint-colour.js';

// Compile-time: the real `figma` global offers every member the adapter uses, with compatible types.
const realApiFits: RealApiFits = true;

describe('figmaVectorPath', () => {
  test.each([
    ['a cubic curve as d3 writes it', 'M10,20C15,20,20,30,30,30', { x: 10, y: 20 }, 'M 0 0 C 5 0 10 10 20 10'],
    ['lines with spaces', 'M 0 0 L 10 5 L 20 0', { x: 0, y: 0 }, 'M 0 0 L 10 5 L 20 0'],
    ['implicit line-to after a move', 'M0,0 10,10 20,0', { x: 0, y: 0 }, 'M 0 0 L 10 10 L 20 0'],
    ['a quadratic and a close', 'M0,0Q5,10,10,0Z', { x: 0, y: 0 }, 'M 0 0 Q 5 10 10 0 Z'],
    ['negative numbers and exponents', 'M-1e1,-5L.5,2', { x: -10, y: -5 }, 'M 0 0 L 10.5 7'],
    ['rounding to two decimals', 'M0.123,0.456L1,1', { x: 0, y: 0 }, 'M 0.12 0.46 L 1 1'],
  ])('%s', (_, path, origin, expected) => {
    expect(figmaVectorPath(path, origin)).toBe(expected);
  });

  test.each([
    ['relative commands', 'm0,0l10,10'],
    ['arcs', 'M0,0A10,10,0,0,1,20,20'],
    ['a missing coordinate', 'M0,0L10'],
    ['no move first', 'L0,0'],
    ['an empty path', ''],
  ])('rejects %s', (_, path) => {
    expect(figmaVectorPath(path, { x: 0, y: 0 })).toBeNull();
  });
});

describe('placed data', () => {
  const data = { v: 1, j: 'journey-1', k: 'card:a', h: 'x1', t: 'sticky', s: 'pain', p: 'l' } as const;

  test('round-trips through its compact JSON', () => {
    expect(encodePlacedData(data)).toBe('{"v":1,"j":"journey-1","k":"card:a","h":"x1","t":"sticky","s":"pain","p":"l"}');
    expect(decodePlacedData(encodePlacedData({ ...data, g: 'g1' }))).toEqual({ ...data, g: 'g1' });
  });

  test('escapes what JSON must escape, and reads it back', () => {
    const odd = { ...data, j: 'journey "quoted" \\ path', k: 'line\nbreak\u2028', s: 'persona1' };
    expect(JSON.parse(encodePlacedData(odd))).toEqual(odd);
    expect(decodePlacedData(encodePlacedData(odd))).toEqual(odd);
  });

  test('one encoder per journey gives the same strings as encodePlacedData, node after node', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const kind = fc.constantFrom('frame', 'text', 'sticky', 'shape', 'card', 'curve', 'connector' as const);
    const node = fc.record({ k: text, h: text, t: kind, s: text, g: fc.option(text, { nil: undefined }) });
    fc.assert(
      fc.property(text, fc.constantFrom('l', 'd' as const), fc.array(node, { maxLength: 8 }), (j, p, nodes) => {
        const encode = placedDataEncoder(j, p);
        for (const each of nodes) {
          const full = { v: 1 as const, j, p, ...each };
          const encoded = encode(each.k, each.h, each.t, each.s, each.g);
          expect(encoded).toBe(encodePlacedData(full));
          expect(decodePlacedData(encoded)).toEqual(full);
        }
      }),
    );
  });

  test.each([
    ['nothing', ''],
    ['not JSON', '{v:1'],
    ['another version', JSON.stringify({ ...data, v: 2 })],
    ['a missing key', JSON.stringify({ ...data, k: undefined })],
    ['an unknown kind', JSON.stringify({ ...data, t: 'image' })],
    ['a number for a string', JSON.stringify({ ...data, h: 7 })],
  ])('rejects %s', (_, raw) => {
    expect(decodePlacedData(raw)).toBeNull();
  });
});

describe('colours', () => {
  test('paints read back as the hex they were written with', () => {
    for (const hex of ['#FFE8A3', '#1E1E1E', '#000000', '#FFFFFF', '#0D99FF']) expect(paintHex([solidPaint(hex)])).toBe(hex);
  });

  test('no solid visible paint reads as null', () => {
    expect(paintHex([])).toBeNull();
    expect(paintHex(Symbol('mixed'))).toBeNull();
    expect(paintHex([{ ...solidPaint('#FF0000'), visible: false }])).toBeNull();
  });

  test.each([
    ['action', 'light', '#FFE8A3'],
    ['pain', 'light', '#FFC7C2'],
    ['opportunity', 'light', '#AFF4C6'],
    ['frame', 'dark', '#1E1E1E'],
    ['persona1', 'light', '#9747FF'],
    ['persona7', 'light', '#9747FF'],
    ['something-new', 'light', '#E6E6E6'],
  ] as const)('%s in %s is filled %s', (token, palette, fill) => {
    expect(figJamColours(token, palette).fill).toBe(fill);
  });
});

describe('findFreeOrigin', () => {
  test('centres on the viewport when the page is empty', () => {
    expect(findFreeOrigin({ w: 100, h: 60 }, { x: 0, y: 0 }, [])).toEqual({ x: -50, y: -30 });
  });

  test('moves right past everything in the way, keeping a margin', () => {
    const obstacles = [
      { x: -80, y: -80, width: 100, height: 100 },
      { x: 300, y: 0, width: 50, height: 50 },
    ];
    expect(findFreeOrigin({ w: 100, h: 60 }, { x: 0, y: 0 }, obstacles)).toEqual({ x: 550, y: -30 });
  });

  test('ignores what is far away', () => {
    expect(findFreeOrigin({ w: 100, h: 60 }, { x: 0, y: 0 }, [{ x: 0, y: 5000, width: 10, height: 10 }])).toEqual({ x: -50, y: -30 });
  });

  test('the real API type check holds', () => {
    expect(realApiFits).toBe(true);
  });
});
