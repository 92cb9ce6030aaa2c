import fc from 'fast-check';
import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { parsesAsIs } from '../../figma-plugin/src/parses-as-is.js';

// The shapes `messages.ts` uses: a coordinate that JSON may carry as null, a discriminated union,
// integer checks, exact optional fields, a recursive (lazy) schema.
const coordinate = z.union([z.number(), z.nan(), z.pipe(z.null(), z.transform(() => Number.NaN))]);
const Item = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dot'), at: z.object({ x: coordinate, y: coordinate }), label: z.exactOptional(z.string()) }),
  z.object({ kind: z.literal('line'), points: z.array(z.object({ x: z.number(), y: z.number() })), style: z.union([z.enum(['solid', 'dashed']), z.templateLiteral(['dash', z.number()])]) }),
]);
type Note = { text: string; replies?: Note[] };
const Note: z.ZodMiniType<Note> = z.object({ text: z.string(), replies: z.exactOptional(z.array(z.lazy(() => Note))) });
const Message = z.object({ id: z.number().check(z.int(), z.nonnegative()), items: z.array(Item), note: z.exactOptional(Note), data: z.exactOptional(z.unknown()), flag: z.optional(z.boolean()) });
const plain = parsesAsIs(Message);

const dot = { kind: 'dot', at: { x: 1, y: 2 } };
const line = { kind: 'line', points: [{ x: 0, y: 0 }], style: 'dash4' };

describe('parsesAsIs', () => {
  test('a message exactly of its schema is used as it is', () => {
    const message = { id: 3, items: [dot, { ...dot, label: 'a' }, line], data: { any: ['thing'] }, flag: true };
    expect(plain(message)).toBe(true);
    expect(z.safeParse(Message, message)).toEqual({ success: true, data: message });
  });

  test('a value zod would transform is left to zod: null carried for NaN', () => {
    expect(plain({ id: 1, items: [{ ...dot, at: { x: null, y: 2 } }] })).toBe(false);
    expect(plain({ id: 1, items: [{ ...dot, at: { x: Number.NaN, y: 2 } }] })).toBe(true);
  });

  test.each([
    ['a fractional id (a check)', { id: 1.5, items: [] }],
    ['a negative id (a check)', { id: -1, items: [] }],
    ['an unknown tag', { id: 1, items: [{ ...dot, kind: 'circle' }] }],
    ['a wrong field inside the tagged option', { id: 1, items: [{ ...line, points: [{ x: 0 }] }] }],
    ['an exact optional field present as undefined', { id: 1, items: [{ ...dot, label: undefined }] }],
    ['a missing required field', { items: [] }],
    ['a style the union refuses', { id: 1, items: [{ ...line, style: 'dotted' }] }],
    ['an infinite number', { id: 1, items: [{ ...dot, at: { x: Number.POSITIVE_INFINITY, y: 0 } }] }],
    ['not an object', 'message'],
  ])('%s is not used as it is', (_, value) => {
    expect(plain(value)).toBe(false);
  });

  test('a template literal and an optional field present as undefined are zod’s, and pass when zod returns them as they are', () => {
    expect(plain({ id: 1, items: [{ ...line, style: 'dash12' }] })).toBe(true);
    expect(plain({ id: 1, items: [], flag: undefined })).toBe(false);
  });

  test('a recursive schema is zod’s, which gives back a copy: zod decides', () => {
    expect(plain({ id: 1, items: [], note: { text: 'a', replies: [{ text: 'b' }] } })).toBe(false);
  });

  test('keys the schema does not know are left on the value; zod accepts it', () => {
    const message = { id: 1, items: [{ ...dot, extra: 1 }], other: 'x' };
    expect(plain(message)).toBe(true);
    expect(z.safeParse(Message, message).success).toBe(true);
  });

  test('a hand-written test stands for its schema: true is as is, false is zod’s to decide', () => {
    const Inner = z.object({ n: z.number() });
    const Outer = z.object({ inner: Inner });
    const trusting = parsesAsIs(Outer, new Map([[Inner, (value: unknown) => typeof value === 'object' && value !== null]]));
    expect(trusting({ inner: { n: 1 } })).toBe(true);
    expect(parsesAsIs(Outer, new Map([[Inner, () => false]]))({ inner: { n: 1 } })).toBe(false);
  });

  test('whatever it uses as it is, zod accepts and gives back the same, less the keys it strips', () => {
    const leaf = fc.oneof(fc.constantFrom(0, 1.5, -2, Number.NaN, null, undefined, 'dot', 'line', 'solid', 'dash3', 'x', true), fc.anything());
    const point = fc.record({ x: leaf, y: leaf }, { requiredKeys: [] });
    const item = fc.oneof(
      fc.record({ kind: fc.constantFrom('dot', 'line', 'other'), at: fc.oneof(point, leaf), label: leaf }, { requiredKeys: ['kind'] }),
      fc.record({ kind: fc.constantFrom('line', 'dot'), points: fc.oneof(fc.array(point, { maxLength: 3 }), leaf), style: leaf }, { requiredKeys: ['kind'] }),
    );
    const message = fc.record({ id: fc.oneof(fc.nat(), leaf), items: fc.oneof(fc.array(item, { maxLength: 4 }), leaf), data: leaf, flag: leaf, extra: leaf }, { requiredKeys: ['id', 'items'] });
    fc.assert(
      fc.property(message, (value) => {
        if (!plain(value)) return;
        const parsed = z.safeParse(Message, value);
        expect(parsed.success).toBe(true);
        expect(value).toMatchObject(parsed.data as object);
      }),
      { numRuns: 2000 },
    );
  });
});
