import type { InputFormat } from '../model/problem.js';
import { LANE_KIND_OF_ROLE } from './columns/column-role.js';
import { columnStats } from './columns/column-stats.js';
import type { Column } from './columns/column.js';
import { recognizeHeader } from './columns/recognize-header.js';
import type { CsvTable } from './csv/csv-table.js';
import { normalizeKey } from './names/normalize-key.js';
import { classifySurveyColumn } from './survey/classify-survey-column.js';
import { say } from '../words/say.js';
import type { Said } from '../words/wording.js';

export type CsvFormat = Extract<InputFormat, 'wide-csv' | 'interview-csv' | 'survey-csv'>;

export type DetectedFormat =
  | { ok: true; format: CsvFormat; reason: string; transpose?: boolean; stageFallback?: Column }
  | { ok: false; problem: Said };

/** Rows looked at to decide; enough for any pattern, cheap on 100,000 rows. */
const SAMPLE_ROWS = 2000;
/** Rows of a template laid out like the map (lanes down the first column) looked at. */
const TRANSPOSED_ROWS = 60;
/** Interview data repeats each stage: at least this many rows per stage on average. */
const INTERVIEW_ROWS_PER_STAGE = 2;

/**
 * The stage header the wide CSV export writes when stage names repeat (a stage visited twice), in
 * each language. It says in words what the file is, so the repeats are read as stages, not as
 * interview observations; it survives a spreadsheet round trip, and any case or accents read.
 */
export const ONE_ROW_PER_STAGE = { en: 'Stage (one row per stage)', fr: 'Étape (une ligne par étape)' } as const;
const ONE_ROW_PER_STAGE_WORDS = ['one row per stage', 'une ligne par etape'];

/**
 * Decides how to read a CSV and says why:
 * - interview (long) data: a stage column and a participant column, or stage names that repeat
 *   (two rows or more per stage on average: one row per observation);
 * - wide: a stage column whose header says "one row per stage" (`ONE_ROW_PER_STAGE`), a stage
 *   column whose names are mostly unique (one row per stage; a name repeated here
 *   and there is a stage that comes back), or a template laid
 *   out like the map (lane names down the first column, stages across: read transposed), or lane
 *   columns whose first, unnamed column holds the stages;
 * - survey matrix: no stage column but several columns of ratings.
 * A format given in the options is used as is (the stage column may then be the first column).
 *
 * @example detectFormat(table, columns) // { ok: true, format: 'interview-csv', reason: 'a participant column ("participant") …' }
 */
export function detectFormat(table: CsvTable, columns: readonly Column[], forced?: CsvFormat): DetectedFormat {
  const stage = columns.find((column) => column.role === 'stage');
  const first = columns[0];
  if (forced !== undefined) {
    if (forced === 'survey-csv' || stage !== undefined) return { ok: true, format: forced, reason: 'set in the import options' };
    if (first !== undefined) return { ok: true, format: forced, reason: `set in the import options; the first column ("${first.header}") is read as the stages`, stageFallback: first };
  }
  if (stage !== undefined) {
    const participant = columns.find((column) => column.role === 'participant');
    if (participant !== undefined) return { ok: true, format: 'interview-csv', reason: `a participant column ("${participant.header}"): one row per observation` };
    const stats = columnStats(table, stage.index, SAMPLE_ROWS);
    const stageHeader = normalizeKey(stage.header);
    if (ONE_ROW_PER_STAGE_WORDS.some((words) => stageHeader.includes(words))) {
      return { ok: true, format: 'wide-csv', reason: `the stage column ("${stage.header}") says one row per stage (${stats.filled} rows, ${stats.distinct} distinct stages)` };
    }
    if (stats.filled >= 2 && stats.filled >= stats.distinct * INTERVIEW_ROWS_PER_STAGE) {
      return { ok: true, format: 'interview-csv', reason: `stage names repeat (${stats.filled} rows for ${stats.distinct} stages): one row per observation` };
    }
    return { ok: true, format: 'wide-csv', reason: `one row per stage (${stats.filled} rows, ${stats.distinct} distinct stages)` };
  }
  // A template laid out like the map has a few dozen lane rows at most: look at the first ones only.
  const labels = table.rows
    .slice(0, TRANSPOSED_ROWS)
    .filter((_, index) => table.blank[index] !== 1)
    .map((row) => (row[0] ?? '').trim())
    .filter((label) => label !== '');
  const laneLabels = labels.filter((label) => {
    const role = recognizeHeader(label).role;
    return role !== null && (LANE_KIND_OF_ROLE[role] !== undefined || role === 'phase');
  });
  if (laneLabels.length >= 2 && laneLabels.length * 2 >= labels.length) {
    return { ok: true, format: 'wide-csv', reason: `stages run across and the first column names ${laneLabels.length} lanes (${laneLabels.slice(0, 3).join(', ')}…): read transposed`, transpose: true };
  }
  const ratings = columns.filter((column) => classifySurveyColumn(column, columnStats(table, column.index, SAMPLE_ROWS)).kind === 'rating');
  if (ratings.length >= 2) return { ok: true, format: 'survey-csv', reason: `no stage column and ${ratings.length} columns of ratings: one row per respondent` };
  const lanes = columns.filter((column) => column.role !== null && LANE_KIND_OF_ROLE[column.role] !== undefined);
  if (lanes.length > 0 && first !== undefined && first.role === null) {
    return { ok: true, format: 'wide-csv', reason: `lane columns and a first column without a known header ("${first.header}"), read as the stages`, stageFallback: first };
  }
  if (columns.every((column) => column.role === null)) {
    return {
      ok: false,
      problem: say('columns.noneRecognised', { headers: columns.map((column) => column.header) }),
    };
  }
  return { ok: false, problem: say('columns.noStage') };
}
