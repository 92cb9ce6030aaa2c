import type { EmotionScale } from '../../model/problem.js';
import type { Column } from '../columns/column.js';
import { emotionProblem } from '../emotion/emotion-problem.js';
import { EmotionStats } from '../emotion/emotion-stats.js';
import { likertScore } from '../emotion/likert-scales.js';
import { normalizeScore } from '../emotion/normalize-score.js';
import { readEmotion } from '../emotion/read-emotion.js';
import type { FormatContext } from '../format-context.js';
import { NameIndex } from '../names/name-index.js';
import type { Recommendation } from './recommendation-cards.js';
import type { SurveyRating } from './survey-rating.js';

/** More segments than rows a file may hold, so stage × SEGMENT_SLOTS + segment is a unique key. */
const SEGMENT_SLOTS = 1 << 20;

/** A survey's ratings tallied per stage and per stage × segment, and the segments met. */
export interface SurveyTally {
  /** The segment column's values in the order met; empty without a segment column. */
  segments: NameIndex;
  byStage: EmotionStats[];
  /** Keyed by {@link segmentKey}: a number, so counting a rating allocates nothing. */
  bySegment: Map<number, EmotionStats>;
  /** Respondents read (blank rows skipped). */
  rows: number;
}

/** The key of a stage × segment in {@link SurveyTally.bySegment}. */
export function segmentKey(stage: number, segment: number): number {
  return stage * SEGMENT_SLOTS + segment;
}

/**
 * Reads every respondent's answers, normalised to −2…+2 on the survey's scale: each rating column's
 * statistics (in `rating.stats`), each stage's and each stage × segment's, and each recommendation's
 * 0–10 answers in all and per segment. An answer off the scale, or not one of its labels, is left out
 * with a warning naming its cell.
 *
 * @example readSurveyRatings(context, ratings, [], null, 3, '1-5').byStage[0].mean // 0.4
 */
export function readSurveyRatings(
  context: FormatContext,
  ratings: readonly SurveyRating[],
  recommendations: readonly Recommendation[],
  segmentColumn: Column | null,
  stageCount: number,
  scale: EmotionScale,
): SurveyTally {
  const { table, warnings } = context;
  const segments = new NameIndex();
  const byStage = Array.from({ length: stageCount }, () => new EmotionStats());
  const bySegment = new Map<number, EmotionStats>();
  let rows = 0;
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    const row = table.rows[rowIndex] ?? [];
    rows++;
    const group = segmentColumn === null ? -1 : segments.add(row[segmentColumn.index] ?? '');
    for (const recommendation of recommendations) {
      const reading = readEmotion(row[recommendation.column.index] ?? '');
      if (reading.kind !== 'number' || reading.value < 0 || reading.value > 10) continue;
      recommendation.all.push(reading.value);
      if (group !== -1) {
        const list = recommendation.bySegment.get(group) ?? [];
        list.push(reading.value);
        recommendation.bySegment.set(group, list);
      }
    }
    for (const rating of ratings) {
      const cell = row[rating.column.index] ?? '';
      let score: number | undefined;
      if (rating.likert === undefined) {
        const reading = readEmotion(cell);
        if (reading.kind === 'empty') continue;
        score = normalizeScore(reading, scale);
        if (score === undefined) {
          warnings.add('ratings left out', { ...table.locate(rowIndex, rating.column.index), ...emotionProblem(reading, scale) });
          continue;
        }
      } else {
        const label = likertScore(rating.likert.scale, cell);
        if (label === null) continue;
        if (label === undefined) {
          warnings.add('ratings left out', { ...table.locate(rowIndex, rating.column.index), message: `"${cell.trim().slice(0, 40)}" is not one of the scale's labels (${rating.likert.scale.labels.join(', ')}): left out` });
          continue;
        }
        score = label;
      }
      rating.stats.add(score);
      byStage[rating.stage]?.add(score);
      if (group !== -1) {
        const key = segmentKey(rating.stage, group);
        let stats = bySegment.get(key);
        if (stats === undefined) {
          stats = new EmotionStats();
          bySegment.set(key, stats);
        }
        stats.add(score);
      }
    }
  }
  return { segments, byStage, bySegment, rows };
}
