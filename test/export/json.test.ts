import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportJourney, importJsonJourney, type ImportResult } from '../../core/src/index.js';
import { anyJourney } from './arbitrary-journey.js';
import { MINIMAL_JOURNEY } from '../layout/journey-builder.js';
import { asWritten } from '../words/as-written.js';

const minimal = MINIMAL_JOURNEY;

function problemsOf(result: ImportResult) {
  if (result.ok) throw new Error('expected a failure');
  return result.problems;
}

describe('JSON export → import', () => {
  it('gives back any valid journey unchanged', () => {
    fc.assert(
      fc.property(anyJourney, (journey) => {
        const result = importJsonJourney(exportJourney(journey, 'json'), {});
        expect(result.ok).toBe(true);
        expect(asWritten(result.ok && result.journey)).toEqual(journey);
      }),
      { numRuns: 200 },
    );
  });

  it('writes pretty JSON with schemaVersion first', () => {
    fc.assert(
      fc.property(anyJourney, (journey) => {
        expect(exportJourney(journey, 'json')).toMatch(/^\{\n {2}"schemaVersion": 1,\n/);
      }),
      { numRuns: 20 },
    );
  });
});

describe('importJsonJourney', () => {
  it('accepts a minimal journey, fills the defaults and reports it', () => {
    const result = importJsonJourney(JSON.stringify(minimal), { filename: 'm.json' });
    expect(asWritten(result.ok && result.journey.cards[0]?.sources)).toEqual([]);
    // JSON has no rows: the report counts the objects the file lists (a stage, a lane, a card).
    expect(asWritten(result.ok && result.report)).toEqual({ file: 'm.json', format: 'json', columns: [], unknownColumns: [], rows: 3, unit: 'objects', stages: 1, cards: 1, personas: 0 });
  });

  it('accepts a byte order mark', () => {
    expect(importJsonJourney(`\uFEFF${JSON.stringify(minimal)}`, {}).ok).toBe(true);
  });

  it('upgrades a journey saved without schemaVersion', () => {
    const { schemaVersion: _dropped, ...unversioned } = minimal;
    const result = importJsonJourney(JSON.stringify(unversioned), {});
    expect(result.ok && result.journey.schemaVersion).toBe(1);
  });

  it.each([
    ['a trailing comma', '{\n  "title": "x",\n}', 3, 1],
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['an unexpected character', '{"a": x}', 1, 7],
    ['an unterminated string', '{\n  "title": "abc\n}', 2, 16],
    ['an unfinished object', '{"a": [1, 2', 1, 12],
    ['an empty file', '', 1, 1],
  ])('locates %s by line and column', (_name, text, row, column) => {
    const [problem] = problemsOf(importJsonJourney(text, { filename: 'bad.json' }));
    expect(problem).toMatchObject({ file: 'bad.json', row, column: String(column) });
    expect(problem?.message).toMatch(/^invalid JSON: /);
  });

  it.each([
    ['an array', '[1, 2]'],
    ['a number', '42'],
    ['null', 'null'],
  ])('rejects %s: a journey is an object', (_name, text) => {
    expect(asWritten(problemsOf(importJsonJourney(text, {}))[0]?.message)).toContain('expected a journey object');
  });

  it.each([
    ['a card on an unknown stage', { cards: [{ id: 'c1', stageId: 'nope', laneId: 'l1', text: 'x' }] }, 'cards[0].stageId', 'unknown stage "nope"'],
    ['a missing title', { title: undefined }, 'title', 'expected string, received undefined'],
    ['an emotion outside −2…+2', { emotions: [{ stageId: 's1', score: 3 }] }, 'emotions[0].score', ''],
    ['an unknown lane kind', { lanes: [{ id: 'l1', kind: 'feelings', title: 'X' }] }, 'lanes[0].kind', ''],
    ['a future schema version', { schemaVersion: 99 }, 'schemaVersion', ''],
  ])('names the field of %s', (_name, patch, field, message) => {
    const problems = problemsOf(importJsonJourney(JSON.stringify({ ...minimal, ...patch }), { filename: 'j.json' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'j.json', field }));
    expect(asWritten(problems.find((problem) => problem.field === field)?.message)).toContain(message);
  });
});
