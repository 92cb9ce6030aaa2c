import type { LaneKind } from '../../model/journey.js';

/**
 * What a CSV column can mean. Lane roles fill a lane of the same kind; the others structure the
 * data (stage, participant, persona…) or are recognised so they can be left out knowingly (ages,
 * dates, NPS…). `rating` is a survey score column; `ignore` drops a column on purpose.
 */
export const COLUMN_ROLES = [
  'stage',
  'phase',
  'description',
  'action',
  'touchpoint',
  'channel',
  'painPoint',
  'question',
  'thought',
  'emotion',
  'opportunity',
  'frontstage',
  'backstage',
  'support',
  'custom',
  'participant',
  'persona',
  'rating',
  'nps',
  'overall',
  'age',
  'distance',
  'date',
  'attribute',
  'ignore',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** The lane a column role fills, for the roles that fill one. */
export const LANE_KIND_OF_ROLE: Partial<Record<ColumnRole, LaneKind>> = {
  action: 'actions',
  touchpoint: 'touchpoints',
  painPoint: 'painPoints',
  question: 'questions',
  thought: 'thoughts',
  emotion: 'emotions',
  opportunity: 'opportunities',
  frontstage: 'frontstage',
  backstage: 'backstage',
  support: 'support',
  custom: 'custom',
};

/** The column role that fills a lane kind (inverse of `LANE_KIND_OF_ROLE`). */
export const ROLE_OF_LANE_KIND: Record<LaneKind, ColumnRole> = {
  actions: 'action',
  touchpoints: 'touchpoint',
  painPoints: 'painPoint',
  questions: 'question',
  thoughts: 'thought',
  emotions: 'emotion',
  opportunities: 'opportunity',
  frontstage: 'frontstage',
  backstage: 'backstage',
  support: 'support',
  custom: 'custom',
};
