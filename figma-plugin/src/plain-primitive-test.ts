import * as z from 'zod/mini';

type Fields = Record<string, unknown>;

/** What the primitive schemas allow beyond JSON types, taken from them by `messages.ts`. */
export interface PrimitiveValues {
  /** The style token schema: its named tokens (`styles`) are tested at once, the rest (`persona3`) by this schema. */
  style: z.core.$ZodType;
  styles: ReadonlySet<unknown>;
  shapes: ReadonlySet<unknown>;
  aligns: ReadonlySet<unknown>;
}

// Read once: QuickJS looks a global up again on every use.
const isArray = Array.isArray;

/**
 * The test `parsesAsIs` runs on each primitive of a layout instead of walking its schema: `true`
 * when zod would accept the primitive as it is (keys the schema does not know aside), `false` when
 * zod must decide. Written out field by field, because reading a field by a name known in advance
 * is what QuickJS does fast, and a layout has a thousand primitives or more: walking the schema
 * costs about 10 µs a primitive there, this test about 1.5 (`figjam.sandbox_ms_1k`, PRODUCT.md §8).
 * The values allowed (style tokens, shapes, alignments) come from the schemas (`messages.ts`
 * builds this test as `isPlainPrimitive`), and `test/figjam/plain-primitive-test.test.ts` holds the
 * fields to `PRIMITIVE_SCHEMAS`: a field a schema gains and this test ignores fails there.
 *
 * @example const isPlainPrimitive = plainPrimitiveTest({ style, styles, shapes, aligns }); isPlainPrimitive(sticky) // true
 */
export function plainPrimitiveTest({ style, styles, shapes, aligns }: PrimitiveValues): (value: unknown) => boolean {
  // `persona3` and the like are the union's to judge, asked of zod (a few per map).
  const isStyle = (value: unknown) => z.safeParse(style, value).success;

  // Each optional field (`exactOptional`) reads: absent, or present and right; present as `undefined`
  // is zod's to refuse. Spelled out rather than passed to a helper by name: a field read by a name
  // known in advance is several times faster in QuickJS than one read by a name in a variable.
  const isBase = (p: Fields): boolean => {
    const { box } = p;
    return (
      typeof p.key === 'string' &&
      // The box, inlined: four calls per primitive cost more than the tests.
      typeof box === 'object' &&
      box !== null &&
      typeof (box as Fields).x === 'number' &&
      typeof (box as Fields).y === 'number' &&
      typeof (box as Fields).w === 'number' &&
      typeof (box as Fields).h === 'number' &&
      isFiniteBox(box as Record<'x' | 'y' | 'w' | 'h', number>) &&
      (styles.has(p.style) || isStyle(p.style)) &&
      typeof p.text === 'string' &&
      (p.fullText === undefined ? !('fullText' in p) : typeof p.fullText === 'string') &&
      (p.fontSize === undefined ? !('fontSize' in p) : typeof p.fontSize === 'number' && p.fontSize - p.fontSize === 0) &&
      (p.color === undefined ? !('color' in p) : typeof p.color === 'string') &&
      (p.ref === undefined ? !('ref' in p) : isRef(p.ref))
    );
  };

  return (value) => {
    if (typeof value !== 'object' || value === null || !isBase(value as Fields)) return false;
    const p = value as Fields;
    switch (p.kind) {
      case 'frame':
        return true;
      case 'text':
        return (p.align === undefined ? !('align' in p) : aligns.has(p.align)) && (p.bold === undefined ? !('bold' in p) : typeof p.bold === 'boolean');
      case 'sticky':
        return (p.count === undefined ? !('count' in p) : isNumber(p.count)) && (p.sources === undefined ? !('sources' in p) : isStrings(p.sources));
      case 'shape':
        return shapes.has(p.shape) && optional(p, 'fit', isFit) && optional(p, 'hollow', isBoolean);
      case 'card':
        return (
          optional(p, 'badge', isString) &&
          optional(p, 'channel', isString) &&
          (p.count === undefined ? !('count' in p) : isNumber(p.count)) &&
          optional(p, 'rank', isNumber) &&
          optional(p, 'channels', isChannels) &&
          (p.sources === undefined ? !('sources' in p) : isStrings(p.sources))
        );
      case 'curve':
        return isPoints(p.points) && typeof p.path === 'string' && optional(p, 'dashed', isBoolean);
      case 'connector':
        return typeof p.from === 'string' && typeof p.to === 'string' && optional(p, 'dashed', isBoolean);
      default:
        return false;
    }
  };
}

/** An optional field of a rarer kind, by name (see `isBase`). */
function optional(p: Fields, key: string, test: (value: unknown) => boolean): boolean {
  const value = p[key];
  return value === undefined ? !(key in p) : test(value);
}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !isArray(value);
}

const isString = (value: unknown): boolean => typeof value === 'string';
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';
/** zod's numbers are finite (`x - x` is 0 for finite numbers only). A box read back as NaN is zod's to take. */
const isNumber = (value: unknown): boolean => typeof value === 'number' && value - value === 0;

/** Finite numbers only, as zod's (`x - x` is 0 for finite numbers only); an array is no box. */
function isFiniteBox(box: Record<'x' | 'y' | 'w' | 'h', number>): boolean {
  return box.x - box.x === 0 && box.y - box.y === 0 && box.w - box.w === 0 && box.h - box.h === 0 && !isArray(box);
}

function isRef(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || isArray(value)) return false;
  const ref = value as Fields;
  return (
    (ref.stageId === undefined ? !('stageId' in ref) : typeof ref.stageId === 'string') &&
    (ref.laneId === undefined ? !('laneId' in ref) : typeof ref.laneId === 'string') &&
    (ref.cardId === undefined ? !('cardId' in ref) : typeof ref.cardId === 'string') &&
    (ref.personaId === undefined ? !('personaId' in ref) : typeof ref.personaId === 'string')
  );
}

function isFit(value: unknown): boolean {
  return isObject(value) && isNumber(value.width) && isNumber(value.maxLines);
}

function isStrings(value: unknown): boolean {
  if (!isArray(value)) return false;
  for (let index = 0; index < value.length; index++) if (typeof value[index] !== 'string') return false;
  return true;
}

function isChannels(value: unknown): boolean {
  if (!isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!isObject(item) || typeof item.channel !== 'string' || !isNumber(item.count) || typeof item.label !== 'string') return false;
  }
  return true;
}

function isPoints(value: unknown): boolean {
  if (!isArray(value)) return false;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (!isObject(item) || !isNumber(item.x) || !isNumber(item.y)) return false;
  }
  return true;
}
