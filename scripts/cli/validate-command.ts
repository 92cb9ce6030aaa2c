import { formatProblem, type ImportReport } from '../../core/src/index.js';
import type { CliIo } from './cli-io.js';
import type { CliArgs } from './parse-cli-args.js';
import { readJourneyFile } from './read-journey-file.js';

/**
 * `parcours validate <file>`: prints how the file is read (format, encoding, delimiter, scale, each
 * column's role with unknown ones flagged, counts, notes such as the survey tool recognised), the
 * title, stage names and lanes, and every problem and warning with its location.
 * Returns 0 when the file is importable, 1 when not.
 *
 * @example await validateCommand({ kind: 'run', command: 'validate', input: 'day.mmd' }, io) // 0
 */
export async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = args.input ?? '';
  const result = await readJourneyFile(file, io);
  io.out(`${file}: ${result.ok ? 'importable' : 'NOT importable'}`);
  if (result.report !== undefined) for (const line of describeReport(result.report)) io.out(`  ${line}`);
  if (result.ok) {
    const { journey } = result;
    io.out(`  title       ${journey.title}`);
    io.out(`  stages      ${journey.stages.map((stage) => stage.name).join(', ') || '(none)'}`);
    io.out(`  lanes       ${journey.lanes.map((lane) => `${lane.title} (${lane.kind})`).join(', ') || '(none)'}`);
    if (journey.personas.length > 0) io.out(`  personas    ${journey.personas.map((persona) => persona.name).join(', ')}`);
  }
  const problems = result.ok ? [] : result.problems;
  const warnings = result.ok ? result.warnings : [];
  io.out(`  problems    ${problems.length}`);
  for (const problem of problems) io.out(`    ${formatProblem(problem)}`);
  io.out(`  warnings    ${warnings.length}`);
  for (const warning of warnings) io.out(`    ${formatProblem(warning)}`);
  return result.ok ? 0 : 1;
}

/** The report as aligned lines: what was detected, then the column mapping, then the counts. */
function describeReport(report: ImportReport): string[] {
  const lines = [
    `format      ${report.format}${report.formatReason === undefined ? '' : ` (${report.formatReason})`}`,
    `encoding    ${report.encoding ?? '-'}`,
    `delimiter   ${report.delimiter === undefined ? '-' : report.delimiter === '\t' ? 'tab' : `"${report.delimiter}"`}`,
    `scale       ${report.scale ?? '-'}`,
  ];
  if (report.columns.length === 0) {
    lines.push('columns     -');
  } else {
    lines.push(`columns     ${report.columns.length}`);
    const width = Math.max(...report.columns.map((column) => column.header.length)) + 2;
    for (const column of report.columns) {
      const role = column.role === null ? '? unknown, not imported' : column.role;
      const note = column.note === undefined ? '' : ` (${column.note})`;
      lines.push(`  ${`"${column.header}"`.padEnd(width)} → ${role}${note}`);
    }
  }
  if (report.unknownColumns.length > 0) lines.push(`unknown     ${report.unknownColumns.map((header) => `"${header}"`).join(', ')}`);
  lines.push(`counts      ${report.stages} stages, ${report.cards} cards, ${report.personas} personas, ${report.rows} rows read`);
  for (const note of report.notes ?? []) lines.push(`note        ${note}`);
  return lines;
}
