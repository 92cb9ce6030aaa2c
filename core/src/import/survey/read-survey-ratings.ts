import type { EmotionScale, Message } from '../../model/problem.js';
import type { Column } from '../columns/column.js';
import { emotionProblem } from '../emotion/emotion-problem.js';
import { EmotionStats } from '../emotion/emotion-stats.js';
import { likertScore } from '../emotion/likert-scales.js';
import { normalizeScore } from '../emotion/normalize-score.js';
import type { EmotionReading } from '../emotion/read-emotion.js';
import type { FormatContext } from '../format-context.js';
import { NameIndex } from '../names/name-index.js';
import type { Recommendation } from './recommendation-cards.js';
import type { SurveyAnswers } from './survey-answers.js';
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
 * with a warning naming its cell. Each distinct answer is read and scored once (`SurveyAnswers`); rows
 * are then tallied in file order.
 *
 * @example readSurveyRatings(context, answers, ratings, [], null, 3, '1-5').byStage[0].mean // 0.4
 */
export function readSurveyRatings(
  context: FormatContext,
  answers: SurveyAnswers,
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
  const segment = segmentColumn === null ? undefined : answers.of(segmentColumn.index);
  // Each answer read and scored once; per segment, lists and statistics are also kept in arrays
  // by segment so that counting a row looks nothing up by key.
  const answered = recommendations.map((recommendation) => ({
    recommendation,
    ids: answers.of(recommendation.column.index).ids,
    values: answers.readings(recommendation.column.index).map(zeroToTen),
    bySegment: [] as number[][],
  }));
  const scored = ratings.map((rating) => ({ rating, ids: answers.of(rating.column.index).ids, scores: scores(answers, rating, scale), bySegment: [] as EmotionStats[] }));
  for (let rowIndex = 0; rowIndex < table.rows.length; rowIndex++) {
    if (table.blank[rowIndex] === 1) continue;
    rows++;
    const group = segment === undefined ? -1 : segments.add(segment.texts[segment.ids[rowIndex] ?? -1] ?? '');
    for (let at = 0; at < answered.length; at++) {
      const read = answered[at];
      const value = read?.values[read.ids[rowIndex] ?? -1];
      if (read === undefined || value === undefined) continue;
      read.recommendation.all.push(value);
      if (group !== -1) {
        let list = read.bySegment[group];
        if (list === undefined) {
          list = [];
          read.bySegment[group] = list;
          read.recommendation.bySegment.set(group, list);
        }
        list.push(value);
      }
    }
    for (let at = 0; at < scored.length; at++) {
      const read = scored[at];
      if (read === undefined) continue;
      const { rating } = read;
      const id = read.ids[rowIndex] ?? -1;
      const score = read.scores[id];
      if (score === null) continue;
      if (score === undefined) {
        warnings.add('ratings left out', { ...table.locate(rowIndex, rating.column.index), ...leftOut(answers, rating, id, scale) });
        continue;
      }
      rating.stats.add(score);
      byStage[rating.stage]?.add(score);
      if (group !== -1) {
        let stats = read.bySegment[group];
        if (stats === undefined) {
          // Two rating columns of one stage share its statistics per segment.
          const key = segmentKey(rating.stage, group);
          stats = bySegment.get(key) ?? new EmotionStats();
          bySegment.set(key, stats);
          read.bySegment[group] = stats;
        }
        stats.add(score);
      }
    }
  }
  return { segments, byStage, bySegment, rows };
}

/** A recommendation's answer from 0 to 10, or `undefined`. */
function zeroToTen(reading: EmotionReading): number | undefined {
  return reading.kind !== 'number' || reading.value < 0 || reading.value > 10 ? undefined : reading.value;
}

/**
 * Each distinct answer of a rating column on −2…+2, by index into its texts: `null` for no answer
 * (an empty cell, a placeholder, a no-answer label), `undefined` for an answer left out.
 */
function scores(answers: SurveyAnswers, rating: SurveyRating, scale: EmotionScale): (number | null | undefined)[] {
  const likert = rating.likert;
  if (likert !== undefined) return answers.of(rating.column.index).texts.map((text) => likertScore(likert.scale, text));
  return answers.readings(rating.column.index).map((reading) => (reading.kind === 'empty' ? null : normalizeScore(reading, scale)));
}

/** Why a rating answer was left out. */
function leftOut(answers: SurveyAnswers, rating: SurveyRating, id: number, scale: EmotionScale): Message {
  if (rating.likert === undefined) return emotionProblem(answers.readings(rating.column.index)[id] ?? { kind: 'empty' }, scale);
  const cell = answers.of(rating.column.index).texts[id] ?? '';
  return { message: `"${cell.trim().slice(0, 40)}" is not one of the scale's labels (${rating.likert.scale.labels.join(', ')}): left out` };
}
