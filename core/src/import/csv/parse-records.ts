import Papa from 'papaparse';
import { LIMITS } from '../../model/limits.js';
import type { Problem } from '../../model/problem.js';
import type { CsvDialect } from './csv-dialect.js';
import { say } from '../../words/say.js';

/** Records read past the row limit: the header, title lines above it, blank lines. */
const SLACK_RECORDS = 1000;

/**
 * Parses CSV records with papaparse. Every record is kept, blank lines included, so that index + 1
 * is the row a spreadsheet shows. Refuses a file with more records than the row limit without
 * parsing the rest, and locates an unbalanced quote by row and column (and line, when cells span
 * lines); a stray quote inside a quoted cell is a warning.
 *
 * @example parseRecords({ body: 'a;b\n1;2', delimiter: ';', newline: '\n', delimiterReason: '' }) // { ok: true, records: [['a','b'],['1','2']], warnings: [] }
 */
export function parseRecords(dialect: CsvDialect): { ok: true; records: string[][]; warnings: Problem[] } | { ok: false; problems: Problem[] } {
  // Stop reading past the row limit (with room for a header, title lines and blank lines) rather
  // than parse a file only to refuse it; the exact count of data rows is checked after the scan.
  const parsed = Papa.parse<string[]>(dialect.body, { delimiter: dialect.delimiter, newline: dialect.newline, preview: LIMITS.rows + SLACK_RECORDS });
  const records = parsed.data;
  if (parsed.meta.truncated) return { ok: false, problems: [tooManyRows()] };
  const warnings: Problem[] = [];
  // papaparse may report one cell's stray quotes more than once, always at the cell's position.
  const seen = new Set<string>();
  const header = parsed.errors.length === 0 ? [] : (records.find((record) => record.some((cell) => cell.trim() !== '')) ?? []);
  for (const error of parsed.errors) {
    const key = `${error.code} ${error.row ?? 0} ${error.index ?? 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const problem = quoteProblem(error, records[error.row ?? 0] ?? [], header, dialect);
    if (problem === undefined) continue;
    if (error.code === 'MissingQuotes') return { ok: false, problems: [problem] };
    warnings.push(problem);
  }
  return { ok: true, records, warnings };
}

/** The problem for a file with more data rows than the limit. */
export function tooManyRows(): Problem {
  return say('csv.tooManyRows', { max: LIMITS.rows });
}

/**
 * A papaparse quote error as a located problem: an unbalanced quote (the rest of the file would be
 * one cell, the record's last) or a stray quote inside a quoted cell (the cell that holds it). `cells`
 * is the record it happened in, named by `header`; the line number is added where it differs from the
 * row (cells spanning lines).
 */
function quoteProblem(error: Papa.ParseError, cells: readonly string[], header: readonly string[], dialect: CsvDialect): Problem | undefined {
  const row = (error.row ?? 0) + 1;
  const body = dialect.body;
  const at = error.code === 'InvalidQuotes' ? quotedCellIndex(dialect, error.index ?? 0, cells) : cells.length - 1;
  const name = (header[at] ?? '').trim();
  const column = name === '' ? `column ${at + 1}` : name;
  if (error.code === 'MissingQuotes') {
    const line = body.slice(0, error.index ?? 0).split('\n').length;
    return { row, column, ...say('csv.unclosedQuote', line === row ? {} : { line }) };
  }
  if (error.code === 'InvalidQuotes') return { row, column, ...say('csv.badQuote') };
  return undefined;
}

/**
 * The 0-based position in its record of the quoted cell whose text starts at `start` (papaparse's
 * error index: just past the opening quote). The raw text from the record's first line to the
 * opening quote, parsed, is one record: the cells before it plus an empty one. The record may
 * begin lines earlier (cells spanning lines): line starts are tried from the nearest back, and the
 * first whose cells are the record's own is the record's start. Costs one record's length, not
 * the file's; only files with stray quotes pay it.
 */
function quotedCellIndex(dialect: CsvDialect, start: number, cells: readonly string[]): number {
  const quote = start - 1;
  const breaks = cells.reduce((count, cell) => count + cell.split(dialect.newline).length - 1, 0);
  let lineStart = quote;
  let nearest: number | undefined;
  for (let tries = 0; tries <= breaks; tries++) {
    const previous = dialect.body.lastIndexOf(dialect.newline, lineStart - 1);
    lineStart = previous === -1 ? 0 : previous + dialect.newline.length;
    const parsed = lineStart === quote ? [[]] : Papa.parse<string[]>(dialect.body.slice(lineStart, quote), { delimiter: dialect.delimiter, newline: dialect.newline }).data;
    const before = parsed[0] ?? [];
    const at = Math.max(before.length - 1, 0);
    nearest ??= at;
    if (parsed.length === 1 && before.slice(0, at).every((cell, index) => cell === cells[index])) return at;
    if (previous === -1) break;
    lineStart = previous;
  }
  return nearest ?? cells.length - 1;
}
