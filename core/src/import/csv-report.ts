import type { Journey } from '../model/journey.js';
import type { EmotionScale, ImportReport, LabelScaleReport, Message, SurveyVendor } from '../model/problem.js';
import type { Column } from './columns/column.js';
import type { Delimiter } from './csv/detect-delimiter.js';
import type { CsvFormat } from './detect-format.js';
import type { ProblemList } from './problem-list.js';
import type { TextEncodingName } from './text/decode-text.js';
import { vendorSummary } from './vendors/vendor-words.js';
import { say } from '../words/say.js';
import { noteOnColumn } from './columns/note-on-column.js';

const FORMAT_NAMES: Record<CsvFormat, string> = { 'wide-csv': 'wide', 'interview-csv': 'interview', 'survey-csv': 'survey' };

/**
 * The report of a CSV import: format and why, encoding, delimiter, scale, how each column was read,
 * unknown columns, counts and notes. Every column the format did not use gets a note and a warning,
 * so nothing is dropped silently.
 *
 * @example csvReport({ format: 'wide-csv', … }).unknownColumns // ['Durée']
 */
export function csvReport(input: {
  file: string | undefined;
  format: CsvFormat;
  formatReason: string;
  encoding: TextEncodingName | undefined;
  delimiter: Delimiter | undefined;
  scale: EmotionScale;
  columns: readonly Column[];
  /** Headers nothing recognised, before a format gave them a role. */
  unrecognised: ReadonlySet<number>;
  rows: number;
  parts: Pick<Journey, 'stages' | 'cards' | 'personas'>;
  notes: Message[];
  warnings: ProblemList;
  vendor?: { name: SurveyVendor; headerRows: number } | undefined;
  metadataColumns?: string[] | undefined;
  personalColumns?: string[] | undefined;
  labelScales?: LabelScaleReport[] | undefined;
}): ImportReport {
  const unknownColumns: string[] = [];
  for (const column of input.columns) {
    // Survey-tool metadata is known for what it is, whatever its header.
    const unknown = input.unrecognised.has(column.index) && column.metadata === undefined;
    if (unknown && (!column.used || column.role === 'custom')) unknownColumns.push(column.header);
    if (column.used) continue;
    const leftOut = unknown ? say('columns.unknownLeftOut') : say('columns.unusedLeftOut', { format: FORMAT_NAMES[input.format], role: String(column.role) });
    if (column.note === undefined) noteOnColumn(column, leftOut);
    // Metadata left out is counted and named in the report's first notes, not one warning each.
    if (column.metadata === undefined) input.warnings.add('columns left out', { column: column.header, ...(column.said ?? { message: column.note ?? leftOut.message }) });
  }
  const report: ImportReport = {
    format: input.format,
    formatReason: input.formatReason,
    scale: input.scale,
    columns: input.columns.map((column) => {
      const mapping: ImportReport['columns'][number] = { header: column.header, index: column.index, role: column.role };
      if (column.note !== undefined) mapping.note = column.note;
      if (column.said !== undefined) mapping.said = column.said;
      return mapping;
    }),
    unknownColumns,
    rows: input.rows,
    unit: 'rows',
    stages: input.parts.stages.length,
    cards: input.parts.cards.length,
    personas: input.parts.personas.length,
  };
  if (input.file !== undefined) report.file = input.file;
  if (input.encoding !== undefined) report.encoding = input.encoding;
  if (input.delimiter !== undefined) report.delimiter = input.delimiter;
  if (input.vendor !== undefined) report.vendor = input.vendor;
  if (input.metadataColumns !== undefined && input.metadataColumns.length > 0) report.metadataColumns = input.metadataColumns;
  if (input.personalColumns !== undefined && input.personalColumns.length > 0) report.personalColumns = input.personalColumns;
  if (input.labelScales !== undefined && input.labelScales.length > 0) report.labelScales = input.labelScales;
  // The survey-tool sentences lead the notes: they say what the file is before how it was read.
  const notes: Message[] = [...vendorSummary(report, 'en').map((message) => ({ message })), ...input.notes];
  if (notes.length > 0) report.notes = notes;
  return report;
}
