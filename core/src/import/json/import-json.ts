import { checkJourney } from '../../model/check-journey.js';
import { LIMITS } from '../../model/limits.js';
import { migrateJourney } from '../../model/migrate-journey.js';
import type { ImportReport, ImportResult, Problem } from '../../model/problem.js';
import type { JsonSyntaxKind } from '../../words/en.js';
import { say } from '../../words/say.js';
import { zodIssueSaid, type ZodIssueDetails } from './zod-issue-said.js';

/**
 * Imports a journey saved as JSON (what `exportJourney(journey, 'json')` writes): parses it, upgrades
 * older `schemaVersion`s with the named migrations, then validates it. A syntax error is located by
 * line and column; a validation failure names the field (`cards[3].stageId`).
 *
 * @example importJsonJourney('{"title": "Day"', { filename: 'day.json' })
 *   // { ok: false, problems: [{ file: 'day.json', row: 1, column: '16', message: 'invalid JSON: …' }] }
 */
export function importJsonJourney(text: string, options: { filename?: string }): ImportResult {
  const file = options.filename;
  const locate = (problem: Problem): Problem => (file === undefined ? problem : { file, ...problem });
  if (text.length > LIMITS.fileBytes) {
    return { ok: false, problems: [locate(say('file.tooLargeShort', { max: LIMITS.fileBytes / 1024 / 1024 }))] };
  }
  const source = text.replace(/^\uFEFF/, '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [locate(jsonSyntaxProblem(source, error))] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problems: [locate({ row: 1, ...say('json.notJourney') })] };
  }
  const checked = checkJourney(migrateJourney(parsed as Record<string, unknown>));
  const report: ImportReport = {
    format: 'json',
    columns: [],
    unknownColumns: [],
    rows: objectCount(parsed as Record<string, unknown>),
    unit: 'objects',
    stages: checked.success ? checked.data.stages.length : 0,
    cards: checked.success ? checked.data.cards.length : 0,
    personas: checked.success ? checked.data.personas.length : 0,
  };
  if (file !== undefined) report.file = file;
  if (!checked.success) return { ok: false, report, problems: zodProblems(checked.error.issues).map(locate) };
  return { ok: true, journey: checked.data, report, warnings: [] };
}

/** The parts of a zod issue we report; structurally compatible with zod 4's issues. */
export interface ZodIssueLike extends ZodIssueDetails {
  path: readonly PropertyKey[];
  message: string;
  /** The journey schema's own checks put their message code and the id in question here. */
  params?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Turns zod validation issues into problems naming the field (`cards[3].stageId`) and saying what is
 * wrong in words a user can act on.
 *
 * @example zodProblems([{ path: ['cards', 3, 'stageId'], message: 'unknown stage "x"' }])
 *   // [{ field: 'cards.3.stageId', message: 'unknown stage "x"' }]
 */
export function zodProblems(issues: readonly ZodIssueLike[]): Problem[] {
  return issues.map((issue) => {
    const field = fieldPath(issue.path);
    const said = schemaSaid(issue);
    return field === '' ? said : { field, ...said };
  });
}

/**
 * A path as people write it in JSON: `cards[3].stageId`, `title`.
 *
 * @example fieldPath(['cards', 3, 'stageId']) // 'cards[3].stageId'
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((written, part) => (typeof part === 'number' ? `${written}[${part}]` : written === '' ? String(part) : `${written}.${String(part)}`), '');
}

const SCHEMA_CODES = ['json.duplicateId', 'json.unknownStage', 'json.unknownLane', 'json.unknownPersona'] as const;

/** The journey schema's own checks by their code; zod's checks (types, values, lengths) by zod's issue code. */
function schemaSaid(issue: ZodIssueLike) {
  const code = SCHEMA_CODES.find((known) => known === issue.params?.code);
  const id = issue.params?.id;
  if (code !== undefined && typeof id === 'string') return say(code, { id });
  return zodIssueSaid(issue);
}

/** A JSON syntax error located by line and column, computed from the position the engine reports. */
function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const detail = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(detail);
  const token = /^Unexpected token '([\s\S])'/u.exec(detail);
  const offset =
    position !== null
      ? Math.min(Number(position[1]), text.length)
      : token !== null
        ? firstOutsideStrings(text, token[1] ?? '')
        : text.length;
  const before = text.slice(0, offset);
  const row = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const reason =
    token !== null
      ? `unexpected character ${JSON.stringify(token[1])}`
      : detail.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
  return { row, column: String(column), ...(token !== null ? say('json.unexpected', { char: JSON.stringify(token[1]) }) : say('json.syntax', { reason, kind: jsonSyntaxKind(detail) })) };
}

/** What a JavaScript engine's JSON error is about, by its words (V8's; another engine's text is `other`). */
function jsonSyntaxKind(detail: string): JsonSyntaxKind {
  const kinds: [RegExp, JsonSyntaxKind][] = [
    [/unexpected end|end of (json )?(data|input)/i, 'end'],
    [/expected ',' or '\]'/i, 'arrayComma'],
    [/expected ',' or '\}'/i, 'objectComma'],
    [/property name/i, 'propertyName'],
    [/expected ':'/i, 'colon'],
    [/unterminated string/i, 'unterminatedString'],
    [/control character/i, 'controlChar'],
    [/after json/i, 'afterEnd'],
    [/exponent|minus sign|fractional|number/i, 'number'],
    [/escape/i, 'escape'],
  ];
  return kinds.find(([pattern]) => pattern.test(detail))?.[1] ?? 'other';
}

/** Where a character first appears outside string literals: V8 names the bad token but not its position. */
function firstOutsideStrings(text: string, char: string): number {
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const current = text[index];
    if (inString) {
      if (current === '\\') index++;
      else if (current === '"') inString = false;
    } else if (current === char) {
      return index;
    } else if (current === '"') {
      inString = true;
    }
  }
  return text.length;
}

/** The objects a journey file lists (stages, lanes, cards, personas, emotions): what its report counts, JSON having no rows. */
function objectCount(parsed: Record<string, unknown>): number {
  return ['stages', 'lanes', 'cards', 'personas', 'emotions'].reduce((sum, key) => sum + (Array.isArray(parsed[key]) ? (parsed[key] as unknown[]).length : 0), 0);
}
