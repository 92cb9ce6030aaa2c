import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import type { Primitive } from '../../core/src/index.js';
import { isPlainPrimitive, PRIMITIVE_SCHEMAS } from '../../figma-plugin/src/messages.js';
import { smallLayout } from './small-layout.js';

const schemaOf = (kind: string) => PRIMITIVE_SCHEMAS[kind as keyof typeof PRIMITIVE_SCHEMAS] as z.ZodMiniType;

const base = { fullText: 'All of it', fontSize: 14, color: '#ff0000', ref: { stageId: 's1', laneId: 'l1', cardId: 'c1', personaId: 'p1' } };
/** The small layout, each primitive carrying every field its kind's schema knows. */
const FULL: Primitive[] = smallLayout(undefined, {
  frame: base,
  title: { ...base, align: 'center', bold: true },
  'card:a1': { ...base, count: 3, sources: ['P01', 'P02'] },
  'stage:discover': { ...base, fit: { width: 200, maxLines: 2 }, hollow: false },
  'card:t1': { ...base, badge: 'App ×6', channel: 'app', count: 6, rank: 1, channels: [{ channel: 'app', count: 6, label: 'App ×6' }], sources: ['P03'] },
  'curve:emotion': { ...base, dashed: true },
  'link:a1-t1': { ...base, dashed: true },
}).primitives.filter((primitive) => Object.keys(primitive).length > 6 || primitive.kind === 'frame');

/** Values of every JSON type and then some: each is wrong for most fields. */
const ODD_VALUES: unknown[] = [42, -1.5, Number.NaN, Number.POSITIVE_INFINITY, 'x', '', true, null, undefined, {}, [], ['x'], [{}], { x: 1 }, 'persona7', 'hexagon'];

describe('isPlainPrimitive (plainPrimitiveTest over PRIMITIVE_SCHEMAS)', () => {
  test('the fixture carries every field of every primitive schema', () => {
    for (const [kind, schema] of Object.entries(PRIMITIVE_SCHEMAS)) {
      const primitive = FULL.find((each) => each.kind === kind);
      expect(primitive, kind).toBeDefined();
      expect(Object.keys(schema.shape).filter((field) => !(field in primitive!)), kind).toEqual([]);
    }
  });

  test.each(FULL.map((primitive) => [primitive.kind, primitive] as const))('a whole %s passes, as zod accepts it', (_, primitive) => {
    expect(z.safeParse(schemaOf(primitive.kind), primitive).success).toBe(true);
    expect(isPlainPrimitive(primitive)).toBe(true);
  });

  test('every primitive of the sample layouts passes', () => {
    for (const primitive of smallLayout({ x: 10, y: 20 }).primitives) expect(isPlainPrimitive(primitive), primitive.key).toBe(true);
  });

  // The schema drives this test: a field a schema gains and the hand-written test ignores fails here.
  test.each(FULL.map((primitive) => [primitive.kind, primitive] as const))('a %s with any field zod refuses does not pass', (kind, primitive) => {
    for (const field of Object.keys(PRIMITIVE_SCHEMAS[kind].shape)) {
      for (const value of ODD_VALUES) {
        const changed = { ...primitive, [field]: value };
        if (!z.safeParse(schemaOf(kind), changed).success) expect(isPlainPrimitive(changed), `${kind}.${field} = ${String(value)}`).toBe(false);
      }
      const { [field as keyof Primitive]: _, ...without } = primitive;
      if (!z.safeParse(schemaOf(kind), without).success) expect(isPlainPrimitive(without), `${kind} without ${field}`).toBe(false);
    }
  });

  test('a nested field zod refuses does not pass', () => {
    const of = (kind: Primitive['kind']) => FULL.find((primitive) => primitive.kind === kind)!;
    const [frame, stage, sticky, card, curve] = [of('frame'), of('shape'), of('sticky'), of('card'), of('curve')];
    for (const changed of [
      { ...frame, box: [1, 2, 3, 4] },
      { ...frame, ref: { stageId: 3 } },
      { ...frame, ref: { stageId: undefined } },
      { ...stage, fit: { width: 1 } },
      { ...sticky, sources: ['P01', 2] },
      { ...card, channels: [{ channel: 'app', count: '6', label: 'App' }] },
      { ...curve, points: [{ x: 1 }] },
      { ...frame, style: 'personaX' },
    ]) {
      expect(z.safeParse(schemaOf(changed.kind), changed).success).toBe(false);
      expect(isPlainPrimitive(changed)).toBe(false);
    }
  });

  test('a box read back as NaN, which zod takes (JSON carries it as null), is left to zod', () => {
    const [frame] = FULL as [Primitive];
    for (const w of [Number.NaN, null]) {
      const changed = { ...frame, box: { ...frame.box, w } };
      expect(z.safeParse(schemaOf('frame'), changed).success).toBe(true);
      expect(isPlainPrimitive(changed)).toBe(false);
    }
  });

  test('a persona style token passes, through zod', () => {
    expect(isPlainPrimitive({ ...FULL[0], style: 'persona12' })).toBe(true);
  });

  test('anything that passes, zod accepts, and gives back equal but for keys it does not know', () => {
    const primitive = fc.constantFrom(...FULL);
    const odd = fc.oneof(fc.constantFrom(...ODD_VALUES), fc.anything());
    fc.assert(
      fc.property(primitive, fc.array(fc.tuple(fc.constantFrom('kind', 'key', 'box', 'style', 'text', 'fontSize', 'ref', 'count', 'shape', 'points', 'extra'), odd), { maxLength: 3 }), (original, changes) => {
        const changed: Record<string, unknown> = { ...original };
        for (const [field, value] of changes) changed[field] = value;
        if (!isPlainPrimitive(changed)) return;
        const parsed = z.safeParse(schemaOf(String(changed.kind)), changed);
        expect(parsed.success).toBe(true);
        // What zod gives back is the value, all the way down, less the keys it strips.
        expect(changed).toMatchObject(parsed.data as object);
      }),
    );
  });
});
