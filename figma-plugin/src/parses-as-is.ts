import * as z from 'zod/mini';

/** What zod would make of a value: reject it, give it back equal (nothing stripped, defaulted or transformed), or we cannot tell. */
const REJECTED = 0;
const AS_IS = 1;
const UNSURE = 2;
type Verdict = typeof REJECTED | typeof AS_IS | typeof UNSURE;
type Check = (value: unknown) => Verdict;

// Read once: a global's lookup is paid on every call in QuickJS.
const isArray = Array.isArray;
const finite = Number.isFinite;
const notANumber = Number.isNaN;
const hasOwn = Object.prototype.hasOwnProperty;

/**
 * A quick test, derived from a zod schema, of whether `schema.safeParse(value)` would succeed and
 * give back a value equal to `value`: then the value can be used as it is and zod need not run.
 * `false` means zod must decide (the value is wrong, carries a field zod would strip, or uses a
 * schema this test does not know), so `false` is always safe and the schema stays the one source
 * of truth, problems worded by zod included.
 *
 * Why: the FigJam main thread runs in QuickJS, an interpreter, where zod spends about 70 µs per
 * primitive of a layout (a payload object per field, an issues array per union option): most of
 * the time of placing a 1,000-card map (PRODUCT.md §8, `figjam.sandbox_ms_1k`). This test
 * allocates nothing; objects, arrays, unions (discriminated too), optional fields, strings,
 * numbers, booleans, literals, enums and NaN are checked here, anything else (checks, template
 * literals, pipes, lazies, records) by zod on that value alone, kept only when zod returns it as is.
 *
 * @example const plain = parsesAsIs(LayoutSchema); plain(layout) ? layout : LayoutSchema.parse(layout)
 */
export function parsesAsIs(schema: z.core.$ZodType): (value: unknown) => boolean {
  const check = compile(schema, new Map());
  return (value) => check(value) === AS_IS;
}

function compile(schema: z.core.$ZodType, compiled: Map<z.core.$ZodType, Check>): Check {
  const known = compiled.get(schema);
  if (known) return known;
  // A schema met again inside itself (a recursive one) is checked once it is compiled.
  let check: Check = (value) => check(value);
  compiled.set(schema, (value) => check(value));
  check = build(schema, compiled);
  compiled.set(schema, check);
  return check;
}

function build(schema: z.core.$ZodType, compiled: Map<z.core.$ZodType, Check>): Check {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  // Checks, coercion and refinements are zod's to run.
  if ((def.checks?.length ?? 0) > 0 || def.coerce === true) return byZod(schema);
  switch (def.type) {
    case 'string':
      return (value) => (typeof value === 'string' ? AS_IS : REJECTED);
    case 'number':
      // zod's numbers are finite: NaN and ±Infinity are rejected.
      return (value) => (typeof value === 'number' && finite(value) ? AS_IS : REJECTED);
    case 'nan':
      return (value) => (typeof value === 'number' && notANumber(value) ? AS_IS : REJECTED);
    case 'boolean':
      return (value) => (typeof value === 'boolean' ? AS_IS : REJECTED);
    case 'unknown':
    case 'any':
      return () => AS_IS;
    case 'literal':
    case 'enum': {
      const values = schema._zod.values;
      if (!values) return byZod(schema);
      return (value) => (values.has(value as never) ? AS_IS : REJECTED);
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

/** zod itself, on this value alone: as is only when it returns the very value (a string, a number). */
function byZod(schema: z.core.$ZodType): Check {
  return (value) => {
    const parsed = z.safeParse(schema, value);
    if (!parsed.success) return REJECTED;
    return Object.is(parsed.data, value) ? AS_IS : UNSURE;
  };
}

/**
 * Inside an object, an absent optional field is handled there; a present one is its inner schema's.
 * `undefined` is zod's to judge (`optional` keeps it, `exactOptional` refuses it).
 */
function optional(schema: z.core.$ZodOptional, compiled: Map<z.core.$ZodType, Check>): Check {
  const inner = compile(schema._zod.def.innerType, compiled);
  return (value) => (value === undefined ? UNSURE : inner(value));
}

function array(element: Check): Check {
  return (value) => {
    if (!isArray(value)) return REJECTED;
    let verdict: Verdict = AS_IS;
    for (let index = 0; index < value.length; index++) {
      const each = element(value[index]);
      if (each === REJECTED) return REJECTED;
      if (each === UNSURE) verdict = UNSURE;
    }
    return verdict;
  };
}

/**
 * An object is as is when every key it has is a field of the shape, each as is, and every field
 * the shape requires is there. A key the shape lacks would be stripped by zod: unsure. A rest
 * schema (`catchall`, `looseObject`, `strictObject`) is zod's.
 */
function object(schema: z.core.$ZodObject, compiled: Map<z.core.$ZodType, Check>): Check {
  const def = schema._zod.def;
  if (def.catchall !== undefined) return byZod(schema);
  const fields = new Map<string, { check: Check; required: boolean }>();
  let required = 0;
  for (const [key, field] of Object.entries(def.shape)) {
    const isRequired = field._zod.optin === undefined;
    fields.set(key, { check: compile(field, compiled), required: isRequired });
    if (isRequired) required++;
  }
  return (value) => {
    if (typeof value !== 'object' || value === null || isArray(value)) return REJECTED;
    let verdict: Verdict = AS_IS;
    let present = 0;
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const field = fields.get(key);
      // A key zod would strip, or one inherited rather than own: zod decides.
      if (field === undefined || !hasOwn.call(record, key)) {
        verdict = UNSURE;
        continue;
      }
      const each = field.check(record[key]);
      if (each === REJECTED) return REJECTED;
      if (each === UNSURE) verdict = UNSURE;
      if (field.required) present++;
    }
    return present === required ? verdict : UNSURE;
  };
}

/**
 * zod keeps the first option that accepts the value: it is as is when the options before it
 * surely reject it and that option gives it back as is. A discriminated union goes straight to the
 * option its discriminator names.
 */
function union(schema: z.core.$ZodUnion, compiled: Map<z.core.$ZodType, Check>): Check {
  const def = schema._zod.def as z.core.$ZodUnionDef & { discriminator?: string; inclusive?: boolean; unionFallback?: boolean };
  if (def.discriminator !== undefined) return discriminated(schema, def.discriminator, compiled);
  if (def.inclusive === false) return byZod(schema);
  const options = def.options.map((option) => compile(option, compiled));
  return (value) => {
    for (const option of options) {
      const each = option(value);
      if (each !== REJECTED) return each;
    }
    return REJECTED;
  };
}

function discriminated(schema: z.core.$ZodUnion, discriminator: string, compiled: Map<z.core.$ZodType, Check>): Check {
  const def = schema._zod.def as z.core.$ZodUnionDef & { unionFallback?: boolean };
  const byValue = new Map<unknown, Check>();
  for (const option of def.options) {
    const values = option._zod.propValues?.[discriminator];
    // An option without a plain discriminator (a pipe, a lazy), or a fallback to plain union matching: zod's.
    if (!values || def.unionFallback === true) return byZod(schema);
    const check = compile(option, compiled);
    for (const value of values) if (!byValue.has(value)) byValue.set(value, check);
  }
  return (value) => {
    if (typeof value !== 'object' || value === null || isArray(value)) return REJECTED;
    const option = byValue.get((value as Record<string, unknown>)[discriminator]);
    return option === undefined ? UNSURE : option(value);
  };
}
