import { checkJourney } from '../model/check-journey.js';
import { JOURNEY_SCHEMA_VERSION, type Journey } from '../model/journey.js';
import { LIMITS } from '../model/limits.js';
import type { EmotionScale, ImportReport, ImportResult, Message, Problem } from '../model/problem.js';
import type { Column } from './columns/column.js';
import { detectLocale } from './columns/detect-locale.js';
import { findHeaderRow } from './columns/find-header-row.js';
import { mapColumns } from './columns/map-columns.js';
import { recognizeHeader } from './columns/recognize-header.js';
import { csvReport } from './csv-report.js';
import { cleanCell } from './csv/clean-cell.js';
import { csvDialect } from './csv/csv-dialect.js';
import { plainTable, type CsvTable } from './csv/csv-table.js';
import type { Delimiter } from './csv/detect-delimiter.js';
import { parseRecords, tooManyRows } from './csv/parse-records.js';
import { scanTable } from './csv/scan-table.js';
import { transposeTable } from './csv/transpose-table.js';
import { detectFormat, type CsvFormat } from './detect-format.js';
import type { FormatContext, FormatOutcome } from './format-context.js';
import type { ImportOptions } from './import-options.js';
import { importInterviewCsv } from './interview/import-interview-csv.js';
import { zodProblems } from './json/import-json.js';
import { IdRegistry } from './names/id-registry.js';
import { journeyIdOf } from './names/journey-id.js';
import { orderStagesByPhase } from './order-stages-by-phase.js';
import { journeyTitle, statedTitle } from './names/journey-title.js';
import { ProblemList } from './problem-list.js';
import { importSurveyCsv } from './survey/import-survey-csv.js';
import { SURVEY_WORDS } from './survey/survey-words.js';
import type { TextEncodingName } from './text/decode-text.js';
import { readVendorLayout } from './vendors/read-vendor-layout.js';
import { surveyFileTitle } from './vendors/survey-file-title.js';
import type { VendorLayout } from './vendors/vendor-layout.js';
import { VENDOR_NAMES } from './vendors/vendor-words.js';
import { importWideCsv } from './wide/import-wide-csv.js';
import { say } from '../words/say.js';
import type { Said } from '../words/wording.js';
import { noteOnColumn } from './columns/note-on-column.js';

const IMPORTERS: Record<CsvFormat, (context: FormatContext) => FormatOutcome> = {
  'wide-csv': importWideCsv,
  'interview-csv': importInterviewCsv,
  'survey-csv': importSurveyCsv,
};

/**
 * Imports CSV text as a journey: parse (papaparse), find the header, check limits and ragged rows,
 * recognise the columns, detect the format (wide, interview, survey — or the one forced), run that
 * format's importer, validate the journey, and report every decision. Problems and warnings carry
 * the file name, the 1-based row (header = row 1) and the column header.
 *
 * @example importCsv('Étape;Actions\nDécouverte;Voit une pub', 'utf-8', { filename: 'p.csv' }) // { ok: true, journey: …, report: { format: 'wide-csv', … } }
 */
export function importCsv(text: string, encoding: TextEncodingName | undefined, options: ImportOptions): ImportResult {
  const read = csvDialect(text, options.delimiter);
  if (!read.ok) return failWith(options.filename, read.problems);
  const dialect = read.dialect;
  const delimiter = dialect.delimiter;
  const parsed = parseRecords(dialect);
  if (!parsed.ok) return failWith(options.filename, parsed.problems);
  const source: RecordSource = {
    encoding,
    delimiter,
    notes: [say('note.delimiter', { delimiter, reason: dialect.delimiterReason })],
    warnings: parsed.warnings,
  };
  return importRecords(parsed.records, source, options);
}

/** Where records came from, for the report: a CSV's encoding and delimiter, or nothing (a workbook's sheet). */
export interface RecordSource {
  encoding?: TextEncodingName | undefined;
  delimiter?: Delimiter | undefined;
  /** Decisions taken while reading, reported first. */
  notes: Message[];
  /** Reading's warnings (a CSV's stray quotes). */
  warnings: readonly Problem[];
}

function failWith(file: string | undefined, problems: Problem[]): ImportResult {
  return { ok: false, problems: problems.map((problem) => (file === undefined ? problem : { file, ...problem })) };
}

/**
 * The table part of a CSV import, shared by CSV and workbook sheets: records (index + 1 = the row
 * the user sees) to a journey, as `importCsv` describes.
 *
 * @example importRecords([['Étape', 'Actions'], ['Découverte', 'Voit une pub']], { notes: [], warnings: [] }, {}) // { ok: true, journey: …, report: { format: 'wide-csv', … } }
 */
