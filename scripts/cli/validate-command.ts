import { analyzeJourney, describeInsights, wordingFor, wordMessage, type ImportReport, type Journey } from '../../core/src/index.js';
import { cliProblem, type CliIo } from './cli-io.js';
import type { CliArgs } from './parse-cli-args.js';
import { readJourneyFile } from './read-journey-file.js';

/**
 * `parcours validate <file>`: prints how the file is read (a workbook's sheet, format, encoding, delimiter,
 * scale, each column's role with unknown ones flagged, counts, notes such as the survey tool recognised),
 * the title, stage names and lanes, what the data says (moments of truth, thin evidence, channels:
 * `describeInsights`, in the language of `--lang` or the system locale, as every message) and every problem and warning with its location.
 * Returns 0 when the file is importable, 1 when not.
 *
 * @example await validateCommand({ kind: 'run', command: 'validate', input: 'day.mmd' }, io) // 0
 */
export async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const file = args.input ?? '';
  const result = await readJourneyFile(file, io, { sheet: args.sheet });
  io.out(`${file}: ${result.ok ? 'importable' : 'NOT importable'}`);
  if (result.sheets !== undefined) io.out(`  sheet       "${result.sheets.read}" (sheets: ${result.sheets.names.map((name) => `"${name}"`).join(', ')}; choose one with --sheet)`);
  if (result.report !== undefined) for (const line of describeReport(result.report, io.lang ?? 'en')) io.out(`  ${line}`);
  if (result.ok) {
    const { journey } = result;
    io.out(`  title       ${journey.title}`);
    io.out(`  stages      ${journey.stages.map((stage) => stage.name).join(', ') || '(none)'}`);
    io.out(`  lanes       ${journey.lanes.map((lane) => `${lane.title} (${lane.kind})`).join(', ') || '(none)'}`);
    if (journey.personas.length > 0) io.out(`  personas    ${journey.personas.map((persona) => persona.name).join(', ')}`);
    for (const line of insightLines(journey, args.minEvidence, io.lang ?? 'en')) io.out(`  ${line}`);
  }
  const problems = result.ok ? [] : result.problems;
  const warnings = result.ok ? result.warnings : [];
  io.out(`  problems    ${problems.length}`);
  for (const problem of problems) io.out(`    ${cliProblem(problem, io.lang)}`);
  io.out(`  warnings    ${warnings.length}`);
  for (const warning of warnings) io.out(`    ${cliProblem(warning, io.lang)}`);
  return result.ok ? 0 : 1;
}

/** The report as aligned lines: what was detected, then the column mapping, then the counts. */
function describeReport(report: ImportReport, lang: 'fr' | 'en'): string[] {
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
      const note = column.said !== undefined ? ` (${wordMessage(column.said, lang)})` : column.note === undefined ? '' : ` (${column.note})`;
      lines.push(`  ${`"${column.header}"`.padEnd(width)} → ${role}${note}`);
    }
  }
  if (report.unknownColumns.length > 0) lines.push(`unknown     ${report.unknownColumns.map((header) => `"${header}"`).join(', ')}`);
  lines.push(`counts      ${counts(report, lang)}`);
  for (const note of report.notes ?? []) lines.push(`note        ${wordMessage(note, lang)}`);
  return lines;
}

/** What `analyzeJourney` found, one labelled block per kind of finding, in the CLI's language (not the journey's). */
function insightLines(journey: Journey, minEvidence: number | undefined, lang: 'fr' | 'en'): string[] {
  const text = describeInsights(journey, analyzeJourney(journey, minEvidence !== undefined ? { minEvidence } : {}), lang);
  const lines: string[] = [];
  const block = (label: string, items: readonly string[]) => items.forEach((item, index) => lines.push(`${(index === 0 ? label : '').padEnd(12)}${item}`));
  if (text.estimated !== undefined) block('emotions', [text.estimated]);
  block('moments', text.moments);
  block('few answers', text.lowEvidence);
  block('channels', text.channelMix);
  block('switches', text.channelSwitches);
  return lines;
}

/** The counts in the user's language, with plurals and the unit the format reads in (rows, objects, lines). */
function counts(report: ImportReport, lang: 'fr' | 'en'): string {
  const w = wordingFor(lang);
  const unit = report.unit ?? 'rows';
  if (lang === 'fr') {
    const read = { rows: ['ligne lue', 'lignes lues'], objects: ['objet lu', 'objets lus'], lines: ['ligne de texte lue', 'lignes de texte lues'] }[unit];
    return `${w.count(report.stages, 'étape', 'étapes')}, ${w.count(report.cards, 'carte', 'cartes')}, ${w.count(report.personas, 'persona', 'personas')}, ${w.count(report.rows, read[0]!, read[1]!)}`;
  }
  const read = { rows: ['row', 'rows'], objects: ['object', 'objects'], lines: ['line', 'lines'] }[unit];
  return `${w.count(report.stages, 'stage', 'stages')}, ${w.count(report.cards, 'card', 'cards')}, ${w.count(report.personas, 'persona', 'personas')}, ${w.count(report.rows, read[0]!, read[1]!)} read`;
}
