import type { Lane, LaneKind } from '../../model/journey.js';
import type { FormatContext } from '../format-context.js';
import { LANE_TITLES } from '../names/lane-titles.js';
import { normalizeKey } from '../names/normalize-key.js';

/**
 * A lane of the survey's map, titled in the journey's language.
 *
 * @example surveyLane(context, 'touchpoints') // { id: 'lane-…', kind: 'touchpoints', title: 'Touchpoints' }
 */
export function surveyLane(context: FormatContext, kind: LaneKind): Lane {
  const title = LANE_TITLES[context.locale][kind];
  return { id: context.ids.take('lane', kind, normalizeKey(title)), kind, title };
}