export function importRecords(records: readonly (readonly string[])[], source: RecordSource, options: ImportOptions): ImportResult {
  const file = options.filename;
  const locate = (problem: Problem): Problem => (file === undefined ? problem : { file, ...problem });
  const fail = (problems: Problem[], report?: ImportReport): ImportResult =>
    report === undefined ? { ok: false, problems: problems.map(locate) } : { ok: false, report, problems: problems.map(locate) };
  const warnings = new ProblemList();
  const notes: Message[] = [...source.notes];
  const { encoding, delimiter } = source;
  for (const warning of source.warnings) warnings.add('quotes', warning);
  // A survey tool's export is recognised first: its header may take several records (Qualtrics 3).
  const layout = options.format === undefined || options.format === 'survey-csv' ? readVendorLayout(records) : undefined;
  const headerIndex = layout === undefined ? findHeaderRow(records) : layout.firstHeader + layout.headerRows - 1;
  if (headerIndex === -1) return fail([say('csv.empty')]);
  const above = linesAbove(records, layout === undefined ? headerIndex : layout.firstHeader);
  if (above.title !== undefined) notes.push(say('note.title', { title: above.title.text, row: above.title.row }));
  if (above.skipped > 0) {
    const skipped = { row: headerIndex + 1, skipped: above.skipped, other: above.title !== undefined };
    notes.push(say('note.headerRow', skipped));
    warnings.add('lines above the header', { row: headerIndex + 1, ...say('csv.linesAbove', skipped) });
  }
  const scan = scanTable(records, headerIndex, warnings, delimiter);
  if (scan.problems.length > 0) return fail(scan.problems);
  if (scan.dataRows === 0) return fail([{ row: headerIndex + 1, ...say('csv.noRows') }]);
  if (scan.dataRows > LIMITS.rows) return fail([tooManyRows()]);
  const header = Array.from({ length: scan.width }, (_, index) => cleanCell(layout === undefined ? records[headerIndex]?.[index] : layout.header[index]));

  let table: CsvTable = plainTable(records, headerIndex, header, scan.blank);
  let columns = mapColumns(header, options.columnMap, warnings, options.rememberedColumnMap);
  if (layout !== undefined) describeColumns(columns, layout);
  const forced = options.format === 'wide-csv' || options.format === 'interview-csv' || options.format === 'survey-csv' ? options.format : undefined;
  const detected: ReturnType<typeof detectFormat> =
    layout !== undefined && forced === undefined
      ? { ok: true, format: 'survey-csv', reason: `${VENDOR_NAMES[layout.vendor]} export: one row per respondent` }
      : detectFormat(table, columns, forced);
  // With the columns as read, so the panel can offer its mapping control beside the problem.
  if (!detected.ok) return fail([{ row: headerIndex + 1, ...detected.problem }], unreadReport(columns, scan.dataRows, { file, encoding, delimiter, notes }));
  if (detected.transpose === true) {
    // The corner cell, if any, names the stage column; otherwise the lane names tell the language.
    const laneLocale = options.locale ?? detectLocale(table.rows.map((row) => ({ header: cleanCell(row[0]), ...languageOf(cleanCell(row[0])) })));
    table = transposeTable(table, header[0] || (laneLocale === 'fr' ? 'Étape' : 'Stage'));
    columns = mapColumns(table.header, options.columnMap, warnings, options.rememberedColumnMap);
    markStages(columns[0], say('column.headerRowStages'));
  }
  if (detected.stageFallback !== undefined) markStages(columns[detected.stageFallback.index], say('column.stageFallback'));
  const unrecognised = new Set(columns.filter((column) => column.role === null).map((column) => column.index));
  const locale = options.locale ?? detectLocale(columns);
  const context: FormatContext = { table, columns, locale, options, warnings, ids: new IdRegistry(), notes };
  const outcome = IMPORTERS[detected.format](context);
  const reportOf = (parts: Pick<Journey, 'stages' | 'cards' | 'personas'>, rows: number, scale: EmotionScale) =>
    csvReport({
      file,
      format: detected.format,
      formatReason: detected.reason,
      encoding,
      delimiter,
      scale,
      columns,
      unrecognised,
      rows,
      parts,
      notes,
      warnings,
      vendor: layout === undefined ? undefined : { name: layout.vendor, headerRows: layout.headerRows },
      metadataColumns: context.metadataColumns,
      personalColumns: context.personalColumns,
      labelScales: context.labelScales,
    });
  if (!outcome.ok) return fail(outcome.problems, reportOf({ stages: [], cards: [], personas: [] }, scan.dataRows, 'none'));

  const stages = orderStagesByPhase(outcome.parts.stages);
  if (stages !== outcome.parts.stages) notes.push(say('note.phaseOrder'));
  // What the file itself says of its title (a title row, a survey tool's subtitle) also names the
  // journey; a title made from the file name only titles it.
  const subtitle = layout === undefined || context.subtitle?.endsWith('…') === true ? undefined : context.subtitle;
  const stated = above.title?.text ?? (layout === undefined ? undefined : (surveyFileTitle(file) ?? subtitle ?? SURVEY_WORDS[locale].untitled));
  const title = journeyTitle(options, locale, stated);
  const parts = { ...outcome.parts, stages: [...stages] };
  // A subtitle that became the title is not repeated under it.
  if (context.subtitle !== undefined && title === context.subtitle && parts.description !== undefined) {
    const rest = parts.description.split('\n').filter((line) => line !== context.subtitle);
    if (rest.length > 0) parts.description = rest.join('\n');
    else delete parts.description;
  }
  const journey: Journey = {
    schemaVersion: JOURNEY_SCHEMA_VERSION,
    // The study, not the file: the next wave under another file name keeps the id.
    id: journeyIdOf(statedTitle(options, above.title?.text ?? subtitle), parts.stages.map((stage) => stage.name)),
    title,
    locale,
    ...parts,
  };
  const report = reportOf(parts, outcome.rows, outcome.scale);
  // The journey is built from checked cells, so this guards our own invariants (unique ids, known
  // references, lengths, ranges). Card sources are left out of it: they are participant names
  // shortened when read, or "row N", and checking 100,000 of them would cost more than the rest.
  const checked = checkJourney({ ...journey, cards: journey.cards.map((card) => ({ ...card, sources: [] })) });
  if (!checked.success) return fail(zodProblems(checked.error.issues), report);
  return { ok: true, journey, report, warnings: warnings.all().map(locate) };
}

