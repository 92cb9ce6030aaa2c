import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { LIMITS, type ImportResult, type Problem } from '../../core/src/index.js';
import { importJourney } from '../../core/src/import/import-journey.js';
import { readWorkbook } from '../../core/src/import/workbook/read-workbook.js';
import { cliProblem, type CliIo } from './cli-io.js';

/**
 * Reads a journey file as bytes (so encoding detection sees what is on disk) and imports it, or
 * explains why it could not be read: missing, a directory, too large. Workbooks are read with the
 * reader at hand (the CLI has no start-up budget): `sheet` chooses the sheet, by name or number.
 *
 * @example await readJourneyFile('samples/day.mmd', io) // { ok: true, journey, report, warnings }
 * @example await readJourneyFile('data.xlsx', io, { sheet: 'Entretiens' })
 */
export async function readJourneyFile(file: string, io: CliIo, options: { sheet?: string | undefined } = {}): Promise<ImportResult> {
  const path = resolve(io.cwd, file);
  const fail = (message: string): ImportResult => ({ ok: false, problems: [{ file, message }] });
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('is a directory, not a file');
    if (info.size > LIMITS.fileBytes) {
      return fail(`file is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${LIMITS.fileBytes / 1024 / 1024} MB`);
    }
    const bytes = new Uint8Array(await readFile(path));
    const result = importJourney(bytes, { filename: basename(file), readWorkbook, ...(options.sheet === undefined ? {} : { sheet: options.sheet }) });
    return relocate(result, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'no such file' : `cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Names the file as the user typed it in every message, rather than its bare name. */
function relocate(result: ImportResult, file: string): ImportResult {
  const locate = (problem: Problem): Problem => ({ ...problem, file });
  if (result.ok) return { ...result, warnings: result.warnings.map(locate) };
  return { ...result, problems: result.problems.map(locate) };
}

/**
 * Prints problems or warnings on stderr under a heading, one located line each; nothing when empty.
 *
 * @example printProblems('warnings', [{ file: 'a.mmd', row: 3, message: 'no score' }], io) // "  a.mmd, row 3: no score"
 */
export function printProblems(label: string, problems: readonly Problem[], io: CliIo): void {
  if (problems.length === 0) return;
  io.err(`${label} (${problems.length}):`);
  for (const problem of problems) io.err(`  ${cliProblem(problem, io.lang)}`);
}
