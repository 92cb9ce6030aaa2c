import type { Column } from '../columns/column.js';
import type { LikertMatch } from '../emotion/likert-scales.js';
import type { EmotionStats } from '../emotion/emotion-stats.js';

/** A rating column with its stage, touchpoint and running statistics. */
export interface SurveyRating {
  column: Column;
  stage: number;
  touchpoint: string;
  stats: EmotionStats;
  /** Its labelled scale, when its answers are Likert labels rather than numbers. */
  likert?: LikertMatch;
}