/**
 * What stands above the header: a title line (the first filled line, when it holds one cell only,
 * as a spreadsheet's title row does) and how many other filled lines are skipped.
 */
function linesAbove(records: readonly (readonly string[])[], headerIndex: number): { title?: { text: string; row: number }; skipped: number } {
  const filled = records
    .slice(0, headerIndex)
    .map((record, index) => ({ cells: record.map((cell) => cleanCell(cell)).filter((cell) => cell !== ''), row: index + 1 }))
    .filter((line) => line.cells.length > 0);
  const first = filled[0];
  const text = first?.cells.length === 1 ? first.cells[0] : undefined;
  return first === undefined || text === undefined ? { skipped: filled.length } : { title: { text, row: first.row }, skipped: filled.length - 1 };
}

function languageOf(header: string): { language?: 'fr' | 'en' } {
  const language = recognizeHeader(header).language;
  return language === undefined ? {} : { language };
}

/** Gives each column what the survey tool's export says it asked (the report's first note names the tool). */
function describeColumns(columns: readonly Column[], layout: VendorLayout): void {
  for (const column of columns) {
    const question = layout.questions[column.index];
    if (question !== undefined) column.question = question;
  }
}

/** Gives the stage role to a column the format reads as stage names, and says so. */
function markStages(column: Column | undefined, note: Said): void {
  if (column === undefined) return;
  column.role = 'stage';
  noteOnColumn(column, note);
}

/** The report of a file whose format could not be told: its columns, each unrecognised one listed, so the user can map them. */
function unreadReport(columns: readonly Column[], rows: number, seen: { file: string | undefined; encoding: TextEncodingName | undefined; delimiter: ImportReport['delimiter']; notes: Message[] }): ImportReport {
  const report: ImportReport = {
    format: 'wide-csv',
    columns: columns.map((column) => ({ header: column.header, index: column.index, role: column.role })),
    unknownColumns: columns.filter((column) => column.role === null).map((column) => column.header),
    rows,
    unit: 'rows',
    stages: 0,
    cards: 0,
    personas: 0,
  };
  if (seen.file !== undefined) report.file = seen.file;
  if (seen.encoding !== undefined) report.encoding = seen.encoding;
  if (seen.delimiter !== undefined) report.delimiter = seen.delimiter;
  if (seen.notes.length > 0) report.notes = [...seen.notes];
  return report;
}
