import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../../core/src/import/columns/column-role.js';
import { importJourney } from '../../core/src/import/import-journey.js';
import { mapColumns } from '../../core/src/import/columns/map-columns.js';
import { ProblemList } from '../../core/src/import/problem-list.js';

const HEADER = ['Étape', 'Actions', 'Blorp', 'Zorglub'];

/** The role of each column and the warnings, as `header|message`, for the given maps. */
function mapped(columnMap: Record<string, ColumnRole> | undefined, remembered: Record<string, ColumnRole> | undefined) {
  const warnings = new ProblemList();
  const columns = mapColumns(HEADER, columnMap, warnings, remembered);
  return {
    roles: columns.map((column) => column.role),
    forced: columns.map((column) => column.forced),
    warnings: warnings.all().map((warning) => `${warning.column ?? '-'}|${warning.message}`),
  };
}

describe('mapColumns', () => {
  it('recognises the headers it knows and leaves the others unknown', () => {
    expect(mapped(undefined, undefined)).toEqual({ roles: ['stage', 'action', null, null], forced: [false, false, false, false], warnings: [] });
  });

  it('warns about an explicit map entry for a header the file does not have', () => {
    expect(mapped({ Canal: 'channel' }, undefined).warnings).toEqual(['Canal|the column map names this column but the file has none by that name']);
  });

  it('skips a remembered remap for a header the file does not have, without a warning', () => {
    expect(mapped(undefined, { Canal: 'channel' })).toEqual(mapped(undefined, undefined));
  });

  it('applies a remembered remap to the header the file has, as a forced role', () => {
    const { roles, forced, warnings } = mapped(undefined, { Zorglub: 'emotion', Canal: 'channel' });
    expect(roles).toEqual(['stage', 'action', null, 'emotion']);
    expect(forced).toEqual([false, false, false, true]);
    expect(warnings).toEqual([]);
  });

  it('matches a remembered header under another spelling, as the explicit map does', () => {
    expect(mapped(undefined, { BLORP: 'emotion' }).roles).toEqual(['stage', 'action', 'emotion', null]);
  });

  it('lets an explicit entry win over a remembered one for the same column, under any spelling', () => {
    expect(mapped({ zorglub: 'painPoint' }, { Zorglub: 'emotion' }).roles).toEqual(['stage', 'action', null, 'painPoint']);
    expect(mapped({ Zorglub: 'painPoint' }, { zorglub: 'emotion' }).roles).toEqual(['stage', 'action', null, 'painPoint']);
  });

  it('combines the two maps when they name different columns', () => {
    expect(mapped({ Blorp: 'emotion' }, { Zorglub: 'ignore', Actions: 'thought' }).roles).toEqual(['stage', 'thought', 'emotion', 'ignore']);
  });

  it('skips a remembered role that is not a column role, without a warning', () => {
    expect(mapped(undefined, { Zorglub: 'mood' as ColumnRole }).warnings).toEqual([]);
    expect(mapped(undefined, { Zorglub: 'mood' as ColumnRole }).roles).toEqual(['stage', 'action', null, null]);
  });
});

describe("importJourney's rememberedColumnMap", () => {
  const text = 'participant,stage,action,Zorglub\nA,Plan,Books,4\nB,Plan,Books,2\n';
  const warningsOf = (result: ReturnType<typeof importJourney>) => (result.ok ? result.warnings.map((warning) => warning.message) : ['not imported']);

  it('gives the remembered role to the column the file has and says nothing of the one it lacks', () => {
    const result = importJourney(text, { filename: 'interviews.csv', rememberedColumnMap: { Zorglub: 'emotion', Canal: 'channel' } });
    expect(result.ok && result.report.columns.map((column) => column.role)).toEqual(['participant', 'stage', 'action', 'emotion']);
    expect(result.ok && result.journey.emotions.map((emotion) => [emotion.score, emotion.n])).toEqual([[0, 2]]);
    expect(warningsOf(result)).toEqual([]);
  });

  it('still warns about an explicit entry naming a column the file lacks', () => {
    const result = importJourney(text, { filename: 'interviews.csv', columnMap: { Zorglub: 'emotion', Canal: 'channel' } });
    expect(warningsOf(result)).toEqual(['the column map names this column but the file has none by that name']);
  });

  it('lets the explicit columnMap win for the same column', () => {
    const result = importJourney(text, { filename: 'interviews.csv', columnMap: { Zorglub: 'ignore' }, rememberedColumnMap: { Zorglub: 'emotion' } });
    expect(result.ok && result.report.columns.map((column) => column.role)).toEqual(['participant', 'stage', 'action', 'ignore']);
    expect(result.ok && result.journey.emotions).toEqual([]);
  });
});
