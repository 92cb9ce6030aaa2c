import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { JourneySchema } from '../../core/src/index.js';
import { zodMessage } from '../../core/src/model/zod-messages.js';
import { MINIMAL_JOURNEY } from '../layout/journey-builder.js';

const english = en().localeError as (issue: z.core.$ZodRawIssue) => string;

/** The minimal journey with every optional kind of field filled in. */
const valid = {
  ...MINIMAL_JOURNEY,
  personas: [{ id: 'p', name: 'Commuter' }],
  stages: [{ id: 's1', name: 'Discover', phase: 'Awareness' }],
  cards: [{ ...MINIMAL_JOURNEY.cards[0], score: 1, count: 2, channel: 'app', sources: ['P01'] }],
  emotions: [{ stageId: 's1', score: -1, n: 3, min: -2, max: 0, lowShare: 0.5 }],
};

/** The raw issues (before any message) that parsing `value` with `schema` raises. */
function rawIssues(schema: z.ZodMiniType, value: unknown): z.core.$ZodRawIssue[] {
  const issues: z.core.$ZodRawIssue[] = [];
  const result = schema.safeParse(value, {
    error: (issue) => {
      issues.push(issue);
      return undefined;
    },
  });
  // zod words the issues when they are first read.
  void result.error?.issues;
  return issues;
}

/** Replaces the value at `path` in a copy of `root`. */
function replaced(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) return root.map((item: unknown, index) => (index === head ? replaced(item, rest, value) : item));
  const object = root as Record<string, unknown>;
  return { ...object, [head ?? '']: replaced(object[head ?? ''], rest, value) };
}

const PATHS: readonly (readonly (string | number)[])[] = [
  ['schemaVersion'],
  ['id'],
  ['title'],
  ['locale'],
  ['stages'],
  ['personas', 0, 'name'],
  ['stages', 0, 'phase'],
  ['lanes', 0, 'kind'],
  ['cards', 0, 'text'],
  ['cards', 0, 'score'],
  ['cards', 0, 'count'],
  ['cards', 0, 'channel'],
  ['cards', 0, 'sources'],
  ['emotions', 0, 'score'],
  ['emotions', 0, 'n'],
  ['emotions', 0, 'lowShare'],
];

const BAD_VALUES = fc.oneof(
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -Infinity, 0, -3, 2.5, 7, true, '', 'x', [], {}, ['x'], 'x'.repeat(600), 'x'.repeat(10_001)),
  fc.anything(),
);

describe('zodMessage', () => {
  it('words every issue the journey schema raises as zod’s English locale does', () => {
    const compared = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), BAD_VALUES, (path, value) => {
        for (const issue of rawIssues(JourneySchema, replaced(valid, path, value))) {
          if (issue.code === 'custom') continue;
          expect(zodMessage(issue)).toBe(english(issue));
          compared.add(issue.code ?? '');
        }
      }),
      { numRuns: 400 },
    );
    expect([...compared].sort()).toEqual(['invalid_type', 'invalid_value', 'too_big', 'too_small']);
  });

  it('words the issues of whole objects replaced by anything the same way', () => {
    fc.assert(
      fc.property(fc.constantFrom<readonly (string | number)[]>([], ['stages', 0], ['cards', 0], ['emotions', 0], ['personas', 0]), fc.anything(), (path, value) => {
        for (const issue of rawIssues(JourneySchema, replaced(valid, path, value))) {
          if (issue.code === 'custom') continue;
          expect(zodMessage(issue)).toBe(english(issue));
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    [{ code: 'invalid_type', expected: 'string', input: undefined, path: [] }, 'Invalid input: expected string, received undefined'],
    [{ code: 'invalid_type', expected: 'number', input: Infinity, path: [] }, 'Invalid input: expected number, received Infinity'],
    [{ code: 'invalid_value', values: ['fr', 'en'], input: 'de', path: [] }, 'Invalid option: expected one of "fr"|"en"'],
    [{ code: 'too_big', origin: 'string', maximum: 500, inclusive: true, input: '', path: [] }, 'Too big: expected string to have <=500 characters'],
    [{ code: 'too_small', origin: 'number', minimum: -2, inclusive: true, input: -3, path: [] }, 'Too small: expected number to be >=-2'],
  ] as [z.core.$ZodRawIssue, string][])('says %o as "%s"', (issue, message) => {
    expect(zodMessage(issue)).toBe(message);
  });
});
