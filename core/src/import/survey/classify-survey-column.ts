import type { ColumnStats } from '../columns/column-stats.js';
import type { Column } from '../columns/column.js';
import { headerKey } from '../columns/header-key.js';
import { isSegmentHeader } from './segment-header.js';

/** What a survey column is for. */
export type SurveyColumnKind =
  | { kind: 'rating' }
  | { kind: 'segment' }
  | { kind: 'nps' }
  | { kind: 'overall' }
  | { kind: 'left out'; why: string };

/** A header that is nothing but a generic score word names the survey's overall score, not a step. */
const OVERALL_WORDS = new Set(['satisfaction', 'note', 'score', 'rating', 'emotion', 'csat', 'sentiment', 'ressenti', 'evaluation', 'appreciation']);
/** Categories a segment column holds at most. */
const MAX_SEGMENTS = 12;

/**
 * Decides what a survey-matrix column is: a rating (numbers on a small scale), a segment candidate
 * (a few repeated categories), the NPS or overall-satisfaction question (summarised apart), or
 * something left out with the reason: respondent ids, dates, ages, distances, profile attributes,
 * free text, numbers beyond any rating scale. A role forced by the caller wins.
 *
 * @example classifySurveyColumn(ageColumn, stats) // { kind: 'left out', why: 'ages' }
 */
export function classifySurveyColumn(column: Column, stats: ColumnStats): SurveyColumnKind {
  const role = column.role;
  const numeric = stats.filled > 0 && stats.numbers >= stats.filled * 0.9;
  if (role === 'rating') return { kind: 'rating' };
  if (role === 'ignore') return { kind: 'left out', why: 'ignored as asked' };
  if (stats.filled === 0) return { kind: 'left out', why: 'empty' };
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
  const key = headerKey(column.bareTitle);
  if (numeric) {
    if (/\brecommand/.test(key)) return { kind: 'nps' };
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
  // Comments, verbatims and the like are free text however few distinct answers a small survey got.
  const textRole = role !== null && role !== 'emotion' && role !== 'custom';
  const categories = stats.distinct <= MAX_SEGMENTS && stats.meanLength <= 40 && (stats.filled >= stats.distinct * 2 || isSegmentHeader(column.header));
  if (!textRole && categories) return { kind: 'segment' };
  return { kind: 'left out', why: 'free text' };
}
