import * as z from 'zod/mini';

/** What zod would make of a value: reject it, accept it as it is, or we cannot tell. */
const REJECTED = 0;
const AS_IS = 1;
const UNSURE = 2;
type Verdict = typeof REJECTED | typeof AS_IS | typeof UNSURE;

/** Tests a value of one kind without a call: a string, a finite number, a boolean, one of a set of values. */
const NONE = 0;
const STRING = 1;
const NUMBER = 2;
const BOOLEAN = 3;
const ONE_OF = 4;

/**
 * A schema compiled: `check` gives the verdict; `quick`, when not `NONE`, is a test the caller may
 * run inline first, its success meaning `AS_IS` (its failure means nothing: `check` decides).
 */
interface Compiled {
  check: (value: unknown) => Verdict;
  quick: typeof NONE | typeof STRING | typeof NUMBER | typeof BOOLEAN | typeof ONE_OF;
  values: ReadonlySet<unknown> | undefined;
}

// Read once: QuickJS looks a global up again on every use.
const isArray = Array.isArray;

/**
 * A quick test, derived from a zod schema, of whether `schema.safeParse(value)` would succeed and
 * give back `value` itself, keys the schema does not know aside: then the value is used as it is
 * and zod need not run. `false` means zod must decide (the value is wrong, or uses a schema this
 * test does not know), so `false` is always safe, and the schema stays the one source of truth,
 * its problems worded by zod included.
 *
 * Why: the FigJam main thread runs in QuickJS, an interpreter, where zod spends about 70 µs on each
 * primitive of a layout (a payload object per field, an issues array per union option), most of
 * the time of placing a 1,000-card map (PRODUCT.md §8, `figjam.sandbox_ms_1k`). This test allocates
 * nothing. Objects, arrays, unions (discriminated too), optional fields, strings, numbers, booleans,
 * literals, enums and NaN are checked here; anything else (checks such as `int`, template literals,
 * pipes, lazies, records) by zod on that value alone, kept only when zod returns the very value.
 *
 * Keys an object's schema does not know are left on it rather than stripped: listing an object's
 * keys is what costs most in QuickJS, and code reads only the fields its type has.
 *
 * `tests` stand for the schemas they are keyed by, written out by hand where walking the schema is
 * too slow (`plainPrimitiveTest`): `true` when zod would accept the value as it is, `false` when
 * zod must decide.
 *
 * @example const plain = parsesAsIs(LayoutSchema); const layout = plain(raw) ? raw : LayoutSchema.parse(raw)
 */
export function parsesAsIs(schema: z.core.$ZodType, tests: ReadonlyMap<z.core.$ZodType, (value: unknown) => boolean> = new Map()): (value: unknown) => boolean {
  const compiled = new Map<z.core.$ZodType, Compiled>();
  for (const [inner, test] of tests) compiled.set(inner, leaf(NONE, (value) => (test(value) ? AS_IS : UNSURE)));
  const { check } = compile(schema, compiled);
  return (value) => check(value) === AS_IS;
}

function compile(schema: z.core.$ZodType, compiled: Map<z.core.$ZodType, Compiled>): Compiled {
  const known = compiled.get(schema);
  if (known) return known;
  // A schema met again inside itself (a recursive one) finds its check once built.
  const node: Compiled = { check: (value) => node.check(value), quick: NONE, values: undefined };
  compiled.set(schema, node);
  Object.assign(node, build(schema, compiled));
  return node;
}

const leaf = (quick: Compiled['quick'], check: Compiled['check'], values?: ReadonlySet<unknown>): Compiled => ({ check, quick, values });

function build(schema: z.core.$ZodType, compiled: Map<z.core.$ZodType, Compiled>): Compiled {
  const def = schema._zod.def as z.core.$ZodTypeDef & { coerce?: boolean };
  // Checks, coercion and refinements are zod's to run.
  if ((def.checks?.length ?? 0) > 0 || def.coerce === true) return byZod(schema);
  switch (def.type) {
    case 'string':
      return leaf(STRING, (value) => (typeof value === 'string' ? AS_IS : REJECTED));
    case 'number':
      // zod's numbers are finite: NaN and ±Infinity are rejected (`x - x` is 0 for finite numbers only).
      return leaf(NUMBER, (value) => (typeof value === 'number' && value - value === 0 ? AS_IS : REJECTED));
    case 'nan':
      return leaf(NONE, (value) => (typeof value === 'number' && value !== value ? AS_IS : REJECTED));
    case 'boolean':
      return leaf(BOOLEAN, (value) => (typeof value === 'boolean' ? AS_IS : REJECTED));
    case 'unknown':
    case 'any':
      return leaf(NONE, () => AS_IS);
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (!values) return byZod(schema);
      return leaf(ONE_OF, (value) => (values.has(value as never) ? AS_IS : REJECTED), values);
    }
    case 'optional':
      return optional(schema as z.core.$ZodOptional, compiled);
    case 'array':
      return array(compile((schema as z.core.$ZodArray)._zod.def.element, compiled));
    case 'object':
      return object(schema as z.core.$ZodObject, compiled);
    case 'union':
      return union(schema as z.core.$ZodUnion, compiled);
    default:
      return byZod(schema);
  }
}

