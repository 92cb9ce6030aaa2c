import { columnStats } from '../columns/column-stats.js';
import type { Column } from '../columns/column.js';
import type { CsvTable } from '../csv/csv-table.js';
import { classifySurveyColumn, type SurveyColumnKind } from './classify-survey-column.js';

/** Rows a column is classified from: enough for any pattern, cheap on 100,000 rows. */
const CLASSIFY_ROWS = 2000;
/** Fewer answers than this in those rows, and the whole column is looked at. */
const FEW_ANSWERS = 100;

/**
 * What each column of a survey matrix is (rating, NPS, overall, quotes, segment or left out). What a
 * column is shows in its first rows (later values are checked one by one as they are read), unless
 * they hold few answers: a question most respondents skipped is read whole.
 *
 * @example classifySurveyColumns(table, columns).get(columns[1]) // { kind: 'rating' }
 */
export function classifySurveyColumns(table: CsvTable, columns: readonly Column[]): Map<Column, SurveyColumnKind> {
  const verdicts = new Map<Column, SurveyColumnKind>();
  for (const column of columns) {
    let stats = columnStats(table, column.index, CLASSIFY_ROWS);
    if (stats.filled < FEW_ANSWERS && table.rows.length > CLASSIFY_ROWS) stats = columnStats(table, column.index);
    verdicts.set(column, classifySurveyColumn(column, stats));
  }
  return verdicts;
}
