import type { EmotionScale, Problem } from '../../model/problem.js';
import { LIMITS } from '../../model/limits.js';
import type { CsvTable } from '../csv/csv-table.js';
import { detectScale } from '../emotion/detect-scale.js';
import type { LikertMatch } from '../emotion/likert-scales.js';
import { scaleGiven } from '../emotion/scale-given.js';
import { ScaleStats } from '../emotion/scale-stats.js';
import type { FormatContext } from '../format-context.js';
import { tooLong } from '../text-limit.js';
import { say } from '../../words/say.js';
import type { SurveyAnswers } from './survey-answers.js';
import type { SurveyRating } from './survey-rating.js';

/**
 * The scale of a survey's ratings: Likert labels when every rating column has them and no scale is
 * forced, else the scale the options, a header or the numeric answers give (each distinct answer
 * weighed once, as many times as rows gave it). Refuses a cell of a used column longer than a card
 * may hold. Records the labelled scales, the scale's warning and the note saying why on the context.
 *
 * @example detectSurveyScale(context, answers, ratings) // { ok: true, scale: '1-5' }
 */
export function detectSurveyScale(context: FormatContext, answers: SurveyAnswers, ratings: readonly SurveyRating[]): { ok: true; scale: EmotionScale } | { ok: false; problems: Problem[] } {
  const { table, columns, warnings, options, notes } = context;
  const readColumns = columns.filter((column) => column.used).map((column) => column.index);
  // Each column knows its longest answer: only a file holding a cell too long is read again to find it.
  const overLong = readColumns.some((column) => answers.of(column).longest > LIMITS.textLength) ? firstTooLong(table, readColumns) : undefined;
  if (overLong !== undefined) return { ok: false, problems: [overLong] };
  const scaleStats = new ScaleStats();
  for (const rating of ratings) {
    if (rating.likert !== undefined) continue;
    const counts = answers.of(rating.column.index).rows;
    answers.readings(rating.column.index).forEach((reading, id) => scaleStats.add(reading, counts[id] ?? 0));
  }
  const hinted = ratings.find((rating) => rating.column.scale !== undefined)?.column;
  const labelled = ratings.filter((rating) => rating.likert !== undefined);
  const detected =
    labelled.length === ratings.length && options.scale === undefined
      ? { scale: 'words' as const, reason: say('scale.likertLabels'), warning: undefined }
      : detectScale(scaleStats, scaleGiven(options, hinted));
  if (labelled.length > 0) context.labelScales = labelScales(labelled);
  if (detected.warning !== undefined) warnings.add('scale', { column: hinted?.header ?? '', ...detected.warning });
  notes.push(say('note.ratingScale', { scale: detected.scale, reason: detected.reason }));
  return { ok: true, scale: detected.scale };
}

/** The first cell too long for a card, row by row then column by column. */
function firstTooLong(table: CsvTable, readColumns: readonly number[]): Problem | undefined {
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    for (const column of readColumns) {
      const length = table.rows[rowIndex]?.[column]?.length ?? 0;
      if (length > LIMITS.textLength) return tooLong(table.locate(rowIndex, column), length);
    }
  }
  return undefined;
}

/** The labelled scales read, each with the columns that use it, in column order. */
function labelScales(labelled: readonly SurveyRating[]): { labels: string[]; columns: string[] }[] {
  const byScale = new Map<LikertMatch['scale'], string[]>();
  for (const rating of labelled) {
    if (rating.likert === undefined) continue;
    const list = byScale.get(rating.likert.scale) ?? [];
    list.push(rating.column.header);
    byScale.set(rating.likert.scale, list);
  }
  return [...byScale].map(([scale, headers]) => ({ labels: [...scale.labels], columns: headers }));
}
