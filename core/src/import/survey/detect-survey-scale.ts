import type { EmotionScale, Problem } from '../../model/problem.js';
import { LIMITS } from '../../model/limits.js';
import { detectScale } from '../emotion/detect-scale.js';
import type { LikertMatch } from '../emotion/likert-scales.js';
import { readEmotion } from '../emotion/read-emotion.js';
import { scaleGiven } from '../emotion/scale-given.js';
import { ScaleStats } from '../emotion/scale-stats.js';
import type { FormatContext } from '../format-context.js';
import { tooLong } from '../text-limit.js';
import { say } from '../../words/say.js';
import type { SurveyRating } from './survey-rating.js';

/**
 * The scale of a survey's ratings: Likert labels when every rating column has them and no scale is
 * forced, else the scale the options, a header or the numeric answers give. The same pass over the
 * rows refuses a cell of a used column longer than a card may hold, so a huge file is read once.
 * Records the labelled scales, the scale's warning and the note saying why on the context.
 *
 * @example detectSurveyScale(context, ratings) // { ok: true, scale: '1-5' }
 */
export function detectSurveyScale(context: FormatContext, ratings: readonly SurveyRating[]): { ok: true; scale: EmotionScale } | { ok: false; problems: Problem[] } {
  const { table, columns, warnings, options, notes } = context;
  const scaleStats = new ScaleStats();
  const readColumns = columns.filter((column) => column.used).map((column) => column.index);
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    for (const column of readColumns) {
      const length = table.rows[rowIndex]?.[column]?.length ?? 0;
      if (length > LIMITS.textLength) return { ok: false, problems: [tooLong(table.locate(rowIndex, column), length)] };
    }
    for (const rating of ratings) if (rating.likert === undefined) scaleStats.add(readEmotion(table.rows[rowIndex]?.[rating.column.index] ?? ''));
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
