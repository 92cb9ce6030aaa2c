import type { ColumnStats } from '../columns/column-stats.js';
import type { Column } from '../columns/column.js';
import { headerKey } from '../columns/header-key.js';
import { recognizeMetadata, type MetadataVerdict } from '../columns/metadata-column.js';
import { detectLikert, type LikertMatch } from '../emotion/likert-scales.js';
import { isSegmentHeader } from './segment-header.js';

/** What a survey column is for. */
export type SurveyColumnKind =
  | { kind: 'rating'; likert?: LikertMatch }
  | { kind: 'segment' }
  | { kind: 'nps' }
  | { kind: 'overall' }
  /** Free-text answers to a question: quotes of the stage they follow. */
  | { kind: 'quotes' }
  | { kind: 'left out'; why: string; metadata?: MetadataVerdict };

/** A header that is nothing but a generic score word names the survey's overall score, not a step. */
const OVERALL_WORDS = new Set(['satisfaction', 'note', 'score', 'rating', 'emotion', 'csat', 'sentiment', 'ressenti', 'evaluation', 'appreciation']);
/** Categories a segment column holds at most. */
const MAX_SEGMENTS = 12;
/** Free-text answers this long on average are comments, not categories. */
const COMMENT_LENGTH = 20;
/** A recommendation question, English or French ("How likely are you to recommend…", "…recommanderiez…"). */
const RECOMMEND = /\brecomm?and|\brecommend/;

/**
 * Decides what a survey-matrix column is: a rating (numbers on a small scale, or the labels of a
 * Likert scale), a segment candidate (a few repeated categories), the NPS or overall-satisfaction
 * question (summarised apart), the free-text answers to a question (quotes), or something left out
 * with the reason: respondent ids, dates, ages, distances, survey-tool metadata and personal data
 * (by name or by content), profile attributes, free text, numbers beyond any rating scale. A role
 * forced by the caller wins. A column a survey tool's export describes (`column.question`) is read
 * by its answers, never by a role its text happens to name.
 *
 * @example classifySurveyColumn(ageColumn, stats) // { kind: 'left out', why: 'ages' }
 */
export function classifySurveyColumn(column: Column, stats: ColumnStats): SurveyColumnKind {
  const fromTool = column.question !== undefined && !column.forced;
  const role = fromTool ? null : column.role;
  const numeric = stats.filled > 0 && stats.numbers >= stats.filled * 0.9;
  if (role === 'rating') return rating(stats);
  if (role === 'ignore') return { kind: 'left out', why: 'ignored as asked' };
  // A tool's metadata column is metadata even when no respondent has a value in it.
  const metadata = column.forced ? undefined : metadataOf(column, stats, numeric, fromTool);
  if (stats.filled === 0 && !(fromTool && metadata !== undefined)) return { kind: 'left out', why: 'empty' };
  if (metadata !== undefined && role !== 'participant' && role !== 'date' && role !== 'age' && role !== 'distance') {
    return { kind: 'left out', why: metadata.personal ? `personal data (${metadata.kind}): held back` : `metadata (${metadata.kind})`, metadata };
  }
  switch (role) {
    case 'participant':
      return { kind: 'left out', why: 'respondent ids' };
    case 'date':
      return { kind: 'left out', why: 'dates' };
    case 'age':
      return { kind: 'left out', why: 'ages' };
    case 'distance':
      return { kind: 'left out', why: 'distances' };
    case 'attribute':
      return { kind: 'left out', why: 'a profile attribute, not a rating' };
    case 'persona':
      return { kind: 'segment' };
    case 'nps':
      return numeric ? { kind: 'nps' } : { kind: 'left out', why: 'not numbers' };
    case 'overall':
      return { kind: 'overall' };
    default:
      break;
  }
  const key = headerKey(column.question?.text ?? column.bareTitle);
  if (numeric) {
    if (RECOMMEND.test(key) && stats.min >= 0 && stats.max <= 10) return { kind: 'nps' };
    if (role === 'emotion' && OVERALL_WORDS.has(key)) return { kind: 'overall' };
    // Ids: whole numbers, each once, running through a range not much wider than their count.
    if (stats.integers && stats.allDistinct && stats.filled > 11 && stats.max - stats.min < stats.filled * 2) {
      return { kind: 'left out', why: 'ids: every value is different' };
    }
    if (column.scale !== undefined && 'scale' in column.scale && column.scale.scale === 'percent') return { kind: 'rating' };
    if (stats.min < -3 || stats.max > 10) return { kind: 'left out', why: `numbers from ${stats.min} to ${stats.max}, beyond a rating scale` };
    return { kind: 'rating' };
  }
  if (role === 'emotion' && OVERALL_WORDS.has(key)) return { kind: 'overall' };
  const likert = detectLikert(stats.values);
  if (likert !== undefined) return { kind: 'rating', likert };
  // A question's long answers are what respondents said: quotes, however few they are.
  if ((fromTool || column.header.trim().endsWith('?')) && stats.meanLength >= COMMENT_LENGTH) return { kind: 'quotes' };
  // Comments, verbatims and the like are free text however few distinct answers a small survey got.
  const textRole = role !== null && role !== 'emotion' && role !== 'custom';
  const categories = stats.distinct <= MAX_SEGMENTS && stats.meanLength <= 40 && (stats.filled >= stats.distinct * 2 || isSegmentHeader(column.header));
  if (!textRole && categories) return { kind: 'segment' };
  return { kind: 'left out', why: 'free text' };
}

function rating(stats: ColumnStats): SurveyColumnKind {
  const likert = stats.numbers < stats.filled ? detectLikert(stats.values) : undefined;
  return likert === undefined ? { kind: 'rating' } : { kind: 'rating', likert };
}

/**
 * Survey-tool metadata by name or by content. Outside a tool's export, a name alone does not make
 * numbers on a rating scale metadata: a rating column may well be headed "Mobile".
 */
function metadataOf(column: Column, stats: ColumnStats, numeric: boolean, fromTool: boolean): MetadataVerdict | undefined {
  const names = column.question?.code === undefined ? [column.header] : [column.header, column.question.code];
  const verdict = recognizeMetadata(names, stats);
  if (verdict === undefined) return undefined;
  const ratingLike = numeric && stats.min >= -3 && stats.max <= 10;
  if (verdict.by === 'name' && ratingLike && !fromTool) return undefined;
  return verdict;
}