/** Whether `node`'s inline test accepts `value`. */
function quickly(node: Compiled, value: unknown): boolean {
  switch (node.quick) {
    case STRING:
      return typeof value === 'string';
    case NUMBER:
      return typeof value === 'number' && value - value === 0;
    case BOOLEAN:
      return typeof value === 'boolean';
    case ONE_OF:
      return node.values!.has(value);
    default:
      return false;
  }
}

/** zod itself, on this value alone: as is only when it returns the very value (a string, a number). */
function byZod(schema: z.core.$ZodType): Compiled {
  return leaf(NONE, (value) => {
    const parsed = z.safeParse(schema, value);
    if (!parsed.success) return REJECTED;
    return Object.is(parsed.data, value) ? AS_IS : UNSURE;
  });
}

/**
 * Inside an object, an absent optional field is handled there; a present one is its inner schema's.
 * `undefined` is zod's to judge (`optional` keeps it, `exactOptional` refuses it).
 */
function optional(schema: z.core.$ZodOptional, compiled: Map<z.core.$ZodType, Compiled>): Compiled {
  const inner = compile(schema._zod.def.innerType, compiled);
  return { check: (value) => (value === undefined ? UNSURE : inner.check(value)), quick: inner.quick, values: inner.values };
}

function array(element: Compiled): Compiled {
  return leaf(NONE, (value) => {
    if (!isArray(value)) return REJECTED;
    let verdict: Verdict = AS_IS;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      // `quickly`, inlined for the commonest element: a call costs more than the test in QuickJS.
      if (element.quick === STRING ? typeof item === 'string' : quickly(element, item)) continue;
      const each = element.check(item);
      if (each === REJECTED) return REJECTED;
      if (each === UNSURE) verdict = UNSURE;
    }
    return verdict;
  });
}

/**
 * An object is as is when every field of the shape it has is as is and every field the shape
 * requires is there. A field present as `undefined`, or a rest schema (`catchall`, `looseObject`,
 * `strictObject`), is zod's.
 */
function object(schema: z.core.$ZodObject, compiled: Map<z.core.$ZodType, Compiled>): Compiled {
  const def = schema._zod.def;
  if (def.catchall !== undefined) return byZod(schema);
  const entries = Object.entries(def.shape);
  // Parallel arrays, read by index: the loop below runs for every field of every primitive.
  const keys = entries.map(([key]) => key);
  const nodes = entries.map(([, field]) => compile(field, compiled));
  const required = entries.map(([, field]) => field._zod.optin === undefined);
  const count = keys.length;
  return leaf(NONE, (value) => {
    if (typeof value !== 'object' || value === null || isArray(value)) return REJECTED;
    const record = value as Record<string, unknown>;
    let verdict: Verdict = AS_IS;
    for (let index = 0; index < count; index++) {
      const key = keys[index]!;
      const field = record[key];
      if (field === undefined) {
        if (required[index] || key in record) return UNSURE;
        continue;
      }
      const node = nodes[index]!;
      // `quickly`, inlined: a call costs more than the test in QuickJS.
      switch (node.quick) {
        case STRING:
          if (typeof field === 'string') continue;
          break;
        case NUMBER:
          if (typeof field === 'number' && field - field === 0) continue;
          break;
        case ONE_OF:
          if (node.values!.has(field)) continue;
          break;
        default:
          if (quickly(node, field)) continue;
      }
      const each = node.check(field);
      if (each === REJECTED) return REJECTED;
      if (each === UNSURE) verdict = UNSURE;
    }
    return verdict;
  });
}

/**
 * zod keeps the first option that accepts the value: it is as is when the options before it
 * surely reject it and that option accepts it as is. A discriminated union goes straight to the
 * option its discriminator names.
 */
function union(schema: z.core.$ZodUnion, compiled: Map<z.core.$ZodType, Compiled>): Compiled {
  const def = schema._zod.def as z.core.$ZodUnionDef & { discriminator?: string; inclusive?: boolean };
  if (def.discriminator !== undefined) return discriminated(schema, def.discriminator, compiled);
  if (def.inclusive === false) return byZod(schema);
  const options = def.options.map((option) => compile(option, compiled));
  const check = (value: unknown): Verdict => {
    for (const option of options) {
      const each = option.check(value);
      if (each !== REJECTED) return each;
    }
    return REJECTED;
  };
  // The first option's inline test stands for the union: when it passes, that option is the one zod keeps.
  const [first] = options;
  return { check, quick: first?.quick ?? NONE, values: first?.values };
}

function discriminated(schema: z.core.$ZodUnion, discriminator: string, compiled: Map<z.core.$ZodType, Compiled>): Compiled {
  const def = schema._zod.def as z.core.$ZodUnionDef & { unionFallback?: boolean };
  const byValue = new Map<unknown, Compiled>();
  for (const option of def.options) {
    const values = option._zod.propValues?.[discriminator];
    // An option without a plain discriminator (a pipe, a lazy), or a fallback to plain union matching: zod's.
    if (!values || def.unionFallback === true) return byZod(schema);
    const node = compile(option, compiled);
    for (const value of values) if (!byValue.has(value)) byValue.set(value, node);
  }
  return leaf(NONE, (value) => {
    if (typeof value !== 'object' || value === null || isArray(value)) return REJECTED;
    const option = byValue.get((value as Record<string, unknown>)[discriminator]);
    return option === undefined ? UNSURE : option.check(value);
  });
}
